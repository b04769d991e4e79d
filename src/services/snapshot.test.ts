// The snapshot cache: kept while the store is unchanged, read again after a change made by
// another process (straight to the store, not through the services), shared by concurrent callers.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { airstrikeArticle, bombingArticle } from '../store/conformance-documents.js';
import { tempSqliteStores } from '../store/testing/temp-sqlite.js';
import { SnapshotCache } from './snapshot.js';

test('snapshot.test: an unchanged store keeps its snapshot; a change elsewhere is read again', async () => {
  const stores = tempSqliteStores('snapshot-test');
  const store = await stores.open();
  try {
    const first = airstrikeArticle();
    await store.saveDocument(first.document, first.extraction);
    const cache = new SnapshotCache(store, 0); // looked at again on every call
    const [one, two] = await Promise.all([cache.get(), cache.get()]);
    assert.equal(one, two, 'concurrent callers share one read');
    assert.equal(await cache.get(), one, 'nothing changed: the same snapshot');

    const second = bombingArticle();
    await store.saveDocument(second.document, second.extraction);
    const after = await cache.get();
    assert.notEqual(after, one, 'a document saved by another writer: read again');
    assert.equal(after.extractions.length, 2);
    assert.equal(one.extractions.length, 1);

    cache.invalidate();
    assert.notEqual(await cache.get(), after, 'invalidated: read again even though nothing changed');
  } finally {
    await store.close();
    stores.cleanUp();
  }
});
