import type { Command } from 'commander';
import { DEFAULT_MAX_BYTES } from '../../input/read-document.js';
import { CorpusResolver } from '../../ingest/corpus-resolver.js';
import { DEFAULT_WORKERS, ExtractPool } from '../../ingest/extract-pool.js';
import { DEFAULT_TIMEOUT_MS, ingest } from '../../ingest/ingest.js';
import { loadCapitals } from '../../models/load-capitals.js';
import { loadAliases, loadExtractor } from '../../models/load-resources.js';
import { Batcher, type RunOutcome } from '../../queue/batcher.js';
import { DEFAULT_QUEUE_NAME, openQueue } from '../../queue/open-queue.js';
import { formatCounts, type ReportStreams } from '../ingest-report.js';
import { parseSeconds } from '../parse-seconds.js';
import { parseSize } from '../parse-size.js';
import { DB_OPTION_HELP, storeLocation, type StoreOpener } from '../store-location.js';
import { parseWorkers } from './ingest.js';

interface WorkerOptions {
  queue: string;
  queueName: string;
  db?: string;
  allowPrivate?: boolean;
  maxBytes: number;
  timeout: number;
  workers: number;
  batch: number;
  exitWhenIdle?: boolean;
}

/** How long the first job of a run waits for others to join it. */
const GATHER_MS = 200;

const batchSize = (value: string) => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 1024) throw new Error(`--batch takes a number from 1 to 1024, got "${value}"`);
  return n;
};

/** `dossier worker`: ingests the jobs `dossier ingest --queue` put on a Redis queue; `dossier queue status`: how they stand. */
export function registerWorker(program: Command, openStore: StoreOpener, streams: ReportStreams = process): void {
  program
    .command('queue')
    .description('The Redis queue of ingest jobs that `dossier worker` processes take.')
    .command('status')
    .description('How many jobs wait, run, finished and failed, and why the failed ones failed.')
    .requiredOption('--queue <url>', 'the Redis the jobs are on, e.g. redis://127.0.0.1:6379')
    .option('--queue-name <name>', 'the queue on that Redis', DEFAULT_QUEUE_NAME)
    .option('--json', 'print JSON')
    .action(async (o: { queue: string; queueName: string; json?: boolean }) => {
      const queue = await openQueue(o.queue, o.queueName);
      try {
        const [counts, failed] = [await queue.counts(), await queue.failed()];
        if (o.json) return void streams.stdout.write(`${JSON.stringify({ ...counts, failedJobs: failed }, null, 2)}\n`);
        streams.stdout.write(`${o.queueName} on ${o.queue}: ${counts.waiting} waiting, ${counts.active} running, ${counts.completed} done, ${counts.failed} failed\n`);
        for (const job of failed) streams.stdout.write(`failed  ${job.input}: ${job.reason}\n`);
      } finally {
        await queue.close();
      }
    });

  program
    .command('worker')
    .description('Take ingest jobs from a Redis queue (filled by `dossier ingest --queue`) and ingest them into the store, as `dossier ingest` would. Run as many as you like, on any machine that reaches the queue and the store (PostgreSQL for several machines). A job that fails is kept on the queue with its reason and recorded in `dossier failures`.')
    .requiredOption('--queue <url>', 'the Redis the jobs are on, e.g. redis://127.0.0.1:6379')
    .option('--queue-name <name>', 'the queue on that Redis', DEFAULT_QUEUE_NAME)
    .option('--db <location>', DB_OPTION_HELP)
    .option('--allow-private', 'allow fetching from loopback, private, link-local and multicast addresses (refused by default)')
    .option('--max-bytes <size>', 'refuse larger files and responses (e.g. 10MB, 500kB)', parseSize, DEFAULT_MAX_BYTES)
    .option('--timeout <seconds>', 'give up on a URL after this long, redirects included', parseSeconds, DEFAULT_TIMEOUT_MS / 1000)
    .option('--workers <n>', 'extraction threads (0: in the main thread; the default is one per core)', parseWorkers, DEFAULT_WORKERS)
    .option('--batch <n>', 'jobs taken at once and ingested together (entities are resolved once per run)', batchSize, 64)
    .option('--exit-when-idle', 'stop once the queue is empty, instead of waiting for more jobs')
    .addHelpText('after', '\nExamples:\n  dossier ingest --queue redis://127.0.0.1:6379 articles/\n  dossier worker --queue redis://127.0.0.1:6379 --db postgres://dossier@db/dossier\n  dossier worker --queue redis://127.0.0.1:6379 --exit-when-idle')
    .action(async (o: WorkerOptions) => {
      const queue = await openQueue(o.queue, o.queueName);
      const store = await openStore(storeLocation(o.db)).catch(async (error: unknown) => {
        await queue.close();
        throw error;
      });
      const stop = new AbortController();
      const onSignal = () => stop.abort();
      process.once('SIGINT', onSignal);
      process.once('SIGTERM', onSignal);
      const pool = o.workers > 0 ? new ExtractPool(o.workers) : null;
      try {
        const extractor = pool ?? loadExtractor();
        const resolver = new CorpusResolver(store, { aliases: loadAliases(), capitals: loadCapitals() });
        const batcher = new Batcher(async (inputs) => {
          const outcomes = new Map<string, RunOutcome>();
          const counts = await ingest(inputs, {
            store, extractor, resolver,
            allowPrivate: o.allowPrivate ?? false, maxBytes: o.maxBytes, timeoutMs: o.timeout * 1000,
            onProgress: (event) => {
              if (event.outcome === 'failed') outcomes.set(event.input, { failed: true, reason: event.reason ?? 'failed' });
            },
          });
          streams.stdout.write(`${new Date().toISOString()} worker: ${formatCounts(counts)}\n`);
          return outcomes;
        }, o.batch, GATHER_MS);
        const consumer = queue.consume((input) => batcher.submit(input), { concurrency: o.batch });
        streams.stdout.write(`dossier worker: taking jobs from ${o.queue} (${o.queueName}) into ${storeLocation(o.db)}\n`);
        const stopped = new Promise<void>((resolve) => stop.signal.addEventListener('abort', () => resolve(), { once: true }));
        await (o.exitWhenIdle ? Promise.race([consumer.idle(), stopped]) : stopped);
        await consumer.stop();
        const counts = await queue.counts();
        streams.stdout.write(`dossier worker: stopped (${counts.waiting} waiting, ${counts.failed} failed on the queue)\n`);
      } finally {
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
        await pool?.close();
        await queue.close();
        await store.close();
      }
    });
}
