// Fills a store with generated variations (saved with their shifted extractions, no new
// extraction) up to each size, and times a mix of searches at each size.
import { createHash } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import type { Extraction } from '../../extract/extraction.js';
import type { Store } from '../../store/store.js';
import type { PoolArticle } from './article-pool.js';
import { searchMix } from './search-mix.js';
import { variation } from './variations.js';

const ROUNDS = 3;

export interface SizeFigures {
  documents: number;
  fillSeconds: number;
  searches: number;
  p50: number;
  p95: number;
  max: number;
  /** p95 per kind of search, slowest first. */
  byKind: { kind: string; p95: number }[];
}

export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/**
 * Saves variations `from` … `to - 1`; every variation has its own text, so none is skipped.
 * Saved as `dossier ingest` saves (ids resolved, with their names), so the store links by id.
 */
export async function fill(store: Store, pool: readonly PoolArticle[], from: number, to: number, onProgress?: (done: number) => void): Promise<void> {
  for (let n = from; n < to; n++) {
    const v = variation(pool, n);
    await store.saveDocument(
      {
        url: `https://bench.test/article/${n}`, path: null, outlet: v.outlet,
        contentHash: createHash('sha256').update(v.text).digest('hex'),
        simhash: createHash('sha256').update(`simhash ${n}`).digest('hex').slice(0, 16),
        text: v.text, title: v.extraction.title, published: v.published, versionOf: null, duplicateOf: null, extractor: ['bench-scale'], entityNames: entityNames(v.extraction),
      },
      v.extraction,
    );
    if ((n + 1) % 1000 === 0) onProgress?.(n + 1);
  }
}

export async function timeSearches(store: Store): Promise<Omit<SizeFigures, 'documents' | 'fillSeconds'>> {
  const cases = await searchMix(store);
  for (const c of cases) await store.search(c.query, c.facets, { limit: 20 }); // warm the caches once
  const all: number[] = [];
  const byKind = new Map<string, number[]>();
  for (let round = 0; round < ROUNDS; round++) {
    for (const c of cases) {
      const started = performance.now();
      await store.search(c.query, c.facets, { limit: 20 });
      const ms = performance.now() - started;
      all.push(ms);
      byKind.set(c.kind, [...(byKind.get(c.kind) ?? []), ms]);
    }
  }
  return {
    searches: all.length,
    p50: percentile(all, 50),
    p95: percentile(all, 95),
    max: Math.max(...all),
    byKind: [...byKind].map(([kind, ms]) => ({ kind, p95: percentile(ms, 95) })).sort((a, b) => b.p95 - a.p95),
  };
}

/**
 * Grows the store through `sizes` (ascending), timing the search mix at each. A store kept
 * from an earlier run holds variations 0 … count - 1 already (they are numbered), so it grows
 * from there; sizes it already exceeds are skipped. `settle` runs before each timing (PostgreSQL:
 * VACUUM ANALYZE, as autovacuum would).
 */
export async function scaleStore(
  store: Store, pool: readonly PoolArticle[], sizes: readonly number[], log: (line: string) => void, settle?: () => Promise<void>,
): Promise<SizeFigures[]> {
  const figures: SizeFigures[] = [];
  let stored = (await store.listDocuments({}, { limit: 1 })).total;
  if (stored > 0) log(`  ${stored.toLocaleString('en')} documents already stored`);
  let fillSeconds = 0;
  for (const size of sizes) {
    if (size < stored) continue;
    const started = performance.now();
    await fill(store, pool, stored, size, (done) => {
      if (done % 10_000 === 0) log(`  ${done.toLocaleString('en')} documents stored`);
    });
    fillSeconds += (performance.now() - started) / 1000;
    stored = Math.max(stored, size);
    await settle?.();
    figures.push({ documents: size, fillSeconds, ...(await timeSearches(store)) });
  }
  return figures;
}

/** Each entity id's longest mention: the name the resolver would give it. */
function entityNames(extraction: Extraction): Record<string, string> {
  const names: Record<string, string> = {};
  for (const mention of extraction.entities) {
    if ((names[mention.id]?.length ?? 0) < mention.text.length) names[mention.id] = mention.text;
  }
  return names;
}
