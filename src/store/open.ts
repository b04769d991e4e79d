import { PostgresStore } from './postgres/postgres-store.js';
import { SqliteStore } from './sqlite/sqlite-store.js';
import type { Store } from './store.js';

/** The store used when nothing is configured; the caller resolves it against its working directory. */
export const DEFAULT_STORE_LOCATION = './dossier.db';

/**
 * Opens the store at `location`: a `postgres://` or `postgresql://` URL opens PostgreSQL
 * (a `schema` query parameter puts the tables in that schema), anything else is a SQLite
 * file path, created if missing. The schema is migrated on open.
 */
export async function openStore(location: string): Promise<Store> {
  if (/^postgres(ql)?:\/\//i.test(location)) {
    const url = new URL(location);
    const schema = url.searchParams.get('schema') ?? undefined;
    url.searchParams.delete('schema');
    return PostgresStore.open(url.toString(), schema);
  }
  return SqliteStore.open(location);
}
