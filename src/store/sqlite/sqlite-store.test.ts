import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runStoreConformance } from '../conformance.js';
import { SqliteStore } from './sqlite-store.js';

const directory = mkdtempSync(join(tmpdir(), 'dossier-store-'));
let count = 0;

runStoreConformance('SQLite', {
  open: () => SqliteStore.open(join(directory, `store-${++count}.db`)),
  cleanUp: async () => rmSync(directory, { recursive: true, force: true }),
});
