import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteStore } from '../sqlite/sqlite-store.js';

/** Real SQLite stores in a temporary folder, for tests and evals; `cleanUp` removes the folder. */
export function tempSqliteStores(label = 'dossier'): { open: () => Promise<SqliteStore>; pathOf: (store: SqliteStore) => string; cleanUp: () => void } {
  const directory = mkdtempSync(join(tmpdir(), `${label}-`));
  const paths = new Map<SqliteStore, string>();
  let count = 0;
  return {
    async open() {
      const path = join(directory, `store-${++count}.db`);
      const store = await SqliteStore.open(path);
      paths.set(store, path);
      return store;
    },
    pathOf: (store) => paths.get(store)!,
    cleanUp: () => rmSync(directory, { recursive: true, force: true }),
  };
}
