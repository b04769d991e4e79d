// The job queue on the Redis server of this machine (REDIS_URL, else 127.0.0.1:6379); each
// test gets a queue of its own, removed afterwards. Skipped, saying why, when Redis is down.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { queueConformance } from './queue-conformance.js';
import { RedisQueue } from './redis-queue.js';

const url = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
let queues = 0;
const reachable = await RedisQueue.open(url, `dossier-test-probe-${process.pid}`).then(
  async (queue) => {
    await queue.close();
    return true;
  },
  (error: unknown) => error instanceof Error ? error.message : String(error),
);

queueConformance('Redis (BullMQ)', () => RedisQueue.open(url, `dossier-test-${process.pid}-${++queues}`), reachable === true ? false : `Redis is not reachable: ${reachable}`);

test('redis-queue.test: an unreachable Redis is a one-line error naming it', async () => {
  await assert.rejects(RedisQueue.open('redis://127.0.0.1:1'), /^Error: cannot reach Redis at redis:\/\/127\.0\.0\.1:1: connect ECONNREFUSED/);
});
