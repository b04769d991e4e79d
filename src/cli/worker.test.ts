// `dossier ingest --queue` and `dossier worker` in-process, over this machine's Redis and real
// SQLite files: the queue run by workers stores what a plain ingest stores.
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { after, before, describe, test } from 'node:test';
import { Command } from 'commander';
import { ELECTION_STORY, HARBOUR_STORY, MINING_STORY } from '../ingest/testing/articles.js';
import { RedisQueue } from '../queue/redis-queue.js';
import { openStore } from '../store/open.js';
import { registerIngest } from './commands/ingest.js';
import { registerWorker } from './commands/worker.js';

const url = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const queueName = `dossier-worker-test-${process.pid}`;
const reachable = await RedisQueue.open(url, queueName).then(
  async (queue) => {
    await queue.close();
    return true;
  },
  (error: unknown) => (error instanceof Error ? error.message : String(error)),
);

class Capture extends Writable {
  text = '';
  override _write(chunk: Buffer, _encoding: string, callback: () => void): void {
    this.text += chunk.toString();
    callback();
  }
}

function cli() {
  const stdout = new Capture();
  const stderr = new Capture();
  const program = new Command().exitOverride();
  registerIngest(program, openStore, { stdout, stderr });
  registerWorker(program, openStore, { stdout, stderr });
  return { run: (...args: string[]) => program.parseAsync(['node', 'dossier', ...args]), stdout };
}

describe('worker.test: ingest through a Redis queue', { skip: reachable === true ? false : `Redis is not reachable: ${reachable}` }, () => {
  let dir: string;
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'dossier-worker-'));
    await writeFile(join(dir, 'harbour.txt'), HARBOUR_STORY);
    await writeFile(join(dir, 'mining.txt'), MINING_STORY);
    await writeFile(join(dir, 'election.txt'), ELECTION_STORY);
    await writeFile(join(dir, 'empty.txt'), '');
  });
  after(async () => {
    const queue = await RedisQueue.open(url, queueName);
    await queue.clear();
    await queue.close();
    await rm(dir, { recursive: true, force: true });
  });

  test('a folder queued file by file; two workers store each article once and record the failure', async () => {
    const queued = cli();
    await queued.run('ingest', '--queue', url, '--queue-name', queueName, dir);
    assert.equal(queued.stdout.text, `ingest: queued 4 of 4 inputs on ${url} (${queueName}; 4 waiting)\n`);
    const db = join(dir, 'store.db');
    const workers = [cli(), cli()];
    await Promise.all(workers.map((w) => w.run('worker', '--queue', url, '--queue-name', queueName, '--db', db, '--workers', '0', '--batch', '2', '--exit-when-idle')));
    const store = await openStore(db);
    try {
      const titles = (await store.listDocuments({}, { limit: 10 })).items.map((d) => d.title).sort();
      assert.deepEqual(titles, [ELECTION_STORY, HARBOUR_STORY, MINING_STORY].map((s) => s.split('\n')[0]).sort());
      assert.deepEqual((await store.listFailures({})).items.map((f) => [f.input, f.reason]), [[join(dir, 'empty.txt'), 'empty file']]);
    } finally {
      await store.close();
    }
    const queue = await RedisQueue.open(url, queueName);
    try {
      assert.deepEqual(await queue.failed(), [{ input: join(dir, 'empty.txt'), reason: 'empty file' }]);
      assert.deepEqual(await queue.counts(), { waiting: 0, active: 0, completed: 3, failed: 1 });
    } finally {
      await queue.close();
    }
    for (const w of workers) assert.match(w.stdout.text, /dossier worker: stopped \(0 waiting, 1 failed on the queue\)\n$/);
    const status = cli();
    await status.run('queue', 'status', '--queue', url, '--queue-name', queueName);
    assert.equal(status.stdout.text, `${queueName} on ${url}: 0 waiting, 0 running, 3 done, 1 failed\nfailed  ${join(dir, 'empty.txt')}: empty file\n`);
  });

  test('an unreachable queue is a one-line error', async () => {
    await assert.rejects(cli().run('worker', '--queue', 'redis://127.0.0.1:1', '--exit-when-idle'), /^Error: cannot reach Redis at redis:\/\/127\.0\.0\.1:1: connect ECONNREFUSED/);
    await assert.rejects(cli().run('ingest', '--queue', 'http://127.0.0.1:6379', dir), /--queue takes a redis:\/\/ URL, got "http:\/\/127\.0\.0\.1:6379"/);
    await assert.rejects(cli().run('ingest', '--queue', url, '--watch', dir), /--watch and --queue do not go together/);
  });
});
