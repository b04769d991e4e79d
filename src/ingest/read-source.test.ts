import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fetchSource, hostOutlet, readLocalSource } from './read-source.js';
import { HARBOUR_STORY, htmlPage } from './testing/articles.js';
import { rssFeed, startFixtureServer, type FixtureServer } from './testing/fixture-server.js';

describe('read-source', () => {
  let server: FixtureServer;
  let dir: string;
  const options = { allowPrivate: true, maxBytes: 100_000, timeoutMs: 2000 };
  before(async () => {
    server = await startFixtureServer();
    dir = await mkdtemp(join(tmpdir(), 'dossier-read-source-'));
  });
  after(async () => {
    await server.close();
    await rm(dir, { recursive: true, force: true });
  });

  test('a page in a declared non-UTF-8 charset is decoded', async () => {
    server.routes.set('/latin1', { type: 'text/plain; charset=ISO-8859-1', body: Buffer.from('Café talks in München resumed on Monday.\n', 'latin1') });
    const content = await fetchSource(`${server.origin}/latin1`, options, null);
    assert.equal(content.kind, 'article');
    if (content.kind === 'article') {
      assert.equal(content.document.text, 'Café talks in München resumed on Monday.\n');
      assert.deepEqual(content.source, { url: `${server.origin}/latin1`, path: null, outlet: '127.0.0.1' });
    }
  });

  test('images and PDFs are refused by media type; HTML gives the outlet from its meta; feed dates fill in', async () => {
    server.routes.set('/photo', { type: 'image/jpeg', body: 'not really' });
    await assert.rejects(fetchSource(`${server.origin}/photo`, options, null), /unsupported content type image\/jpeg/);
    server.routes.set('/page', { body: htmlPage('Harbour', HARBOUR_STORY, 'Kestrel Times') });
    const page = await fetchSource(`${server.origin}/page`, options, { outlet: null, published: '2026-11-03' });
    assert.equal(page.kind === 'article' && page.source.outlet, 'Kestrel Times');
    assert.equal(page.kind === 'article' && page.document.meta.published, '2026-11-03');
  });

  test('a local file holding a feed is read as a feed; a text file as an article', async () => {
    const feedPath = join(dir, 'wire.xml');
    await writeFile(feedPath, rssFeed('Kestrel Wire', 'https://kestrel.example/', [{ title: 'One', link: 'https://kestrel.example/one' }]));
    const feed = await readLocalSource(feedPath, 100_000);
    assert.equal(feed.kind, 'feed');
    assert.equal(feed.kind === 'feed' && feed.outlet, 'Kestrel Wire');
    const textPath = join(dir, 'story.txt');
    await writeFile(textPath, HARBOUR_STORY);
    const article = await readLocalSource(textPath, 100_000);
    assert.deepEqual(article.kind === 'article' && article.source, { url: null, path: textPath, outlet: null });
  });

  test('hostOutlet drops www.', () => {
    assert.equal(hostOutlet('https://www.example.org/a/b'), 'example.org');
    assert.equal(hostOutlet('http://news.example.org:8080/'), 'news.example.org');
  });
});
