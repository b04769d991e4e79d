// The ingest behaviour every Store must support, run against a store factory: SQLite in
// ingest.test.ts, PostgreSQL in src/store/postgres/postgres-store.test.ts.
import assert from 'node:assert/strict';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Extractor } from '../../extract/extractor.js';
import { loadExtractor } from '../../models/load-resources.js';
import type { Store } from '../../store/store.js';
import { contentHash } from '../content-hash.js';
import { ingest, type IngestOptions } from '../ingest.js';
import { ELECTION_STORY, HARBOUR_STORY, HARBOUR_SYNDICATED, HARBOUR_UPDATED, MINING_STORY, htmlPage, numberedArticle } from './articles.js';
import { atomFeed, rssFeed, startFixtureServer, type FixtureServer } from './fixture-server.js';

export interface IngestSuiteOptions {
  /** Articles in the interrupted-run test (the bar is 1,000; a slow store may use fewer). */
  interruptedRunSize?: number;
}

export function ingestSuite(storeName: string, makeStore: () => Promise<Store>, suiteOptions: IngestSuiteOptions = {}): void {
  describe(`ingest against ${storeName}`, () => {
    let extractor: Extractor;
    let server: FixtureServer;
    let dir: string;
    const stores: Store[] = [];

    before(async () => {
      extractor = loadExtractor();
      server = await startFixtureServer();
      dir = await mkdtemp(join(tmpdir(), 'dossier-ingest-'));
    });
    after(async () => {
      await Promise.all(stores.map((s) => s.close()));
      await server.close();
      await rm(dir, { recursive: true, force: true });
    });

    async function freshStore(): Promise<Store> {
      const store = await makeStore();
      stores.push(store);
      return store;
    }
    const local = (store: Store, extra: Partial<IngestOptions> = {}): IngestOptions => ({ store, extractor, allowPrivate: true, timeoutMs: 2000, ...extra });

    test('a folder is read recursively; ingesting it again adds nothing', async () => {
      const store = await freshStore();
      const folder = join(dir, 'folder');
      await mkdir(join(folder, 'nested', 'deeper'), { recursive: true });
      await writeFile(join(folder, 'harbour.txt'), HARBOUR_STORY);
      await writeFile(join(folder, 'nested', 'mining.txt'), MINING_STORY);
      await writeFile(join(folder, 'nested', 'deeper', 'election.html'), htmlPage('Coastal province votes', ELECTION_STORY));
      await writeFile(join(folder, '.hidden.txt'), 'hidden files are skipped');

      const first = await ingest([folder], local(store));
      assert.deepEqual(first, { added: 3, unchanged: 0, versions: 0, duplicates: 0, failed: 0 });
      const harbour = await store.findDocumentByHash(contentHash(HARBOUR_STORY));
      assert.equal(harbour?.path, join(folder, 'harbour.txt'));
      assert.equal(harbour?.url, null);
      assert.equal(harbour?.title, 'Port authority reopens northern harbour after storm damage');
      assert.deepEqual(harbour?.extractor, extractor.stages);
      assert.match(harbour!.simhash, /^[0-9a-f]{16}$/);

      const second = await ingest([folder], local(store));
      assert.deepEqual(second, { added: 0, unchanged: 3, versions: 0, duplicates: 0, failed: 0 });
      assert.deepEqual((await store.listFailures({ limit: 200 })).items, []);
    });

    test('empty, binary, oversized, missing and unreachable inputs are recorded with a one-line reason, and the run goes on', async () => {
      const store = await freshStore();
      const folder = join(dir, 'bad');
      await mkdir(folder);
      await writeFile(join(folder, 'empty.txt'), '');
      await writeFile(join(folder, 'image.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
      await writeFile(join(folder, 'huge.txt'), 'word '.repeat(5000));
      await writeFile(join(folder, 'good.txt'), MINING_STORY);
      server.routes.set('/gone', { status: 404, body: 'no' });
      const missing = join(dir, 'no-such-file.txt');
      const unreachable = 'http://127.0.0.1:1/article';

      const counts = await ingest([folder, missing, unreachable, `${server.origin}/gone`], local(store, { maxBytes: 10_000 }));
      assert.equal(counts.added, 1);
      assert.equal(counts.failed, 6);

      const failures = (await store.listFailures({ limit: 200 })).items;
      const reasons = new Map(failures.map((f) => [f.input, f.reason]));
      const expected: [string, RegExp][] = [
        [join(folder, 'empty.txt'), /empty/],
        [join(folder, 'image.png'), /binary file \(PNG image\)/],
        [join(folder, 'huge.txt'), /too large \(24\.4 kB; the limit is 9\.8 kB\)/],
        [missing, /no such file/],
        [unreachable, /connection refused/],
        [`${server.origin}/gone`, /HTTP 404/],
      ];
      for (const [input, reason] of expected) {
        assert.match(reasons.get(input) ?? '(not recorded)', reason, `failure for ${input}`);
      }
      for (const failure of failures) {
        assert.doesNotMatch(failure.reason, /[\r\n]/, 'one line');
        assert.ok(!Number.isNaN(Date.parse(failure.at)), 'a time');
      }
    });

    test('a URL is fetched; a changed article at the same URL becomes a new version linked to the old', async () => {
      const store = await freshStore();
      const url = `${server.origin}/news/harbour`;
      server.routes.set('/news/harbour', { body: htmlPage('Harbour reopens', HARBOUR_STORY, 'Kestrel Times') });
      assert.deepEqual(await ingest([url], local(store)), { added: 1, unchanged: 0, versions: 0, duplicates: 0, failed: 0 });
      const first = await store.findLatestByUrl(url);
      assert.equal(first?.outlet, 'Kestrel Times');
      assert.equal(first?.title, 'Harbour reopens');
      assert.match(first!.text, /Harbour master Elena Varga said divers/);
      assert.doesNotMatch(first!.text, /Copyright Test Gazette/, 'page furniture is not article text');

      assert.deepEqual(await ingest([url], local(store)), { added: 0, unchanged: 1, versions: 0, duplicates: 0, failed: 0 });

      server.routes.set('/news/harbour', { body: htmlPage('Harbour reopens', HARBOUR_UPDATED, 'Kestrel Times') });
      assert.deepEqual(await ingest([url], local(store)), { added: 0, unchanged: 0, versions: 1, duplicates: 0, failed: 0 });
      const second = await store.findLatestByUrl(url);
      assert.notEqual(second?.id, first?.id);
      assert.equal(second?.versionOf, first?.id);
      assert.equal(second?.duplicateOf, null, 'an older version is not a syndicated copy');
      assert.match(second!.text, /third crane/);
    });

    test('syndicated copies with another header line are linked to the earliest copy; other stories are not', async () => {
      const store = await freshStore();
      const files = { original: HARBOUR_STORY, copy: HARBOUR_SYNDICATED, other: ELECTION_STORY, third: `${HARBOUR_SYNDICATED}\nDistributed by the Wire Service.\n` };
      for (const [name, text] of Object.entries(files)) await writeFile(join(dir, `dup-${name}.txt`), text);
      const paths = (...names: string[]) => names.map((n) => join(dir, `dup-${n}.txt`));

      assert.deepEqual(await ingest(paths('original', 'other'), local(store)), { added: 2, unchanged: 0, versions: 0, duplicates: 0, failed: 0 });
      assert.deepEqual(await ingest(paths('copy', 'third'), local(store)), { added: 0, unchanged: 0, versions: 0, duplicates: 2, failed: 0 });
      const original = await store.findDocumentByHash(contentHash(HARBOUR_STORY));
      for (const text of [files.copy, files.third]) {
        const copy = await store.findDocumentByHash(contentHash(text));
        assert.equal(copy?.duplicateOf, original?.id, 'linked to the earliest copy');
      }
      assert.equal((await store.findDocumentByHash(contentHash(ELECTION_STORY)))?.duplicateOf, null);
    });

    test('RSS and Atom feeds: each item link is fetched, the feed title is the outlet, known items are not fetched again', async () => {
      const store = await freshStore();
      server.routes.set('/feeds/rss.xml', {
        type: 'application/rss+xml',
        body: rssFeed('Kestrel Wire', `${server.origin}/`, [
          { title: 'Harbour', link: '/items/harbour', pubDate: 'Tue, 03 Nov 2026 08:00:00 GMT' },
          { title: 'Mining', link: `${server.origin}/items/mining` },
        ]),
      });
      server.routes.set('/feeds/atom.xml', {
        type: 'application/xml',
        body: atomFeed('Maren Observer', [{ title: 'Election', href: `${server.origin}/items/election`, updated: '2026-01-05T12:00:00Z' }]),
      });
      server.routes.set('/items/harbour', { type: 'text/plain; charset=utf-8', body: HARBOUR_STORY });
      server.routes.set('/items/mining', { body: htmlPage('Mining protest', MINING_STORY, 'Site Name Not Used') });
      server.routes.set('/items/election', { body: htmlPage('Election', ELECTION_STORY) });

      const feeds = [`${server.origin}/feeds/rss.xml`, `${server.origin}/feeds/atom.xml`];
      assert.deepEqual(await ingest(feeds, local(store)), { added: 3, unchanged: 0, versions: 0, duplicates: 0, failed: 0 });
      const harbour = await store.findLatestByUrl(`${server.origin}/items/harbour`);
      assert.equal(harbour?.outlet, 'Kestrel Wire');
      assert.equal(harbour?.text, HARBOUR_STORY);
      assert.equal((await store.findLatestByUrl(`${server.origin}/items/mining`))?.outlet, 'Kestrel Wire');
      assert.equal((await store.findLatestByUrl(`${server.origin}/items/election`))?.outlet, 'Maren Observer');

      const fetchedBefore = server.hits.get('/items/harbour');
      assert.deepEqual(await ingest(feeds, local(store)), { added: 0, unchanged: 3, versions: 0, duplicates: 0, failed: 0 });
      assert.equal(server.hits.get('/items/harbour'), fetchedBefore, 'a known item is not fetched again');
    });

    test('loopback addresses are refused unless allowed; slow and oversized responses fail', async () => {
      const store = await freshStore();
      server.routes.set('/plain', { body: htmlPage('Plain', MINING_STORY) });
      server.routes.set('/slow', { hang: true });
      server.routes.set('/huge', { type: 'text/plain', body: 'x'.repeat(50_000) });
      const localhostUrl = `${server.origin.replace('127.0.0.1', 'localhost')}/plain`;
      const counts = await ingest([`${server.origin}/plain`, localhostUrl], { store, extractor, timeoutMs: 2000 });
      assert.equal(counts.failed, 2);
      const failures = (await store.listFailures({ limit: 200 })).items;
      assert.match(failures[0]!.reason, /refused to fetch 127\.0\.0\.1: loopback address; pass --allow-private to allow/);
      assert.match(failures[1]!.reason, /refused to fetch localhost \((127\.0\.0\.1|::1)\): loopback address/);
      assert.equal(server.hits.get('/plain'), undefined, 'no request reached the server');

      const slow = await ingest([`${server.origin}/slow`, `${server.origin}/huge`], local(store, { timeoutMs: 300, maxBytes: 10_000 }));
      assert.equal(slow.failed, 2);
      const [, , timeout, huge] = (await store.listFailures({ limit: 200 })).items;
      assert.match(timeout!.reason, /timed out after 0\.3 s/);
      assert.match(huge!.reason, /too large/);
    });

    test('a run stopped by a crash and run again leaves every article stored exactly once', async () => {
      const size = suiteOptions.interruptedRunSize ?? 200;
      const store = await freshStore();
      const folder = join(dir, 'many');
      await mkdir(folder);
      const texts = Array.from({ length: size }, (_, n) => numberedArticle(n));
      await Promise.all(texts.map((text, n) => writeFile(join(folder, `${String(n).padStart(5, '0')}.txt`), text)));

      // The store "dies" part-way through: its saves fail from the 40 % mark on.
      let saves = 0;
      const crashing = withOverrides(store, {
        saveDocument: async (doc, extraction) => {
          if (++saves > size * 0.4) throw new Error('simulated crash');
          return store.saveDocument(doc, extraction);
        },
      });
      await assert.rejects(ingest([folder], local(crashing)), /simulated crash/);

      const rerun = await ingest([folder], local(store));
      assert.equal(rerun.unchanged, Math.floor(size * 0.4));
      assert.equal(rerun.added + rerun.unchanged, size);
      assert.equal(rerun.failed + rerun.duplicates + rerun.versions, 0);
      for (const text of texts) assert.ok(await store.findDocumentByHash(contentHash(text)), 'stored');
      assert.deepEqual(await ingest([folder], local(store)), { added: 0, unchanged: size, versions: 0, duplicates: 0, failed: 0 });
    });
  });
}

/** The store with some methods replaced; the others still run against the real store. */
function withOverrides(store: Store, overrides: Partial<Store>): Store {
  return new Proxy(store, {
    get(target, property) {
      if (property in overrides) return overrides[property as keyof Store];
      const value = Reflect.get(target, property);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}
