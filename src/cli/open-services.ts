import { createServices } from '../services/corpus-services.js';
import type { Services } from '../services/services.js';
import { openStore } from '../store/open.js';
import type { Store } from '../store/store.js';
import { dbLocation } from './db-option.js';

/** Opens the store named by --db (or its defaults) and the services over it; close when done. */
export async function openServices(db: string | undefined): Promise<{ services: Services; store: Store; close: () => Promise<void> }> {
  const store = await openStore(dbLocation(db));
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
