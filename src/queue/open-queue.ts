import type { JobQueue } from './job-queue.js';
import { DEFAULT_QUEUE_NAME, RedisQueue } from './redis-queue.js';

export { DEFAULT_QUEUE_NAME };

/** The queue at a redis:// URL (the only kind that can be shared between processes). */
export async function openQueue(url: string, name = DEFAULT_QUEUE_NAME): Promise<JobQueue> {
  if (!/^rediss?:\/\//.test(url)) throw new Error(`--queue takes a redis:// URL, got "${url}"`);
  return RedisQueue.open(url, name);
}
