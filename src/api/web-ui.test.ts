// The built web UI as served by the app: files as they are, other paths the UI's index.html,
// nothing outside the UI folder, and unknown API paths still JSON 404s.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { createServices } from '../services/corpus-services.js';
import { tempSqliteStores } from '../store/testing/temp-sqlite.js';
import type { Store } from '../store/store.js';
import { createApp } from './app.js';

describe('web-ui.test: the UI files behind the API', () => {
  const stores = tempSqliteStores('dossier-web-ui');
  let root: string;
  let store: Store;
  let app: ReturnType<typeof createApp>;
  before(async () => {
    root = mkdtempSync(join(tmpdir(), 'dossier-web-root-'));
    mkdirSync(join(root, 'assets'));
    writeFileSync(join(root, 'index.html'), '<!doctype html><title>Dossier</title>');
    writeFileSync(join(root, 'assets', 'app.js'), 'console.log("ui")');
    writeFileSync(join(tmpdir(), 'dossier-web-ui-secret.txt'), 'secret');
    store = await stores.open();
    app = createApp(createServices(store), { webRoot: root });
  });
  after(async () => {
    await store.close();
    stores.cleanUp();
    rmSync(root, { recursive: true, force: true });
    rmSync(join(tmpdir(), 'dossier-web-ui-secret.txt'), { force: true });
  });

  test('assets as they are, UI routes as index.html with a strict content security policy', async () => {
    const asset = await app.request('/assets/app.js');
    assert.equal(asset.status, 200);
    assert.match(asset.headers.get('content-type') ?? '', /^text\/javascript/);
    assert.equal(await asset.text(), 'console.log("ui")');
    const route = await app.request('/entities/vladimir-putin');
    assert.equal(route.status, 200);
    assert.match(await route.text(), /<title>Dossier<\/title>/);
    assert.match(route.headers.get('content-security-policy') ?? '', /script-src 'self'/);
  });

  test('no file outside the UI folder, no crash on a bad encoding, API misses stay JSON', async () => {
    for (const path of ['/..%2fdossier-web-ui-secret.txt', '/assets/..%2f..%2fdossier-web-ui-secret.txt']) {
      const response = await app.request(path);
      assert.doesNotMatch(await response.text(), /secret/, path);
    }
    assert.equal((await app.request('/%E0%A4%A')).status, 400);
    const api = await app.request('/api/nothing');
    assert.equal(api.status, 404);
    assert.deepEqual(await api.json(), { error: 'no such endpoint: GET /api/nothing' });
    assert.equal((await app.request('/api/documents')).status, 200, 'web-ui.test: the API still answers');
  });
});
