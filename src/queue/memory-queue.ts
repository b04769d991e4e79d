import { failureMessage, type Consumer, type FailedJob, type JobQueue, type QueueCounts } from './job-queue.js';

/** The queue of one process: inputs handed to consumers in the order they were added. */
export class MemoryQueue implements JobQueue {
  private readonly waiting: string[] = [];
  private readonly queued = new Set<string>();
  private readonly failures: FailedJob[] = [];
  private active = 0;
  private completed = 0;
  /** Called on every change: consumers take work, waiters check their condition. */
  private readonly watchers = new Set<() => void>();

  async add(inputs: readonly string[]): Promise<number> {
    let added = 0;
    for (const input of inputs) {
      if (this.queued.has(input)) continue;
      this.queued.add(input);
      this.waiting.push(input);
      added++;
    }
    this.changed();
    return added;
  }

  consume(handle: (input: string) => Promise<void>, options: { concurrency?: number } = {}): Consumer {
    const concurrency = Math.max(1, options.concurrency ?? 1);
    let stopped = false;
    let running = 0;
    const take = () => {
      while (!stopped && running < concurrency && this.waiting.length > 0) {
        const input = this.waiting.shift()!;
        running++;
        this.active++;
        void handle(input)
          .then(() => void this.completed++, (error: unknown) => void this.failures.push({ input, reason: failureMessage(error) }))
          .finally(() => {
            running--;
            this.active--;
            this.queued.delete(input);
            this.changed();
          });
      }
    };
    this.watchers.add(take);
    queueMicrotask(take);
    return {
      idle: () => this.until(() => this.active === 0 && this.waiting.length === 0),
      stop: () => {
        stopped = true;
        this.watchers.delete(take);
        return this.until(() => running === 0);
      },
    };
  }

  async counts(): Promise<QueueCounts> {
    return { waiting: this.waiting.length, active: this.active, completed: this.completed, failed: this.failures.length };
  }

  async failed(): Promise<FailedJob[]> {
    return [...this.failures];
  }

  async close(): Promise<void> {
    this.watchers.clear();
  }

  private changed(): void {
    for (const watcher of [...this.watchers]) watcher();
  }

  private until(done: () => boolean): Promise<void> {
    return new Promise<void>((resolve) => {
      const check = () => {
        if (!done()) return;
        this.watchers.delete(check);
        resolve();
      };
      this.watchers.add(check);
      queueMicrotask(check);
    });
  }
}
