import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteStore } from '../sqlite/sqlite-store.js';

/** Real SQLite stores in a temporary folder, for tests and evals; `cleanUp` removes the folder. */
export function tempSqliteStores(label = 'dossier'): { open: () => Promise<SqliteStore>; cleanUp: () => void } {
  const directory = mkdtempSync(join(tmpdir(), `${label}-`));
  let count = 0;
  return {
    open: () => SqliteStore.open(join(directory, `store-${++count}.db`)),
    cleanUp: () => rmSync(directory, { recursive: true, force: true }),
  };
}
