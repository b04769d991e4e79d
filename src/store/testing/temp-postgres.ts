import pg from 'pg';
import { PostgresStore, type PostgresOptions } from '../postgres/postgres-store.js';

// The local PostgreSQL (`.ci/run` starts it when it is down), or DOSSIER_TEST_DATABASE_URL.
const CANDIDATES = process.env.DOSSIER_TEST_DATABASE_URL
  ? [process.env.DOSSIER_TEST_DATABASE_URL]
  : ['postgres://postgres@127.0.0.1:5432/test', 'postgres://root@127.0.0.1:5432/test'];

/** The first server that answers, or every candidate's error. */
export async function reachablePostgres(): Promise<{ url: string } | { error: string }> {
  const errors: string[] = [];
  for (const url of CANDIDATES) {
    const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
    try {
      await client.connect();
      await client.query('SELECT 1');
      return { url };
    } catch (error) {
      errors.push(`${url}: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      await client.end().catch(() => undefined);
    }
  }
  return { error: errors.join('; ') };
}

/** Drops the schemas (and everything in them). */
export async function dropSchemas(url: string, schemas: readonly string[]): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    for (const schema of schemas) await client.query(`DROP SCHEMA IF EXISTS "${schema.replace(/"/g, '""')}" CASCADE`);
  } finally {
    await client.end();
  }
}

/** Real PostgreSQL stores, each in a schema of its own; `cleanUp` drops the schemas. */
export function tempPostgresStores(url: string, label: string, options: PostgresOptions = {}): {
  open: () => Promise<PostgresStore>;
  /** The schema a store from `open` lives in. */
  schemaOf: (store: object) => string;
  cleanUp: () => Promise<void>;
} {
  const prefix = `${label}_${process.pid}_${Date.now().toString(36)}`;
  const schemas: string[] = [];
  const homes = new WeakMap<object, string>();
  return {
    open: async () => {
      const schema = `${prefix}_${schemas.length + 1}`;
      schemas.push(schema);
      const store = await PostgresStore.open(url, schema, options);
      homes.set(store, schema);
      return store;
    },
    schemaOf: (store) => homes.get(store)!,
    cleanUp: () => dropSchemas(url, schemas),
  };
}
