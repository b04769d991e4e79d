import { createHash } from 'node:crypto';
import { Queue, Worker } from 'bullmq';
import { Redis } from 'ioredis';
import { failureMessage, type Consumer, type FailedJob, type JobQueue, type QueueCounts } from './job-queue.js';

export const DEFAULT_QUEUE_NAME = 'dossier-ingest';
const REACH_TIMEOUT_MS = 3000;
const IDLE_POLL_MS = 100;
/** Finished jobs kept (for counts and the failures list), newest first. */
const KEPT_JOBS = 1000;

interface JobData { input: string }

/**
 * Inputs on a Redis-backed queue (BullMQ): added by one process, taken by workers in any
 * number of processes or machines. A job's id is its input's hash, so an input waiting or
 * running is not queued twice; the last thousand finished jobs are kept (failed ones with the
 * reason), and an input that has finished can be queued again.
 */
export class RedisQueue implements JobQueue {
  private readonly workers = new Set<Worker<JobData>>();

  private constructor(private readonly url: string, private readonly queue: Queue<JobData>, private readonly connection: Redis) {}

  /** Connects, or fails with the reason within a few seconds when Redis cannot be reached. */
  static async open(url: string, name = DEFAULT_QUEUE_NAME): Promise<RedisQueue> {
    const connection = await connect(url);
    return new RedisQueue(url, new Queue<JobData>(name, { connection, defaultJobOptions: { removeOnComplete: KEPT_JOBS, removeOnFail: KEPT_JOBS } }), connection);
  }

  async add(inputs: readonly string[]): Promise<number> {
    let added = 0;
    for (const input of inputs) {
      const jobId = createHash('sha256').update(input).digest('hex');
      const existing = await this.queue.getJob(jobId);
      if (existing && ((await existing.isCompleted()) || (await existing.isFailed()))) await existing.remove();
      else if (existing) continue;
      await this.queue.add('ingest', { input }, { jobId });
      added++;
    }
    return added;
  }

  consume(handle: (input: string) => Promise<void>, options: { concurrency?: number } = {}): Consumer {
    // A worker blocks its connection while waiting for jobs: it gets one of its own.
    const worker = new Worker<JobData>(this.queue.name, async (job) => {
      try {
        await handle(job.data.input);
      } catch (error) {
        throw new Error(failureMessage(error));
      }
    }, { connection: new Redis(this.url, { maxRetriesPerRequest: null }), concurrency: Math.max(1, options.concurrency ?? 1) });
    this.workers.add(worker);
    return {
      idle: async () => {
        for (;;) {
          const counts = await this.counts();
          if (counts.waiting === 0 && counts.active === 0) return;
          await new Promise((resolve) => setTimeout(resolve, IDLE_POLL_MS));
        }
      },
      stop: async () => {
        this.workers.delete(worker);
        await worker.close();
        await worker.disconnect();
      },
    };
  }

  async counts(): Promise<QueueCounts> {
    const counts = await this.queue.getJobCounts('waiting', 'prioritized', 'delayed', 'active', 'completed', 'failed');
    return {
      waiting: (counts['waiting'] ?? 0) + (counts['prioritized'] ?? 0) + (counts['delayed'] ?? 0),
      active: counts['active'] ?? 0,
      completed: counts['completed'] ?? 0,
      failed: counts['failed'] ?? 0,
    };
  }

  async failed(): Promise<FailedJob[]> {
    const jobs = await this.queue.getFailed();
    return jobs.sort((a, b) => (a.finishedOn ?? 0) - (b.finishedOn ?? 0)).map((job) => ({ input: job.data.input, reason: job.failedReason }));
  }

  /** Removes every job of the queue (tests, and `dossier worker --clear`). */
  async clear(): Promise<void> {
    await this.queue.obliterate({ force: true });
  }

  async close(): Promise<void> {
    for (const worker of this.workers) await worker.close();
    await this.queue.close();
    await this.connection.quit();
  }
}

async function connect(url: string): Promise<Redis> {
  const connection = new Redis(url, { maxRetriesPerRequest: null, lazyConnect: true, retryStrategy: () => null });
  // ioredis reports the socket's error as an event (and complains when nobody listens).
  let lastError: Error | null = null;
  const remember = (error: Error) => void (lastError = error);
  connection.on('error', remember);
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      connection.connect().then(() => connection.ping()),
      new Promise((_, reject) => { timer = setTimeout(() => reject(new Error(`no answer within ${REACH_TIMEOUT_MS / 1000} s`)), REACH_TIMEOUT_MS); }),
    ]);
  } catch (error) {
    connection.disconnect();
    throw new Error(`cannot reach Redis at ${url}: ${failureMessage(lastError ?? error)}`);
  } finally {
    clearTimeout(timer);
    connection.off('error', remember);
  }
  connection.on('error', (error: Error) => console.error(`dossier: Redis at ${url}: ${error.message}`));
  // From here on, reconnect after a drop as BullMQ expects.
  connection.options.retryStrategy = (times: number) => Math.min(times * 200, 2000);
  return connection;
}
