// Tagging speed on one thread, warm: the number `npm run bench` and `eval ner` report.

import { performance } from 'node:perf_hooks';
import type { NerTagger } from '../extract/ner/tagger.js';

/** Tokens per second tagging these documents repeatedly for at least minSeconds, after one warm-up round. */
export function taggingRate(tagger: NerTagger, documents: string[][][], minSeconds = 1): number {
  const tokensPerRound = documents.reduce((n, doc) => n + doc.reduce((m, s) => m + s.length, 0), 0);
  if (tokensPerRound === 0) return 0;
  for (const doc of documents) tagger.tagDocument(doc);
  let tokens = 0;
  const started = performance.now();
  while (performance.now() - started < minSeconds * 1000) {
    for (const doc of documents) tagger.tagDocument(doc);
    tokens += tokensPerRound;
  }
  return tokens / ((performance.now() - started) / 1000);
}
