// Searches with more hits than the facets cover: the shortcut taken without filters (ranking
// only documents at or above the index's score floor, counting in the index) must give what
// the full ranking gives. A filter every document passes forces the full ranking.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, test } from 'node:test';
import type { Extraction } from '../../extract/extraction.js';
import { tempSqliteStores } from '../testing/temp-sqlite.js';
import type { SqliteStore } from '../sqlite/sqlite-store.js';
import { FACET_HIT_LIMIT } from './search.js';

const EMPTY: Extraction = { title: null, titleSpan: null, published: null, boilerplate: [], sentences: [], entities: [], events: [], quotes: [], relations: [] };
const COUNT = FACET_HIT_LIMIT + 150;
const stores = tempSqliteStores('dossier-search-depth');
let store: SqliteStore;

before(async () => {
  store = await stores.open();
  for (let n = 0; n < COUNT; n++) {
    // Four kinds of text: equal scores within a kind (ties broken by date, then order of saving).
    const alphas = 1 + (n % 4);
    const text = `Report ${n}. ${'alpha '.repeat(alphas)}${'beta '.repeat(8 - alphas)}gamma.`;
    await store.saveDocument({
      url: null, path: `/r/${n}`, outlet: n % 3 === 0 ? 'North' : 'South', contentHash: createHash('sha256').update(text).digest('hex'),
      simhash: createHash('sha256').update(`s${n}`).digest('hex').slice(0, 16), text, title: null,
      published: `2015-${String(1 + (n % 12)).padStart(2, '0')}-${String(1 + (n % 28)).padStart(2, '0')}`,
      versionOf: null, duplicateOf: null, extractor: ['test'],
    }, EMPTY);
  }
});
after(async () => {
  await store.close();
  stores.cleanUp();
});

test('search past the facet limit: the unfiltered shortcut ranks, counts and pages like the full ranking', async () => {
  const everything = { publishedFrom: '2000' };
  for (const [query, offset] of [['alpha', 0], ['alpha', 990], ['gamma', 0], ['gamma', 1100]] as const) {
    const fast = await store.search(query, {}, { limit: 50, offset });
    const full = await store.search(query, everything, { limit: 50, offset });
    assert.equal(fast.total, COUNT, `${query}: every document matches`);
    assert.equal(full.total, COUNT);
    assert.deepEqual(fast.items.map((h) => h.document.id), full.items.map((h) => h.document.id), `${query} from ${offset}: same page`);
    assert.deepEqual(fast.facets, full.facets, `${query}: same facets`);
    assert.equal(fast.facetHits, FACET_HIT_LIMIT, 'facets cover the best hits only');
  }
  const best = (await store.search('alpha', {}, { limit: 5 })).items;
  for (const hit of best) assert.match((await store.getDocument(hit.document.id))!.text, /(alpha ){4}/, 'the documents saying alpha most often come first');
});
