// Ingest throughput on the real pipeline: files read, extracted, resolved across the corpus,
// near-duplicates looked up and saved, exactly as `dossier ingest` does it.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { AsyncExtractor } from '../../ingest/extract-pool.js';
import { CorpusResolver } from '../../ingest/corpus-resolver.js';
import { ingest } from '../../ingest/ingest.js';
import { loadCapitals } from '../../models/load-capitals.js';
import { loadAliases } from '../../models/load-resources.js';
import type { Store } from '../../store/store.js';
import type { PoolArticle } from './article-pool.js';
import { variation } from './variations.js';

export interface IngestFigures {
  articles: number;
  seconds: number;
  perSecond: number;
  /** CPU seconds of this process (its threads included) over wall seconds: how many cores it kept busy. */
  coresUsed: number;
  added: number;
}

/** Writes `count` variations as files (offset past the search corpus's) and ingests the folder. */
export async function ingestThroughput(store: Store, extractor: AsyncExtractor, pool: readonly PoolArticle[], count: number): Promise<IngestFigures> {
  const folder = mkdtempSync(join(tmpdir(), 'dossier-ingest-bench-'));
  try {
    for (let i = 0; i < count; i++) writeFileSync(join(folder, `${String(i).padStart(5, '0')}.txt`), variation(pool, 10_000_000 + i).text);
    const resolver = new CorpusResolver(store, { aliases: loadAliases(), capitals: loadCapitals() });
    const cpu = process.cpuUsage();
    const started = performance.now();
    const counts = await ingest([folder], { store, extractor, resolver });
    const seconds = (performance.now() - started) / 1000;
    const used = process.cpuUsage(cpu);
    return {
      articles: count, seconds, perSecond: count / seconds,
      coresUsed: (used.user + used.system) / 1e6 / seconds,
      added: counts.added + counts.duplicates,
    };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
