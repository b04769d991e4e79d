// One suite for every JobQueue: in memory and on Redis (a real server on this machine).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { JobQueue } from './job-queue.js';

export function queueConformance(name: string, open: () => Promise<JobQueue & { clear?: () => Promise<void> }>, skip: string | false = false): void {
  const withQueue = (title: string, body: (queue: JobQueue) => Promise<void>) =>
    test(title, async () => {
      const queue = await open();
      try {
        await body(queue);
      } finally {
        await queue.clear?.();
        await queue.close();
      }
    });

  describe(`job queue conformance: ${name}`, { skip }, () => {
    withQueue('each input is handled once, in the order added; one waiting is not queued twice', async (queue) => {
      assert.equal(await queue.add(['a', 'b', 'c', 'a']), 3);
      assert.equal(await queue.add(['b']), 0);
      assert.deepEqual(await queue.counts(), { waiting: 3, active: 0, completed: 0, failed: 0 });
      const handled: string[] = [];
      const consumer = queue.consume(async (input) => void handled.push(input));
      await consumer.idle();
      await consumer.stop();
      assert.deepEqual(handled, ['a', 'b', 'c']);
      assert.deepEqual(await queue.counts(), { waiting: 0, active: 0, completed: 3, failed: 0 });
    });

    withQueue('a handler that throws fails its job with the reason; the others go on', async (queue) => {
      await queue.add(['good-1', 'bad', 'good-2']);
      const consumer = queue.consume(async (input) => {
        if (input === 'bad') throw new Error('bad: empty file');
      });
      await consumer.idle();
      await consumer.stop();
      assert.deepEqual(await queue.failed(), [{ input: 'bad', reason: 'bad: empty file' }]);
      assert.deepEqual(await queue.counts(), { waiting: 0, active: 0, completed: 2, failed: 1 });
    });

    withQueue('consumers share the work, each input handled once; inputs added later are taken too', async (queue) => {
      const inputs = Array.from({ length: 20 }, (_, i) => `input-${i}`);
      await queue.add(inputs.slice(0, 10));
      const handled: string[] = [];
      const slow = async (input: string) => {
        await new Promise((resolve) => setTimeout(resolve, 5));
        handled.push(input);
      };
      const consumers = [queue.consume(slow, { concurrency: 2 }), queue.consume(slow, { concurrency: 2 })];
      await queue.add(inputs.slice(10));
      await consumers[0]!.idle();
      await Promise.all(consumers.map((c) => c.stop()));
      assert.deepEqual([...handled].sort(), [...inputs].sort());
    });

    withQueue('an input that has run can be queued and run again (ingest again)', async (queue) => {
      const handled: string[] = [];
      const consumer = queue.consume(async (input) => void handled.push(input));
      await queue.add(['x']);
      await consumer.idle();
      assert.equal(await queue.add(['x']), 1);
      await consumer.idle();
      await consumer.stop();
      assert.deepEqual(handled, ['x', 'x']);
    });
  });
}
