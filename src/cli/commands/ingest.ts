import { InvalidArgumentError, type Command } from 'commander';
import { DEFAULT_MAX_BYTES } from '../../input/read-document.js';
import { DEFAULT_TIMEOUT_MS, ingest, type IngestCounts } from '../../ingest/ingest.js';
import { DEFAULT_WORKERS, ExtractPool } from '../../ingest/extract-pool.js';
import { CorpusResolver } from '../../ingest/corpus-resolver.js';
import { loadCapitals } from '../../models/load-capitals.js';
import { loadAliases, loadExtractor } from '../../models/load-resources.js';
import { formatCounts, ingestReport, type ReportStreams } from '../ingest-report.js';
import { parseSeconds } from '../parse-seconds.js';
import { parseSize } from '../parse-size.js';
import { DB_OPTION_HELP, storeLocation, type StoreOpener } from '../store-location.js';
import { registerFailures } from './failures.js';
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { walkFolder } from '../../ingest/walk-folder.js';
import { DEFAULT_QUEUE_NAME, openQueue } from '../../queue/open-queue.js';

interface IngestCommandOptions {
  db?: string;
  queue?: string;
  queueName: string;
  allowPrivate?: boolean;
  maxBytes: number;
  timeout: number;
  watch?: boolean;
  interval: number;
  workers: number;
}

const DEFAULT_INTERVAL_SECONDS = 300;

/**
 * `dossier ingest` and `dossier failures`. The store opener is passed in so that this
 * file does not depend on which stores exist (main.ts passes openStore).
 */
export function registerIngest(program: Command, openStore: StoreOpener, streams: ReportStreams = process): void {
  program
    .command('ingest')
    .description('Read articles into the store: files, folders (recursively), article URLs and RSS/Atom feeds. Text already stored is skipped; a changed article at a known URL is kept as a new version; syndicated copies are linked to the earliest copy; inputs that fail are recorded (see `dossier failures`) and the rest go on.')
    .argument('<inputs...>', 'files, folders, http(s) URLs of articles or of RSS/Atom feeds')
    .option('--db <location>', DB_OPTION_HELP)
    .option('--allow-private', 'allow fetching from loopback, private, link-local and multicast addresses (refused by default)')
    .option('--max-bytes <size>', 'refuse larger files and responses (e.g. 10MB, 500kB)', parseSize, DEFAULT_MAX_BYTES)
    .option('--timeout <seconds>', 'give up on a URL after this long, redirects included', parseSeconds, DEFAULT_TIMEOUT_MS / 1000)
    .option('--watch', 'keep running and ingest the inputs again every --interval (new feed items, changed pages); Ctrl-C stops')
    .option('--interval <seconds>', 'seconds between polls with --watch', parseSeconds, DEFAULT_INTERVAL_SECONDS)
    .option('--workers <n>', 'extract in up to n worker threads, in parallel, started as articles arrive (0: in the main thread; the default is one per core)', parseWorkers, DEFAULT_WORKERS)
    .option('--queue <url>', 'queue the inputs (folders as their files) on this Redis for `dossier worker` processes instead of ingesting here')
    .option('--queue-name <name>', 'the queue on that Redis', DEFAULT_QUEUE_NAME)
    .addHelpText('after', '\nExamples:\n  dossier ingest articles/\n  dossier ingest https://example.org/news/story.html\n  dossier ingest --watch --interval 600 https://example.org/rss.xml\n  dossier ingest --queue redis://127.0.0.1:6379 articles/   (for `dossier worker` processes)\n  dossier failures')
    .action(async (inputs: string[], options: IngestCommandOptions) => {
      if (options.queue && options.watch) throw new Error('--watch and --queue do not go together: queue the inputs again from a scheduler instead');
      if (options.queue) return queueInputs(inputs, options.queue, options.queueName, streams);
      const store = await openStore(storeLocation(options.db));
      const stop = new AbortController();
      let pool: ExtractPool | undefined;
      const onSignal = () => stop.abort();
      process.once('SIGINT', onSignal);
      process.once('SIGTERM', onSignal);
      try {
        const extractor = options.workers > 0 ? (pool = new ExtractPool(options.workers)) : loadExtractor();
        const resolver = new CorpusResolver(store, { aliases: loadAliases(), capitals: loadCapitals() });
        let anyFailed = false;
        for (let poll = 0; ; poll++) {
          const report = ingestReport(streams, poll > 0);
          let counts: IngestCounts;
          try {
            counts = await ingest(inputs, {
              store,
              extractor,
              resolver,
              allowPrivate: options.allowPrivate ?? false,
              maxBytes: options.maxBytes,
              timeoutMs: options.timeout * 1000,
              onProgress: (event) => report.progress(event),
              signal: stop.signal,
            });
          } finally {
            report.stop();
          }
          anyFailed ||= counts.failed > 0;
          const when = options.watch ? `${new Date().toISOString()} ` : '';
          streams.stdout.write(`${when}ingest: ${formatCounts(counts)}${counts.failed > 0 ? ' (see `dossier failures`)' : ''}\n`);
          if (!options.watch || stop.signal.aborted || !(await sleep(options.interval * 1000, stop.signal))) break;
        }
        if (anyFailed) process.exitCode = 1;
      } finally {
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
        await pool?.close();
        await store.close();
      }
    });
  registerFailures(program, openStore, streams.stdout);
}

export function parseWorkers(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || n > 64) throw new InvalidArgumentError(`"${value}" is not a number of threads from 0 to 64`);
  return n;
}

/** Puts the inputs on the queue, each file of a folder as a job of its own. */
async function queueInputs(inputs: string[], url: string, name: string, streams: ReportStreams): Promise<void> {
  const jobs: string[] = [];
  for (const input of inputs) {
    const folder = !/^https?:\/\//i.test(input) && (await stat(input).then((s) => s.isDirectory(), () => false));
    if (folder) jobs.push(...(await walkFolder(resolve(input), (path, error) => streams.stderr.write(`dossier: cannot read ${path}: ${error instanceof Error ? error.message : String(error)}\n`))));
    // A path that is not there is queued all the same: the worker records why it failed.
    else jobs.push(/^https?:\/\//i.test(input) ? input : resolve(input));
  }
  const queue = await openQueue(url, name);
  try {
    const added = await queue.add(jobs);
    const counts = await queue.counts();
    streams.stdout.write(`ingest: queued ${added} of ${jobs.length} inputs on ${url} (${name}; ${counts.waiting} waiting)\n`);
  } finally {
    await queue.close();
  }
}

/** Waits, or returns false at once when stopped. */
function sleep(ms: number, signal: AbortSignal): Promise<boolean> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve(false);
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve(true);
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      resolve(false);
    };
    signal.addEventListener('abort', onAbort, { once: true });
  });
}
