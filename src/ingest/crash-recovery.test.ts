// kill -9 in the middle of `dossier ingest`, then a re-run: every article exactly once, no
// half-written document, nothing orphaned. SQLite always; PostgreSQL when it is reachable.
// scripts/crash-ingest.ts runs the same scenario over 1,000 articles.
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import Database from 'better-sqlite3';
import pg from 'pg';
import { SqliteStore } from '../store/sqlite/sqlite-store.js';
import { PostgresStore } from '../store/postgres/postgres-store.js';
import { crashAndResume } from './testing/crash-scenario.js';
import { consistencyProblems, POSTGRES_FULL_TEXT, SQLITE_FULL_TEXT } from './testing/store-consistency.js';

const ARTICLES = 300;
const KILL_AFTER = 100;
const POSTGRES_URL = process.env.DOSSIER_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

describe('ingest killed with SIGKILL and run again', () => {
  let dir: string;
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'dossier-crash-'));
  });
  after(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  test('SQLite: every article exactly once, nothing orphaned, the full-text index whole', async () => {
    const db = join(dir, 'crash.db');
    const sqliteCount = async (sql: string): Promise<number> => {
      const connection = new Database(db, { readonly: true });
      try {
        return Number((connection.prepare(sql).get() as { n: number }).n);
      } finally {
        connection.close();
      }
    };
    const result = await crashAndResume(db, join(dir, 'sqlite-articles'), ARTICLES, KILL_AFTER, () => sqliteCount('SELECT count(*) AS n FROM documents'));
    const { added, duplicates, unchanged, failed } = result.resumed;
    assert.equal(unchanged, result.storedAtKill, 'the re-run skips exactly what was stored before the kill');
    assert.equal(added + duplicates + unchanged, ARTICLES);
    assert.equal(failed, 0);

    const store = await SqliteStore.open(db);
    try {
      assert.deepEqual(await consistencyProblems(store, sqliteCount, result.articles, SQLITE_FULL_TEXT), []);
      const integrity = new Database(db);
      try {
        // Throws SQLITE_CORRUPT_VTAB when the index and the documents disagree.
        integrity.prepare("INSERT INTO documents_fts(documents_fts) VALUES ('integrity-check')").run();
      } finally {
        integrity.close();
      }
    } finally {
      await store.close();
    }
  });

  test('PostgreSQL: every article exactly once, nothing orphaned, the postings whole', async (t) => {
    const client = new pg.Client({ connectionString: POSTGRES_URL, connectionTimeoutMillis: 3000 });
    try {
      await client.connect();
    } catch (error) {
      t.skip(`PostgreSQL not reachable at ${POSTGRES_URL} (${error instanceof Error ? error.message : String(error)})`);
      return;
    }
    const schema = `dossier_crash_${process.pid}`;
    const pgCount = async (sql: string): Promise<number> => Number((await client.query<{ n: string }>(sql)).rows[0]!.n);
    try {
      await client.query(`CREATE SCHEMA "${schema}"`);
      await client.query(`SET search_path TO "${schema}"`);
      const result = await crashAndResume(`${POSTGRES_URL}?schema=${schema}`, join(dir, 'pg-articles'), ARTICLES, KILL_AFTER, () => pgCount('SELECT count(*) AS n FROM documents'));
      assert.equal(result.resumed.unchanged, result.storedAtKill);
      assert.equal(result.resumed.failed, 0);
      const store = await PostgresStore.open(POSTGRES_URL, schema);
      try {
        assert.deepEqual(await consistencyProblems(store, pgCount, result.articles, POSTGRES_FULL_TEXT), []);
      } finally {
        await store.close();
      }
    } finally {
      await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      await client.end();
    }
  });
});
