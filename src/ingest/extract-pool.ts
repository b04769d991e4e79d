import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Article, Extraction } from '../extract/extraction.js';

/** An extractor whose work may run elsewhere: ingest awaits each extraction. */
export interface AsyncExtractor {
  readonly stages: readonly string[];
  extract(article: Article): Extraction | Promise<Extraction>;
  /** How many articles are worth extracting at once (1: one after the other). */
  readonly parallelism?: number;
}

export const DEFAULT_WORKERS = availableParallelism();

/** No thread is left to extract with, or one could not load its models: the run cannot go on (not any one article's fault). */
export class ExtractPoolDown extends Error {
  constructor(reason: string) {
    super(`extraction threads cannot run (${reason})`);
  }
}

interface Job {
  resolve: (extraction: Extraction) => void;
  reject: (error: Error) => void;
}

interface Thread {
  worker: Worker;
  jobs: Map<number, Job>;
  alive: boolean;
  /** Its models loaded: a thread that dies before is the pool's failure, not an article's. */
  ready: boolean;
}

/**
 * Extraction in worker threads, one article at a time per thread, each thread with the shipped
 * models of its own: ingest keeps every core busy while the main thread resolves and saves.
 * Threads start as work arrives (up to `size`), so a run of one article loads the models once.
 * A thread that dies fails only the articles it held, and a new one takes its place.
 */
export class ExtractPool implements AsyncExtractor {
  /** The threads' stage ids: known once a thread has loaded its models (before its first answer). */
  stages: readonly string[] = [];
  readonly parallelism: number;
  private readonly threads: Thread[] = [];
  private nextId = 0;
  private started = 0;
  private lastStop = 'unknown';
  private closed = false;

  /** `workerUrl`: another thread script (tests); by default extract-worker.js beside this file. */
  constructor(size: number, private readonly workerUrl = new URL('./extract-worker.js', import.meta.url)) {
    if (!Number.isInteger(size) || size < 1) throw new Error(`extract pool: ${size} threads (a whole number >= 1 is needed)`);
    this.parallelism = size;
  }

  /** How many threads were started (replacements of dead ones included). */
  get threadsStarted(): number {
    return this.started;
  }

  extract(article: Article): Promise<Extraction> {
    if (this.threads.length < this.parallelism && !this.threads.some((t) => t.alive && t.jobs.size === 0)) {
      this.threads.push(this.start());
    }
    const live = this.threads.filter((t) => t.alive);
    if (live.length === 0) return Promise.reject(new ExtractPoolDown(this.lastStop));
    const thread = live.reduce((a, b) => (b.jobs.size < a.jobs.size ? b : a));
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      thread.jobs.set(id, { resolve, reject });
      thread.worker.postMessage({ id, article });
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.threads.map((t) => t.worker.terminate()));
  }

  private start(): Thread {
    const worker = new Worker(this.workerUrl);
    this.started++;
    const thread: Thread = { worker, jobs: new Map(), alive: true, ready: false };
    worker.on('message', (message: { stages?: string[]; id: number; extraction?: Extraction; error?: string }) => {
      if (message.stages) {
        this.stages = message.stages;
        thread.ready = true;
        return;
      }
      const job = thread.jobs.get(message.id);
      thread.jobs.delete(message.id);
      if (message.error !== undefined) job?.reject(new Error(message.error));
      else job?.resolve(message.extraction!);
    });
    const stop = (reason: string) => {
      if (!thread.alive) return;
      this.lastStop = reason;
      thread.alive = false;
      for (const job of thread.jobs.values()) {
        job.reject(thread.ready ? new Error(`extraction thread stopped (${reason})`) : new ExtractPoolDown(reason));
      }
      thread.jobs.clear();
      // One that had loaded its models died on an article: replaced. One that could not load
      // them would fail again.
      if (thread.ready && !this.closed) this.threads[this.threads.indexOf(thread)] = this.start();
    };
    worker.on('error', (error) => stop(error.message));
    worker.on('exit', (code) => stop(`exit code ${code}`));
    return thread;
  }
}
