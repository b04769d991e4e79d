// `dossier serve` really listens: the API over a seeded SQLite file on a free port.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { EntityProfile } from '../api/dto.js';
import { seedCorpus, type TempCorpus } from '../api/testing/corpus-fixture.js';
import { startServing } from './commands/serve.js';

describe('serve.test: the server over a seeded store', () => {
  let corpus: TempCorpus;
  before(async () => {
    corpus = await seedCorpus();
  });
  after(() => corpus.cleanUp());

  test('answers the API and the OpenAPI document on the port it picked, then stops', async () => {
    const serving = await startServing({ db: corpus.path, port: 0, host: '127.0.0.1', webRoot: null });
    try {
      assert.ok(serving.port > 0);
      const base = `http://127.0.0.1:${serving.port}`;
      const profile = (await (await fetch(`${base}/api/entities/Putin`)).json()) as EntityProfile;
      assert.equal(profile.id, 'vladimir-putin');
      const openapi = (await (await fetch(`${base}/openapi.json`)).json()) as { openapi: string };
      assert.equal(openapi.openapi, '3.0.3');
      assert.equal((await fetch(`${base}/`)).status, 404, 'serve.test: without a built UI only the API answers');
    } finally {
      await serving.stop();
    }
    await assert.rejects(fetch(`http://127.0.0.1:${serving.port}/api/documents`), 'serve.test: stopped means closed');
  });

  test('reads the corpus for the views in the background when asked, answering meanwhile', async () => {
    const serving = await startServing({ db: corpus.path, port: 0, host: '127.0.0.1', webRoot: null, prepareViews: true });
    try {
      const base = `http://127.0.0.1:${serving.port}`;
      assert.equal((await fetch(`${base}/api/documents`)).status, 200);
      const ready = await serving.viewsReady!;
      const documents = ((await (await fetch(`${base}/api/documents`)).json()) as { total: number }).total;
      assert.equal(ready.documents, documents);
      assert.equal((await fetch(`${base}/api/map`)).status, 200);
    } finally {
      await serving.stop();
    }
    const lazy = await startServing({ db: corpus.path, port: 0, host: '127.0.0.1', webRoot: null });
    assert.equal(lazy.viewsReady, null);
    await lazy.stop();
  });

  test('a port in use is an error, not a hang', async () => {
    const first = await startServing({ db: corpus.path, port: 0, host: '127.0.0.1', webRoot: null });
    try {
      await assert.rejects(startServing({ db: corpus.path, port: first.port, host: '127.0.0.1', webRoot: null }), /EADDRINUSE/);
    } finally {
      await first.stop();
    }
  });
});
