// Extraction in worker threads must store exactly what extraction in the main thread stores:
// the same documents, extractions, duplicate links and failures, in the order read.
import assert from 'node:assert/strict';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { loadExtractor } from '../models/load-resources.js';
import type { Store } from '../store/store.js';
import { tempSqliteStores } from '../store/testing/temp-sqlite.js';
import { CorpusResolver } from './corpus-resolver.js';
import { ExtractPool, ExtractPoolDown } from './extract-pool.js';
import { ingest } from './ingest.js';
import { loadCapitals } from '../models/load-capitals.js';
import { loadAliases } from '../models/load-resources.js';
import { ELECTION_STORY, HARBOUR_STORY, HARBOUR_SYNDICATED, MINING_STORY, numberedArticle } from './testing/articles.js';

const stores = tempSqliteStores('dossier-extract-pool');
let folder: string;
let pool: ExtractPool;

before(async () => {
  folder = await mkdtemp(join(tmpdir(), 'dossier-extract-pool-'));
  await mkdir(join(folder, 'more'));
  // Named so that the wire copy is read after the original: it is the one linked.
  await writeFile(join(folder, 'a-harbour.txt'), HARBOUR_STORY);
  await writeFile(join(folder, 'b-mining.txt'), MINING_STORY);
  await writeFile(join(folder, 'c-election.txt'), ELECTION_STORY);
  await writeFile(join(folder, 'd-harbour-wire.txt'), HARBOUR_SYNDICATED);
  await writeFile(join(folder, 'e-empty.txt'), '');
  for (let n = 0; n < 12; n++) await writeFile(join(folder, 'more', `${String(n).padStart(2, '0')}.txt`), numberedArticle(n));
  pool = new ExtractPool(2);
});
after(async () => {
  await pool.close();
  await rm(folder, { recursive: true, force: true });
  stores.cleanUp();
});

async function snapshot(store: Store) {
  const documents = (await store.listDocuments({}, { limit: 100 })).items;
  const rows = await Promise.all(documents.map(async (d) => {
    const full = (await store.getDocument(d.id))!;
    const extraction = (await store.getExtraction(d.id))!;
    // The time of saving is the one thing that differs.
    return { path: full.path, duplicateOf: full.duplicateOf, extractor: full.extractor, extraction: JSON.parse(JSON.stringify(extraction, (key, value) => (key === 'ingestedAt' ? undefined : value))) };
  }));
  const failures = (await store.listFailures({ limit: 200 })).items.map((f) => ({ input: f.input, reason: f.reason }));
  return { rows: rows.sort((a, b) => (a.path! < b.path! ? -1 : 1)), failures };
}

test('ingest with extraction in two worker threads stores what extraction in the main thread stores', async () => {
  const resolver = (store: Store) => new CorpusResolver(store, { aliases: loadAliases(), capitals: loadCapitals() });
  const inThread = await stores.open();
  const threaded = await stores.open();
  const a = await ingest([folder], { store: inThread, extractor: loadExtractor(), resolver: resolver(inThread) });
  const b = await ingest([folder], { store: threaded, extractor: pool, resolver: resolver(threaded) });
  assert.deepEqual(b, a);
  assert.deepEqual(a, { added: 15, unchanged: 0, versions: 0, duplicates: 1, failed: 1 });
  const [left, right] = [await snapshot(inThread), await snapshot(threaded)];
  assert.deepEqual(right, left);
  const wire = right.rows.find((r) => r.path!.endsWith('d-harbour-wire.txt'))!;
  assert.ok(wire.duplicateOf, 'the wire copy is linked to the earlier original');
  assert.ok(pool.stages.length > 0 && pool.stages.includes('ner.names'), 'the threads report their stages');
  await inThread.close();
  await threaded.close();
});

test('threads start as work arrives: one article at a time needs one thread, articles at once as many as the pool allows', async () => {
  const standIn = join(folder, 'echo-worker.mjs');
  await writeFile(standIn, `import { parentPort } from 'node:worker_threads';
parentPort.postMessage({ stages: ['stand-in'] });
parentPort.on('message', ({ id, article }) => setTimeout(() => parentPort.postMessage({ id, extraction: { title: article.text } }), 20));
`);
  const threads = new ExtractPool(3, new URL(`file://${standIn}`));
  try {
    assert.equal(threads.threadsStarted, 0, 'none before the first article');
    for (const text of ['one', 'two', 'three']) assert.deepEqual(await threads.extract({ text }), { title: text });
    assert.equal(threads.threadsStarted, 1, 'one after the other: one thread');
    const texts = ['a', 'b', 'c', 'd', 'e'];
    assert.deepEqual(await Promise.all(texts.map((text) => threads.extract({ text }))), texts.map((title) => ({ title })));
    assert.equal(threads.threadsStarted, 3, 'at once: up to the pool size');
  } finally {
    await threads.close();
  }
});

test('a pool must have at least one thread', () => {
  assert.throws(() => new ExtractPool(0), /whole number >= 1/);
});

test('a thread that cannot load its models stops the run with the reason; no article is blamed', async () => {
  const broken = join(folder, 'broken-worker.mjs');
  await writeFile(broken, "throw new Error('model file missing');\n");
  const failing = new ExtractPool(1, new URL(`file://${broken}`));
  const store = await stores.open();
  try {
    await assert.rejects(ingest([join(folder, 'more')], { store, extractor: failing }), (error: Error) => {
      assert.ok(error instanceof ExtractPoolDown, `not an article's failure: ${error.message}`);
      assert.match(error.message, /model file missing/);
      return true;
    });
    assert.deepEqual((await store.listFailures({ limit: 200 })).items, [], 'nothing recorded against the articles');
  } finally {
    await failing.close();
    await store.close();
  }
});

test('a thread that dies on an article fails that article only; a new thread takes the next', async () => {
  // A stand-in thread: ready at once, dies on the text "crash", answers the rest with an empty extraction.
  const flaky = join(folder, 'flaky-worker.mjs');
  await writeFile(flaky, `import { parentPort } from 'node:worker_threads';
parentPort.postMessage({ stages: ['stand-in'] });
parentPort.on('message', ({ id, article }) => {
  if (article.text === 'crash') process.exit(3);
  parentPort.postMessage({ id, extraction: { title: article.text } });
});
`);
  const threads = new ExtractPool(1, new URL(`file://${flaky}`));
  try {
    await assert.rejects(threads.extract({ text: 'crash' }), /extraction thread stopped \(exit code 3\)/);
    assert.deepEqual(await threads.extract({ text: 'next' }), { title: 'next' });
  } finally {
    await threads.close();
  }
});
