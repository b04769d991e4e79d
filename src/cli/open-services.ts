import { createServices } from '../services/corpus-services.js';
import type { Services } from '../services/services.js';
import { openStore } from '../store/open.js';
import type { Migration } from '../store/sql/migration.js';
import type { Store } from '../store/store.js';
import { dbLocation } from './db-option.js';

/** Opens a store for a command, saying on stderr when an existing store is being upgraded (it can take minutes). */
export function openStoreAnnounced(location: string, stderr: { write(text: string): unknown } = process.stderr): Promise<Store> {
  return openStore(location, (migration: Migration) => {
    stderr.write(`dossier: upgrading the store at ${location.replace(/\/\/[^@/]*@/, '//')} (migration ${migration.version}: ${migration.name}); on a large store this can take minutes\n`);
  });
}

/** Opens the store named by --db (or its defaults) and the services over it; close when done. */
export async function openServices(db: string | undefined): Promise<{ services: Services; store: Store; close: () => Promise<void> }> {
  const store = await openStoreAnnounced(dbLocation(db));
  return { services: createServices(store), store, close: () => store.close() };
}

/** Runs one command against the store and always closes it. */
export async function withServices<T>(db: string | undefined, run: (services: Services, store: Store) => Promise<T>): Promise<T> {
  const opened = await openServices(db);
  try {
    return await run(opened.services, opened.store);
  } finally {
    await opened.close();
  }
}
