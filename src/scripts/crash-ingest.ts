#!/usr/bin/env node
// `npm run bench:crash -- [--articles 1000] [--kill-after N] [--postgres URL]`: the kill -9
// test of src/ingest/crash-recovery.test.ts at full size. Ingests the generated articles
// with `dossier ingest` in a child process, SIGKILLs it part-way, runs it again, and checks
// the store (API and SQL): every article exactly once, nothing orphaned, no failures.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { helpRequested } from './usage.js';
import Database from 'better-sqlite3';
import pg from 'pg';
import { crashAndResume, type CrashScenarioResult } from '../ingest/testing/crash-scenario.js';
import { consistencyProblems, POSTGRES_FULL_TEXT, SQLITE_FULL_TEXT } from '../ingest/testing/store-consistency.js';
import { PostgresStore } from '../store/postgres/postgres-store.js';
import { SqliteStore } from '../store/sqlite/sqlite-store.js';

function report(name: string, count: number, result: CrashScenarioResult, problems: string[], seconds: number): void {
  const { added, duplicates, unchanged, failed } = result.resumed;
  console.log(`${name}: killed with ${result.storedAtKill}/${count} stored; re-run: ${added} added, ${duplicates} duplicates, ${unchanged} unchanged, ${failed} failed (${seconds.toFixed(1)} s)`);
  console.log(`${name}: ${problems.length === 0 ? 'consistent (every article once, no orphans, full-text index whole, no failures)' : `INCONSISTENT:\n  ${problems.join('\n  ')}`}`);
  if (problems.length > 0) process.exitCode = 1;
}

async function sqlite(dir: string, count: number, killAfter: number): Promise<void> {
  const db = join(dir, 'crash.db');
  const countRows = async (sql: string): Promise<number> => {
    const connection = new Database(db, { readonly: true });
    try {
      return Number((connection.prepare(sql).get() as { n: number }).n);
    } finally {
      connection.close();
    }
  };
  const started = Date.now();
  const result = await crashAndResume(db, join(dir, 'sqlite-articles'), count, killAfter, () => countRows('SELECT count(*) AS n FROM documents'));
  const seconds = (Date.now() - started) / 1000;
  const store = await SqliteStore.open(db);
  const problems = await consistencyProblems(store, countRows, result.articles, SQLITE_FULL_TEXT).finally(() => store.close());
  const check = new Database(db);
  try {
    check.prepare("INSERT INTO documents_fts(documents_fts) VALUES ('integrity-check')").run();
  } catch (error) {
    problems.push(`FTS5 integrity-check: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    check.close();
  }
  report('SQLite', count, result, problems, seconds);
}

async function postgres(url: string, dir: string, count: number, killAfter: number): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const schema = `dossier_crash_${process.pid}`;
  const countRows = async (sql: string): Promise<number> => Number((await client.query<{ n: string }>(sql)).rows[0]!.n);
  try {
    await client.query(`CREATE SCHEMA "${schema}"`);
    await client.query(`SET search_path TO "${schema}"`);
    const started = Date.now();
    const separator = url.includes('?') ? '&' : '?';
    const result = await crashAndResume(`${url}${separator}schema=${schema}`, join(dir, 'pg-articles'), count, killAfter, () => countRows('SELECT count(*) AS n FROM documents'));
    const seconds = (Date.now() - started) / 1000;
    const store = await PostgresStore.open(url, schema);
    const problems = await consistencyProblems(store, countRows, result.articles, POSTGRES_FULL_TEXT).finally(() => store.close());
    report('PostgreSQL', count, result, problems, seconds);
  } finally {
    await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await client.end();
  }
}

async function main(): Promise<void> {
  helpRequested(`
npm run bench:crash -- [--articles 1000] [--kill-after N] [--postgres URL]
    ingests generated articles with \`dossier ingest\`, kills it with SIGKILL after N of them
    (default: 40%), runs it again and checks the store: every article once, nothing orphaned,
    no failures. SQLite always; PostgreSQL too when given a URL (in a temporary schema).
`);
  const { values } = parseArgs({ options: { articles: { type: 'string', default: '1000' }, 'kill-after': { type: 'string' }, postgres: { type: 'string' } } });
  const count = Number(values.articles);
  const killAfter = Number(values['kill-after'] ?? Math.floor(count * 0.4));
  if (!Number.isInteger(count) || count < 2 || !Number.isInteger(killAfter) || killAfter < 1 || killAfter >= count) {
    throw new Error('--articles must be a whole number above 1 and --kill-after between 1 and it');
  }
  const dir = mkdtempSync(join(tmpdir(), 'dossier-crash-'));
  try {
    await sqlite(dir, count, killAfter);
    if (values.postgres) await postgres(values.postgres, dir, count, killAfter);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(`crash-ingest: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
