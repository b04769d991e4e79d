#!/usr/bin/env node
// `node dist/scripts/bench-resolve.js [COPIES]`: time of cross-document entity resolution over
// the demo corpus extracted once and repeated COPIES times (as distinct files), in one batch
// and document by document through EntityResolver. One thread.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { EntityResolver, resolveEntities, type ResolverDocument } from '../extract/resolve/index.js';
import { loadCapitals } from '../models/load-capitals.js';
import { loadAliases, loadExtractor } from '../models/load-resources.js';
import { packageRoot } from '../models/package-root.js';

const copies = Number(process.argv[2] ?? 400);
const dir = join(packageRoot(), 'examples', 'seeds');
const extractor = loadExtractor();
const aliases = loadAliases();
const capitals = loadCapitals();
const seeds: ResolverDocument[] = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => {
  const text = readFileSync(join(dir, f), 'utf8');
  return { file: f, text, entities: extractor.extract({ text }).entities };
});
const corpus = Array.from({ length: copies }, (_, c) => seeds.map((d) => ({ ...d, file: `${c}/${d.file}` }))).flat();
const mentions = corpus.reduce((n, d) => n + d.entities.length, 0);

let started = performance.now();
const batch = resolveEntities(corpus, aliases, { capitals });
const batchMs = performance.now() - started;
console.log(`batch: ${corpus.length} documents, ${mentions} mentions → ${batch.entities.length} entities in ${batchMs.toFixed(0)} ms (${Math.round(mentions / (batchMs / 1000))} mentions/s)`);

// The store's pattern: the corpus so far, then one new article resolved on arrival.
const resolver = new EntityResolver(aliases, { capitals });
for (const doc of corpus.slice(0, -1)) resolver.add(doc);
resolver.resolve();
started = performance.now();
resolver.add(corpus[corpus.length - 1]!);
const { changes } = resolver.resolve();
const addMs = performance.now() - started;
console.log(`incremental: one article added to ${corpus.length - 1} and resolved in ${addMs.toFixed(0)} ms (${changes.length} id changes in earlier documents)`);
console.log(`peak RSS ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB`);
