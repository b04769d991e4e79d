// The kill -9 scenario shared by the test (SQLite, PostgreSQL) and scripts/crash-ingest.ts:
// write the articles, ingest them in a child process, SIGKILL it part-way, ingest again.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import type { IngestCounts } from '../outcome.js';
import { writeCrashCorpus } from './crash-corpus.js';
import { runIngest, summaryCounts } from './killed-ingest.js';
import type { IngestedArticle } from './store-consistency.js';

export interface CrashScenarioResult {
  articles: IngestedArticle[];
  /** Documents in the store right after the kill. */
  storedAtKill: number;
  resumed: IngestCounts;
}

/**
 * `db` is what `--db` gets; `countDocuments` reads the store's document count directly.
 * The kill comes after `killAfter` inputs were reported; asserts the child really died of it.
 */
export async function crashAndResume(
  db: string, folder: string, count: number, killAfter: number, countDocuments: () => Promise<number>,
): Promise<CrashScenarioResult> {
  const paths = await writeCrashCorpus(folder, count);
  const killed = await runIngest(db, [folder], killAfter);
  assert.equal(killed.signal, 'SIGKILL', `the first run was not killed (exit ${killed.code}): ${killed.stderr}`);
  const storedAtKill = await countDocuments();
  assert.ok(storedAtKill >= killAfter && storedAtKill < count, `killed with ${storedAtKill} of ${count} stored`);

  const rerun = await runIngest(db, [folder]);
  assert.equal(rerun.code, 0, `the second run failed: ${rerun.stderr}`);
  assert.ok(rerun.summary, 'the second run printed no summary');
  const articles = await Promise.all(paths.map(async (path) => ({ path, text: await readFile(path, 'utf8') })));
  return { articles, storedAtKill, resumed: summaryCounts(rerun.summary) };
}
