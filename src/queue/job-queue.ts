// Work distribution for ingest: inputs (paths, URLs, feeds) queued by one process and taken by
// any number of workers. On Redis (BullMQ), so workers can run in several processes and on several
// machines, all writing to one store; the in-memory queue serves one process and is the reference
// the conformance suite holds the Redis one to (plain `dossier ingest` needs no queue at all).

export interface QueueCounts {
  waiting: number;
  active: number;
  completed: number;
  failed: number;
}

export interface FailedJob {
  input: string;
  reason: string;
}

export interface Consumer {
  /** Resolves once nothing is waiting or running. */
  idle(): Promise<void>;
  /** Takes no more jobs; resolves when the running ones have ended. */
  stop(): Promise<void>;
}

export interface JobQueue {
  /** Queues inputs; one already waiting or running is not queued twice. Returns how many were queued. */
  add(inputs: readonly string[]): Promise<number>;
  /** Hands waiting inputs to `handle`, `concurrency` at a time (default 1); a handler that throws fails its job with the error's message. */
  consume(handle: (input: string) => Promise<void>, options?: { concurrency?: number }): Consumer;
  counts(): Promise<QueueCounts>;
  /** Jobs that failed, with the reason, oldest first. */
  failed(): Promise<FailedJob[]>;
  close(): Promise<void>;
}

export function failureMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
