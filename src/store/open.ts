import { resolve } from 'node:path';
import { PostgresStore } from './postgres/postgres-store.js';
import { SqliteStore } from './sqlite/sqlite-store.js';
import type { UpgradeListener } from './sql/migration.js';
import type { Store } from './store.js';

/** The store used when nothing is configured; the caller resolves it against its working directory. */
export const DEFAULT_STORE_LOCATION = './dossier.db';

/**
 * Where the store is, as the CLI and the API decide it: an explicit `--db` value, else
 * DOSSIER_DATABASE_URL, else ./dossier.db; file paths are made absolute against `cwd`.
 */
export function storeLocation(explicit: string | undefined, env: NodeJS.ProcessEnv, cwd: string): string {
  const location = explicit?.trim() || env.DOSSIER_DATABASE_URL?.trim() || DEFAULT_STORE_LOCATION;
  return isPostgresUrl(location) ? location : resolve(cwd, location);
}

function isPostgresUrl(location: string): boolean {
  return /^postgres(ql)?:\/\//i.test(location);
}

/**
 * Opens the store at `location`: a `postgres://` or `postgresql://` URL opens PostgreSQL
 * (a `schema` query parameter puts the tables in that schema), anything else is a SQLite
 * file path, created if missing. The schema is migrated on open; `onUpgrade` hears of each
 * migration an existing store gets.
 */
export async function openStore(location: string, onUpgrade?: UpgradeListener): Promise<Store> {
  if (isPostgresUrl(location)) {
    const url = new URL(location);
    const schema = url.searchParams.get('schema') ?? undefined;
    url.searchParams.delete('schema');
    return PostgresStore.open(url.toString(), schema, { onUpgrade });
  }
  return SqliteStore.open(location, { onUpgrade });
}
