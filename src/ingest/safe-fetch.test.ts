import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { fetchUrl, type FetchOptions } from './safe-fetch.js';
import { startFixtureServer, type FixtureServer } from './testing/fixture-server.js';

describe('safe-fetch', () => {
  let server: FixtureServer;
  before(async () => {
    server = await startFixtureServer();
    const port = new URL(server.origin).port;
    server.routes.set('/page', { type: 'text/html; charset=ISO-8859-1', body: 'hello' });
    server.routes.set('/hop1', { status: 301, headers: { location: '/hop2' } });
    server.routes.set('/hop2', { status: 302, headers: { location: `${server.origin}/page#top` } });
    server.routes.set('/bad-location', { status: 302, headers: { location: 'http://[not-an-address/' } });
    server.routes.set('/loop', { status: 302, headers: { location: '/loop' } });
    server.routes.set('/to-ftp', { status: 302, headers: { location: 'ftp://example.org/file' } });
    server.routes.set('/to-other-loopback', { status: 302, headers: { location: `http://127.0.0.2:${port}/page` } });
    server.routes.set('/gzip', { type: 'text/plain', headers: { 'content-encoding': 'gzip' }, body: gzipSync('a'.repeat(100_000)) });
    server.routes.set('/declared-big', { type: 'text/plain', body: 'b'.repeat(5000) });
  });
  after(() => server.close());

  const allowLocal: FetchOptions = { allowPrivate: true, maxBytes: 20_000, timeoutMs: 2000 };
  /** Refuses every address but 127.0.0.1, so a redirect can lead somewhere forbidden. */
  const onlyTheServer: FetchOptions = { ...allowLocal, allowPrivate: false, addressPolicy: (address) => (address === '127.0.0.1' ? null : 'test-forbidden') };

  test('follows redirects to the final URL (fragment dropped) and reports the media type and charset', async () => {
    const fetched = await fetchUrl(`${server.origin}/hop1`, allowLocal);
    assert.equal(fetched.url, `${server.origin}/page`);
    assert.equal(fetched.mediaType, 'text/html');
    assert.equal(fetched.charset, 'iso-8859-1');
    assert.equal(fetched.bytes.toString(), 'hello');
  });

  test('every redirect target is checked again', async () => {
    assert.equal((await fetchUrl(`${server.origin}/page`, onlyTheServer)).bytes.toString(), 'hello');
    await assert.rejects(fetchUrl(`${server.origin}/to-other-loopback`, onlyTheServer), {
      message: `${server.origin}/to-other-loopback: refused to fetch 127.0.0.2: test-forbidden address; pass --allow-private to allow`,
    });
    await assert.rejects(fetchUrl(`${server.origin}/to-ftp`, allowLocal), /unsupported URL scheme "ftp:"/);
    await assert.rejects(fetchUrl(`${server.origin}/loop`, allowLocal), /too many redirects \(more than 5\)/);
    await assert.rejects(fetchUrl(`${server.origin}/bad-location`, allowLocal), /bad-location: not a valid URL: http:\/\/\[not-an-address\//);
  });

  test('loopback and private literals are refused by default, before any connection', async () => {
    const before = server.hits.get('/page') ?? 0;
    const defaults: FetchOptions = { allowPrivate: false, maxBytes: 1000, timeoutMs: 1000 };
    await assert.rejects(fetchUrl(`${server.origin}/page`, defaults), /loopback address/);
    await assert.rejects(fetchUrl('http://[::1]:9/', defaults), /refused to fetch \[::1\] \(::1\): loopback address/);
    await assert.rejects(fetchUrl('http://10.0.0.1/', defaults), /private address/);
    await assert.rejects(fetchUrl('http://169.254.169.254/latest/meta-data/', defaults), /link-local address/);
    assert.equal(server.hits.get('/page') ?? 0, before);
  });

  test('compressed bodies are decoded and the size limit applies to the decoded size', async () => {
    await assert.rejects(fetchUrl(`${server.origin}/gzip`, allowLocal), /too large \(over the limit of 19\.5 kB\)/);
    assert.equal((await fetchUrl(`${server.origin}/gzip`, { ...allowLocal, maxBytes: 200_000 })).bytes.length, 100_000);
    await assert.rejects(fetchUrl(`${server.origin}/declared-big`, { ...allowLocal, maxBytes: 1000 }), /too large \(4\.9 kB; the limit is 1000 bytes\)/);
  });

  test('not a URL, and hosts that do not resolve', async () => {
    await assert.rejects(fetchUrl('http://', allowLocal), /not a valid URL/);
    await assert.rejects(fetchUrl('http://no-such-host.invalid/', allowLocal), /host not found: no-such-host\.invalid/);
  });
});
