#!/usr/bin/env node
// `npm run bench:store -- [--documents N] [--postgres URL]`: how fast the store saves
// documents with their extraction and answers searches. The corpus is the demo seeds,
// extracted once and saved N times with a unique closing line (so each is a new document).
// SQLite runs in a temporary file; PostgreSQL, when given, in a temporary schema; both are
// removed afterwards.
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { helpRequested } from './usage.js';
import pg from 'pg';
import type { Extraction } from '../extract/extraction.js';
import { loadExtractor } from '../models/load-resources.js';
import { packageRoot } from '../models/package-root.js';
import { PostgresStore } from '../store/postgres/postgres-store.js';
import { SqliteStore } from '../store/sqlite/sqlite-store.js';
import type { SearchFacets, Store } from '../store/store.js';

const OUTLETS = ['Daily Beast', 'Reuters', 'Kyiv Post', 'Al Jazeera'];
const SEARCH_REPEATS = 20;

interface Seed {
  text: string;
  extraction: Extraction;
}

function seeds(): Seed[] {
  const extractor = loadExtractor();
  const dir = join(packageRoot(), 'examples', 'seeds');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const text = readFileSync(join(dir, f), 'utf8');
      return { text, extraction: extractor.extract({ text }) };
    });
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function benchStore(name: string, store: Store, corpus: Seed[], count: number): Promise<[string, string][]> {
  const saveMs: number[] = [];
  let mentions = 0;
  const started = performance.now();
  for (let i = 0; i < count; i++) {
    const seed = corpus[i % corpus.length]!;
    // Added after the text, so the extraction's offsets stay right.
    const text = `${seed.text}\n\nBulletin ${i}.`;
    const month = String((i % 12) + 1).padStart(2, '0');
    const t0 = performance.now();
    await store.saveDocument(
      {
        url: `https://bench.test/${i}`, path: null, outlet: OUTLETS[i % OUTLETS.length]!, contentHash: sha256(text),
        simhash: sha256(`simhash ${i}`).slice(0, 16), text, title: seed.extraction.title, published: `2015-${month}-15`,
        versionOf: null, duplicateOf: null, extractor: ['bench'],
      },
      seed.extraction,
    );
    saveMs.push(performance.now() - t0);
    mentions += seed.extraction.entities.length;
  }
  const totalSeconds = (performance.now() - started) / 1000;

  const topEntity = (await store.listEntities({ type: 'PERSON' }, { limit: 1 })).items[0]?.id;
  const searches: [string, SearchFacets][] = [
    ['Putin', {}],
    ['"Islamic State"', {}],
    ['intelligence officials', {}],
    ['airstrike Syria', {}],
    ['Russia', { outlet: 'Reuters' }],
    ['', { eventType: 'airstrike' }],
    ['', topEntity ? { entityIds: [topEntity] } : {}],
    ['', { publishedFrom: '2015-03', publishedTo: '2015-05' }],
  ];
  const searchMs: number[] = [];
  for (let round = 0; round < SEARCH_REPEATS; round++) {
    for (const [query, facets] of searches) {
      const t0 = performance.now();
      await store.search(query, facets, { limit: 20 });
      searchMs.push(performance.now() - t0);
    }
  }
  return [
    [`${name}: save`, `${count} documents (${mentions.toLocaleString('en')} mentions) in ${totalSeconds.toFixed(1)} s = ${(count / totalSeconds).toFixed(0)} documents/s; per document p50 ${percentile(saveMs, 50).toFixed(1)} ms, p95 ${percentile(saveMs, 95).toFixed(1)} ms`],
    [`${name}: search`, `${searchMs.length} searches (${searches.length} kinds, page of 20 with facet counts): p50 ${percentile(searchMs, 50).toFixed(1)} ms, p95 ${percentile(searchMs, 95).toFixed(1)} ms`],
  ];
}

async function main(): Promise<void> {
  helpRequested(`
npm run bench:store -- [--documents 1000] [--postgres URL]
    saves the demo seeds N times (each a new document) and times saves and searches, in a
    temporary SQLite file and, given a URL, a temporary PostgreSQL schema; both removed after
`);
  const { values } = parseArgs({ options: { documents: { type: 'string', default: '1000' }, postgres: { type: 'string' } } });
  const count = Number(values.documents);
  if (!Number.isInteger(count) || count < 1) throw new Error('--documents must be a whole number above 0');
  const corpus = seeds();
  const rows: [string, string][] = [
    ['machine', `${cpus()[0]?.model ?? 'unknown CPU'} (${cpus().length} cores), Node ${process.version}`],
  ];

  const directory = mkdtempSync(join(tmpdir(), 'dossier-bench-'));
  try {
    const store = await SqliteStore.open(join(directory, 'bench.db'));
    try {
      rows.push(...(await benchStore('SQLite', store, corpus, count)));
    } finally {
      await store.close();
    }
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }

  if (values.postgres) {
    const schema = `dossier_bench_${process.pid}`;
    const store = await PostgresStore.open(values.postgres, schema);
    try {
      rows.push(...(await benchStore('PostgreSQL', store, corpus, count)));
    } finally {
      await store.close();
      const client = new pg.Client({ connectionString: values.postgres });
      await client.connect();
      await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      await client.end();
    }
  }
  const width = Math.max(...rows.map(([k]) => k.length));
  for (const [k, v] of rows) console.log(`${k.padEnd(width)}  ${v}`);
}

main().catch((error: unknown) => {
  console.error(`bench-store: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
