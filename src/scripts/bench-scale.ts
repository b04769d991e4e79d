// `npm run bench -- --store [--sizes 10000,100000] [--texts DIR …] [--postgres URL]
//   [--ingest 1000] [--only sqlite|postgres] [--workers N] [--views] [--profiles]`: ingest throughput
// on the real pipeline and search latency at scale, for SQLite and (given a URL) PostgreSQL; with
// --views, also the corpus-wide views at the largest size, with --profiles the profiles of the
// most mentioned entities (on a kept store, --sizes 0 times these alone). The corpus is generated
// from real articles (examples/seeds plus each --texts folder, e.g. PolNeAR's train/text
// and dev/text, read in place): see scale/variations.ts. Stores are temporary and removed,
// unless --keep-sqlite FILE / --keep-schema NAME keep the search corpus to time it again
// later without rebuilding it.
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { DEFAULT_WORKERS, ExtractPool } from '../ingest/extract-pool.js';
import { loadExtractor } from '../models/load-resources.js';
import { PostgresStore } from '../store/postgres/postgres-store.js';
import { SqliteStore } from '../store/sqlite/sqlite-store.js';
import type { Store } from '../store/store.js';
import { articleFiles, articlePool } from './scale/article-pool.js';
import { ingestThroughput } from './scale/ingest-throughput.js';
import { scaleStore } from './scale/store-scale.js';
import { timeProfiles, timeViews, type ViewFigure } from './scale/views-timing.js';

type Opener = (label: string) => Promise<{ store: Store; remove: () => Promise<void>; settle?: () => Promise<void> }>;

function sqliteOpener(keep?: string): Opener {
  return async (label) => {
    if (keep && label === 'search') return { store: await SqliteStore.open(keep), remove: async () => undefined };
    const directory = mkdtempSync(join(tmpdir(), `dossier-bench-${label}-`));
    const store = await SqliteStore.open(join(directory, 'bench.db'));
    return { store, remove: async () => rmSync(directory, { recursive: true, force: true }) };
  };
}

function postgresOpener(url: string, keep?: string): Opener {
  return async (label) => {
    const settle = (schema: string) => () => vacuumAnalyze(url, schema);
    if (keep && label === 'search') return { store: await PostgresStore.open(url, keep), remove: async () => undefined, settle: settle(keep) };
    const schema = `dossier_bench_${label}_${process.pid}`;
    const store = await PostgresStore.open(url, schema);
    return {
      store,
      settle: settle(schema),
      remove: async () => {
        const client = new pg.Client({ connectionString: url });
        await client.connect();
        await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
        await client.end();
      },
    };
  };
}

/**
 * What autovacuum does on a server left to itself (the local one runs with it off): statistics
 * for the planner, and the visibility map that lets counts skip the table.
 */
async function vacuumAnalyze(url: string, schema: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ name: string }>('SELECT tablename AS name FROM pg_tables WHERE schemaname = $1', [schema]);
    const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;
    for (const { name } of rows) await client.query(`VACUUM ANALYZE ${quote(schema)}.${quote(name)}`);
  } finally {
    await client.end();
  }
}

const log = (line: string) => console.error(line);

export async function benchScale(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      store: { type: 'boolean' },
      sizes: { type: 'string', default: '10000' },
      texts: { type: 'string', multiple: true, default: [] },
      postgres: { type: 'string' },
      ingest: { type: 'string', default: '1000' },
      only: { type: 'string' },
      'keep-sqlite': { type: 'string' },
      'keep-schema': { type: 'string' },
      workers: { type: 'string', default: String(DEFAULT_WORKERS) },
      views: { type: 'boolean', default: false },
      profiles: { type: 'boolean', default: false },
    },
  });
  const sizes = values.sizes.split(',').map(Number);
  const ingestCount = Number(values.ingest);
  const workers = Number(values.workers);
  if (!Number.isInteger(workers) || workers < 0) throw new Error('--workers takes a whole number (0: extract in the main thread)');
  if (sizes.some((n) => !Number.isInteger(n) || n < 0) || !Number.isInteger(ingestCount) || ingestCount < 0) {
    throw new Error('--sizes takes whole numbers (10000,100000; 0 for no search timing) and --ingest a whole number');
  }
  const searchSizes = sizes.filter((n) => n > 0).sort((a, b) => a - b);

  // Only ingest and filling a store read the articles: timing profiles on a kept store does not.
  const loadStarted = performance.now();
  const extractor = loadExtractor();
  const pool = ingestCount > 0 || searchSizes.length > 0 ? articlePool(articleFiles(values.texts), extractor) : [];
  const words = pool.reduce((n, a) => n + a.text.split(/\s+/).length, 0);
  if (pool.length) log(`pool: ${pool.length} articles extracted in ${((performance.now() - loadStarted) / 1000).toFixed(0)} s`);

  const stores: [string, Opener][] = [];
  if (values.only !== 'postgres') stores.push(['SQLite', sqliteOpener(values['keep-sqlite'])]);
  if (values.postgres && values.only !== 'sqlite') stores.push(['PostgreSQL', postgresOpener(values.postgres, values['keep-schema'])]);
  const rows: [string, string][] = [
    ['machine', `${cpus()[0]?.model ?? 'unknown CPU'} (${cpus().length} cores), Node ${process.version}`],
  ];
  if (pool.length) rows.push(['article pool', `${pool.length} real articles (${words.toLocaleString('en')} words): examples/seeds${values.texts.length ? ` + ${values.texts.join(' + ')}` : ''}`]);
  for (const [name, open] of stores) {
    if (ingestCount > 0) {
      const { store, remove } = await open('ingest');
      try {
        log(`${name}: ingesting ${ingestCount} articles`);
        const threads = workers > 0 ? new ExtractPool(workers) : null;
        const f = await ingestThroughput(store, threads ?? extractor, pool, ingestCount).finally(() => threads?.close());
        const how = threads ? `${workers} extraction threads` : 'extraction in the main thread';
        rows.push([`${name}: ingest`, `${f.articles} articles (${f.added} stored) in ${f.seconds.toFixed(1)} s = ${f.perSecond.toFixed(1)} articles/s (extract + resolve + save, ${how}, ${f.coresUsed.toFixed(2)} cores busy)`]);
      } finally {
        await store.close();
        await remove();
      }
    }
    if (searchSizes.length === 0 && !values.views && !values.profiles) continue;
    const { store, remove, settle } = await open('search');
    const showFigures = (figures: ViewFigure[]) => {
      for (const f of figures) rows.push([`  ${f.view}`, `${f.ms >= 1000 ? `${(f.ms / 1000).toFixed(1)} s` : `${f.ms.toFixed(0)} ms`}, ${(f.bytes / 1e3).toFixed(0)} KB`]);
    };
    try {
      for (const f of searchSizes.length ? await scaleStore(store, pool, searchSizes, (line) => log(`${name}:${line}`), settle) : []) {
        const label = `${name}: search at ${f.documents.toLocaleString('en')}`;
        rows.push([label, `${f.searches} searches: p50 ${f.p50.toFixed(1)} ms, p95 ${f.p95.toFixed(1)} ms, max ${f.max.toFixed(0)} ms (corpus built in ${f.fillSeconds.toFixed(0)} s)`]);
        rows.push([`  p95 by kind`, f.byKind.map((k) => `${k.kind} ${k.p95.toFixed(0)}`).join(', ')]);
        log(`${label}: p95 ${f.p95.toFixed(1)} ms`);
      }
      if (values.views) {
        const size = (await store.listDocuments({}, { limit: 1 })).total;
        log(`${name}: timing the views at ${size.toLocaleString('en')} documents`);
        const { figures, heapMb } = await timeViews(store);
        rows.push([`${name}: views at ${size.toLocaleString('en')}`, `heap ${heapMb.before.toFixed(0)} MB before, ${heapMb.after.toFixed(0)} MB after (snapshot and clusters kept)`]);
        showFigures(figures);
      }
      if (values.profiles) {
        const size = (await store.listDocuments({}, { limit: 1 })).total;
        log(`${name}: timing profiles at ${size.toLocaleString('en')} documents`);
        rows.push([`${name}: profiles at ${size.toLocaleString('en')}`, '']);
        showFigures(await timeProfiles(store));
      }
    } finally {
      await store.close();
      await remove();
    }
  }
  const width = Math.max(...rows.map(([k]) => k.length));
  for (const [k, v] of rows) console.log(`${k.padEnd(width)}  ${v}`);
}
