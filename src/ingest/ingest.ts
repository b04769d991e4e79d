import { stat } from 'node:fs/promises';
import type { AsyncExtractor } from './extract-pool.js';
import { InputError } from '../input/input-error.js';
import { DEFAULT_MAX_BYTES } from '../input/read-document.js';
import type { Store } from '../store/store.js';
import { addOutcome, emptyCounts, type IngestCounts, type Outcome } from './outcome.js';
import { fetchSource, readLocalSource, type FeedContext, type SourceContent } from './read-source.js';
import type { CorpusResolver } from './corpus-resolver.js';
import { commitArticle, prepareArticle, type PreparedArticle } from './save-article.js';
import type { FeedItemLink } from './feed.js';
import { walkFolder } from './walk-folder.js';

export type { IngestCounts, Outcome } from './outcome.js';

export const DEFAULT_TIMEOUT_MS = 20_000;

export interface IngestProgress {
  /** The file, URL or feed item just finished. */
  input: string;
  outcome: Outcome;
  /** Why it failed (outcome "failed" only). */
  reason?: string;
  done: number;
  /** Grows as folders are walked and feeds read. */
  total: number;
}

/**
 * Extracted articles wait to be resolved together, as many as a 40th of the corpus (at least
 * 64, at most 1,024): each resolution re-clusters the whole corpus (4 s at 10,000 documents).
 */
const MIN_BATCH = 64;
const MAX_BATCH = 1024;

export interface IngestOptions {
  store: Store;
  /** In this thread (an Extractor) or in worker threads (an ExtractPool: articles extracted in parallel). */
  extractor: AsyncExtractor;
  /** Fetch from loopback, private, link-local and multicast addresses (off: SSRF guard). */
  allowPrivate?: boolean;
  maxBytes?: number;
  timeoutMs?: number;
  onProgress?: (progress: IngestProgress) => void;
  /** Stops between items (the current one finishes, so nothing is half-written). */
  signal?: AbortSignal;
  /** Resolves entities across the corpus as documents arrive; without it ids are per document. */
  resolver?: CorpusResolver;
}

type Task =
  | { kind: 'path'; path: string }
  | { kind: 'file'; path: string }
  | { kind: 'url'; url: string }
  | { kind: 'feed-item'; item: FeedItemLink; feed: string; context: FeedContext };

/**
 * Ingests files, folders (recursively), article URLs and RSS/Atom feeds (each item's link
 * is fetched). Idempotent: text already stored is skipped by its content hash. An input
 * that fails is recorded in the store with its reason and the run goes on; only store
 * errors (the store itself failing) are thrown.
 */
export async function ingest(inputs: readonly string[], options: IngestOptions): Promise<IngestCounts> {
  const counts = emptyCounts();
  const queue: Task[] = inputs.map(toTask);
  const fetchOptions = {
    allowPrivate: options.allowPrivate ?? false,
    maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES,
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
  };
  let done = 0;

  const report = async (input: string, outcome: Outcome, reason?: string): Promise<void> => {
    if (outcome === 'failed') await options.store.recordFailure({ input, reason: reason!, at: new Date().toISOString() });
    addOutcome(counts, outcome);
    done++;
    options.onProgress?.({ input, outcome, reason, done, total: done + queue.length + pending.length + inFlight.length });
  };

  // With a resolver, extracted articles wait in a batch and are resolved together: the
  // resolver re-clusters the whole corpus per call, so a batch that grows with the corpus
  // keeps ingest near-linear. Each article is still saved in a transaction of its own.
  const pending: PreparedArticle[] = [];
  const flush = async (): Promise<void> => {
    const batch = pending.splice(0);
    if (batch.length === 0) return;
    const resolution = options.resolver
      ? await options.resolver.resolve(batch.map((a) => ({ key: a.hash, text: a.document.text, extraction: a.extraction })))
      : null;
    for (const [i, article] of batch.entries()) await report(article.input, await commitArticle(article, options.store, resolution?.resolved[i]));
    if (resolution) await options.resolver!.apply(resolution.changes);
  };
  // A quarter of a small corpus: its first documents are resolved (and saved) early.
  const batchSize = (): number => {
    if (!options.resolver) return 1;
    const size = options.resolver.size;
    return Math.max(1, Math.min(Math.floor(size / 4), Math.min(MAX_BATCH, Math.max(MIN_BATCH, Math.floor(size / 40)))));
  };

  // Articles being extracted (in parallel with a pool), taken in the order they were read, so
  // outcomes, versions and "earliest copy" links do not depend on which thread is faster.
  // Four per thread keep every thread busy while the main thread resolves and saves (two left
  // the threads waiting on a slow article at the head); in this thread, one.
  const parallelism = options.extractor.parallelism ? options.extractor.parallelism * 4 : 1;
  const inFlight: { task: Task; preparation: Promise<{ prepared: PreparedArticle | 'unchanged' } | { error: unknown }> }[] = [];
  const settle = async (keep: number): Promise<void> => {
    while (inFlight.length > keep) {
      const { task, preparation } = inFlight.shift()!;
      const result = await preparation;
      const input = taskInput(task);
      if ('error' in result) {
        if (!(result.error instanceof InputError)) throw result.error;
        await report(input, 'failed', failureReason(task, result.error));
      } else if (result.prepared === 'unchanged') await report(input, 'unchanged');
      else {
        pending.push(result.prepared);
        if (pending.length >= batchSize()) await flush();
      }
    }
  };

  while (queue.length > 0 && !options.signal?.aborted) {
    const task = queue.shift()!;
    const input = taskInput(task);
    try {
      if (task.kind === 'path' && (await isFolder(task.path))) {
        const unreadable: { path: string; code: string }[] = [];
        const files = await walkFolder(task.path, (path, error) => unreadable.push({ path, code: (error as NodeJS.ErrnoException).code ?? String(error) }));
        queue.unshift(...files.map((path): Task => ({ kind: 'file', path })));
        for (const { path, code } of unreadable) await report(path, 'failed', `folder cannot be read (${code})`);
        continue;
      }
      if (task.kind === 'feed-item' && (await isKnownUnchanged(options.store, task.item))) {
        await report(input, 'unchanged');
        continue;
      }
      const content = await readTask(task, fetchOptions).catch((error: unknown) => {
        // Reading touches no store: whatever fails here is this input's failure (even a
        // parser bug on hostile markup), so it is recorded and the run goes on.
        throw error instanceof InputError ? error : new InputError(input, `could not be read (${error instanceof Error ? error.message : String(error)})`);
      });
      if (content.kind === 'feed') {
        const context = { outlet: content.outlet, published: null };
        queue.unshift(...content.feed.items.map((item): Task => ({ kind: 'feed-item', item, feed: input, context: { ...context, published: item.published } })));
        for (const title of content.feed.itemsWithoutLink) await report(`${input} (item "${title}")`, 'failed', 'feed item has no http(s) link');
        if (content.feed.items.length === 0 && content.feed.itemsWithoutLink.length === 0) await report(input, 'failed', 'feed has no items');
        continue;
      }
      const preparation = prepareArticle(input, content.document, content.source, options.store, options.extractor);
      inFlight.push({ task, preparation: preparation.then((prepared) => ({ prepared }), (error: unknown) => ({ error })) });
      await settle(parallelism - 1);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      await report(input, 'failed', failureReason(task, error));
    }
  }
  // Stopping (or the end) saves what was already extracted.
  await settle(0);
  await flush();
  return counts;
}

function failureReason(task: Task, error: InputError): string {
  return task.kind === 'feed-item' ? `${error.reason} (item of feed ${task.feed})` : error.reason;
}

function toTask(input: string): Task {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(input) ? { kind: 'url', url: input } : { kind: 'path', path: input };
}

function taskInput(task: Task): string {
  return task.kind === 'url' ? task.url : task.kind === 'feed-item' ? task.item.url : task.path;
}

async function readTask(task: Task, fetchOptions: { allowPrivate: boolean; maxBytes: number; timeoutMs: number }): Promise<SourceContent> {
  switch (task.kind) {
    case 'path':
    case 'file':
      return readLocalSource(task.path, fetchOptions.maxBytes);
    case 'url':
      return fetchSource(task.url, fetchOptions, null);
    case 'feed-item':
      return fetchSource(task.item.url, fetchOptions, task.context);
  }
}

async function isFolder(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false; // reading it as a file then gives the precise reason (no such file, …)
  }
}

/**
 * A feed item already stored at its URL, and not marked as updated since, is not fetched
 * again: polling a feed then costs one request, not one per item.
 */
async function isKnownUnchanged(store: Store, item: FeedItemLink): Promise<boolean> {
  const stored = await store.findLatestByUrl(item.url);
  if (!stored) return false;
  return item.updatedAt === null || Date.parse(item.updatedAt) <= Date.parse(stored.ingestedAt);
}
