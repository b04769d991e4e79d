// `dossier ingest` and `dossier failures` run in-process against real SQLite files.
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { after, before, describe, test } from 'node:test';
import { Command } from 'commander';
import { ELECTION_STORY, HARBOUR_STORY, MINING_STORY, htmlPage } from '../ingest/testing/articles.js';
import { rssFeed, startFixtureServer, type FixtureServer } from '../ingest/testing/fixture-server.js';
import { openStore } from '../store/open.js';
import { registerIngest } from './commands/ingest.js';
import { storeLocation } from './store-location.js';

class Capture extends Writable {
  text = '';
  isTTY = false;
  override _write(chunk: Buffer, _encoding: string, callback: () => void): void {
    this.text += chunk.toString();
    callback();
  }
}

let storeDir = '';
let stores = 0;

/** A fresh SQLite file; the command opens (and closes) it by the name given to --db. */
function newStore(): string {
  return join(storeDir, `store-${++stores}.db`);
}

async function documentsIn(path: string) {
  const store = await openStore(path);
  try {
    return (await store.listDocuments({}, { limit: 100 })).items;
  } finally {
    await store.close();
  }
}

function cli(path: string) {
  const stdout = new Capture();
  const stderr = new Capture();
  const opened: string[] = [];
  const program = new Command().exitOverride();
  registerIngest(program, async (location) => {
    opened.push(location);
    return openStore(path);
  }, { stdout, stderr });
  return { run: (...args: string[]) => program.parseAsync(['node', 'dossier', ...args]), stdout, stderr, opened };
}

describe('ingest.test: the ingest and failures commands', () => {
  let dir: string;
  let server: FixtureServer;
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'dossier-ingest-cli-'));
    storeDir = await mkdtemp(join(tmpdir(), 'dossier-ingest-cli-stores-'));
    server = await startFixtureServer();
  });
  after(async () => {
    await server.close();
    await rm(dir, { recursive: true, force: true });
    await rm(storeDir, { recursive: true, force: true });
  });

  test('plain lines per input and a summary when not on a terminal; failures listed by `dossier failures`', async () => {
    await writeFile(join(dir, 'harbour.txt'), HARBOUR_STORY);
    await writeFile(join(dir, 'empty.txt'), '');
    const store = newStore();
    const { run, stdout, opened } = cli(store);
    try {
      await run('ingest', '--db', 'test.db', dir);
      assert.equal(process.exitCode, 1, 'ingest.test: a failed input gives a non-zero exit');
    } finally {
      process.exitCode = undefined;
    }
    assert.deepEqual(opened, ['test.db']);
    assert.deepEqual(stdout.text.trim().split('\n'), [
      `failed    ${join(dir, 'empty.txt')}: empty file`,
      `added     ${join(dir, 'harbour.txt')}`,
      'ingest: 1 added, 0 unchanged, 0 new versions, 0 duplicates, 1 failed (see `dossier failures`)',
    ]);

    const listing = cli(store);
    await listing.run('failures', '--db', 'test.db');
    assert.match(listing.stdout.text, new RegExp(`^\\d{4}-\\d\\d-\\d\\dT[\\d:.]+Z  ${join(dir, 'empty.txt').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: empty file\n$`));
    const json = cli(store);
    await json.run('failures', '--json');
    assert.deepEqual(Object.keys(JSON.parse(json.stdout.text)), ['input', 'reason', 'at']);
  });

  test('`dossier failures` lists every failure, however many, oldest first', async () => {
    const path = newStore();
    const store = await openStore(path);
    try {
      for (let i = 0; i < 450; i++) await store.recordFailure({ input: `input-${i}`, reason: 'test', at: new Date(Date.UTC(2026, 0, 1, 0, 0, i)).toISOString() });
    } finally {
      await store.close();
    }
    const json = cli(path);
    await json.run('failures', '--json');
    const inputs = json.stdout.text.trim().split('\n').map((line) => (JSON.parse(line) as { input: string }).input);
    assert.deepEqual(inputs, Array.from({ length: 450 }, (_, i) => `input-${i}`));
  });

  test('--allow-private is needed for a local server; --max-bytes and --timeout are passed on', async () => {
    server.routes.set('/story', { body: htmlPage('Mining', MINING_STORY) });
    const store = newStore();
    const refused = cli(store);
    try {
      await refused.run('ingest', `${server.origin}/story`);
    } finally {
      process.exitCode = undefined;
    }
    assert.match(refused.stdout.text, /failed .*: refused to fetch 127\.0\.0\.1: loopback address; pass --allow-private to allow/);
    const allowed = cli(store);
    await allowed.run('ingest', '--allow-private', '--max-bytes', '100kB', '--timeout', '2', `${server.origin}/story`);
    assert.match(allowed.stdout.text, /ingest: 1 added/);
    const tooSmall = cli(newStore());
    try {
      await tooSmall.run('ingest', '--allow-private', '--max-bytes', '100', `${server.origin}/story`);
    } finally {
      process.exitCode = undefined;
    }
    assert.match(tooSmall.stdout.text, /too large/);
  });

  test('--watch polls a feed again, reports new items only, and stops on SIGINT', async () => {
    const item = (n: number) => ({ title: `Item ${n}`, link: `${server.origin}/watch/${n}` });
    server.routes.set('/watch/1', { type: 'text/plain', body: HARBOUR_STORY });
    server.routes.set('/watch/2', { type: 'text/plain', body: ELECTION_STORY });
    server.routes.set('/watch.xml', { type: 'application/rss+xml', body: rssFeed('Watch Wire', `${server.origin}/`, [item(1)]) });
    const store = newStore();
    const { run, stdout } = cli(store);
    const running = run('ingest', '--allow-private', '--watch', '--interval', '0.05', `${server.origin}/watch.xml`);
    await until(() => /1 added/.test(stdout.text));
    server.routes.set('/watch.xml', { type: 'application/rss+xml', body: rssFeed('Watch Wire', `${server.origin}/`, [item(1), item(2)]) });
    await until(() => stdout.text.split('\n').filter((l) => /ingest: 1 added/.test(l)).length === 2);
    process.emit('SIGINT');
    await running;
    const documents = await documentsIn(store);
    assert.equal(documents.length, 2);
    assert.ok(documents.every((d) => d.outlet === 'Watch Wire'));
    assert.doesNotMatch(stdout.text, /^unchanged/m, 'ingest.test: polls do not repeat unchanged items');
  });

  test('the store location: --db, else DOSSIER_DATABASE_URL, else ./dossier.db', () => {
    assert.equal(storeLocation('x.db', { DOSSIER_DATABASE_URL: 'postgres://h/db' }), 'x.db');
    assert.equal(storeLocation(undefined, { DOSSIER_DATABASE_URL: 'postgres://h/db' }), 'postgres://h/db');
    assert.equal(storeLocation(undefined, {}), './dossier.db');
  });
});

async function until(condition: () => boolean, timeoutMs = 5000): Promise<void> {
  const start = Date.now();
  while (!condition()) {
    if (Date.now() - start > timeoutMs) throw new Error('ingest.test: timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
