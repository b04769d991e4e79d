import type { Store } from '../store/store.js';

/** Opens a store from a file path or a postgres:// URL (src/store/open.ts, wired in main.ts). */
export type StoreOpener = (location: string) => Promise<Store>;

export const DEFAULT_STORE_LOCATION = './dossier.db';

/** --db, else DOSSIER_DATABASE_URL, else ./dossier.db. */
export function storeLocation(option: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  return option ?? (env.DOSSIER_DATABASE_URL || DEFAULT_STORE_LOCATION);
}

export const DB_OPTION_HELP = 'the store: a SQLite file or a postgres:// URL (default: $DOSSIER_DATABASE_URL, else ./dossier.db)';
