// Searches with more hits than the facets cover: the shortcuts taken without filters (the best
// matches in one pass of the index; with ties across the cut, ranking only documents at or above
// its score; counting in the index), PostgreSQL's ranked (RUM) index, and the newest-first walk
// when browsing must give what the full ranking gives. In SQLite a filter every document passes
// forces the full ranking; in PostgreSQL the same store opened without its ranked index does.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import type { Extraction } from '../../extract/extraction.js';
import type { SearchFacets, Store } from '../store.js';
import { findRankedIndex } from '../postgres/pg-dialect.js';
import { PgExecutor } from '../postgres/pg-executor.js';
import { PostgresStore } from '../postgres/postgres-store.js';
import { rankedMatches } from '../postgres/ranked-matches.js';
import { reachablePostgres, tempPostgresStores } from '../testing/temp-postgres.js';
import { tempSqliteStores } from '../testing/temp-sqlite.js';
import { FACET_HIT_LIMIT } from './search.js';

const EMPTY: Extraction = { title: null, titleSpan: null, published: null, boilerplate: [], sentences: [], entities: [], events: [], quotes: [], relations: [] };
const COUNT = FACET_HIT_LIMIT + 150;
// Every tenth undated: browsing puts them last.
const published = (n: number) => n % 10 === 5 ? null : `2015-${String(1 + (n % 12)).padStart(2, '0')}-${String(1 + (n % 28)).padStart(2, '0')}`;

interface Kind {
  name: string;
  skip?: string;
  open(): Promise<Store>;
  /** The search that ranks every match: on the same store, `facets` plus a filter every document passes (`everything`). */
  fullRanking(store: Store): Promise<(query: string, everything: SearchFacets, page: { limit: number; offset: number }) => ReturnType<Store['search']>>;
  /** Whether longer documents score lower (SQLite's bm25 does; PostgreSQL's ts_rank does not). */
  lengthScored: boolean;
  cleanUp(): Promise<void> | void;
}

const sqlite = tempSqliteStores('dossier-search-depth');
const server = await reachablePostgres();
const postgres = 'url' in server ? tempPostgresStores(server.url, 'dossier_search_depth') : null;
const kinds: Kind[] = [
  {
    name: 'SQLite',
    open: () => sqlite.open(),
    fullRanking: async (store) => (query, everything, page) => store.search(query, everything, page),
    lengthScored: true,
    cleanUp: () => sqlite.cleanUp(),
  },
  {
    name: 'PostgreSQL',
    ...(postgres ? {} : { skip: `no PostgreSQL (${'error' in server ? server.error : ''})` }),
    open: () => postgres!.open(),
    fullRanking: async (store) => {
      const unranked = await PostgresStore.open((server as { url: string }).url, postgres!.schemaOf(store), { rankedIndex: false });
      opened.push(unranked);
      return (query, everything, page) => unranked.search(query, everything, page);
    },
    lengthScored: false,
    cleanUp: async () => {
      for (const store of opened) await store.close();
      await postgres?.cleanUp();
    },
  },
];
const opened: Store[] = [];

for (const kind of kinds) {
  describe(`search depth: ${kind.name}`, { skip: kind.skip }, () => {
    let store: Store;
    before(async () => {
      store = await kind.open();
      for (let n = 0; n < COUNT; n++) {
        // Four kinds of text: equal scores within a kind (ties broken by date, then order of saving).
        const alphas = 1 + (n % 4);
        const text = `Report ${n}. ${'alpha '.repeat(alphas)}${'beta '.repeat(8 - alphas)}gamma.`;
        const entities: Extraction['entities'] = [{ start: 0, end: 6, text: 'Report', type: 'ORG', id: 'report' }];
        if (n % 3 === 0) entities.push({ start: text.indexOf('gamma'), end: text.indexOf('gamma') + 5, text: 'gamma', type: 'PERSON', id: 'gamma' });
        await store.saveDocument({
          url: null, path: `/r/${n}`, outlet: n % 3 === 0 ? 'North' : 'South', contentHash: createHash('sha256').update(text).digest('hex'),
          simhash: createHash('sha256').update(`s${n}`).digest('hex').slice(0, 16), text, title: null,
          published: published(n), versionOf: null, duplicateOf: null, extractor: ['test'],
        }, { ...EMPTY, entities });
      }
    });
    after(async () => {
      await store.close();
      await kind.cleanUp();
    });

    test('search past the facet limit: the unfiltered shortcut ranks, counts and pages like the full ranking', async () => {
      const [inEvery] = (await store.listEntities({ type: 'ORG' }, { limit: 1 })).items;
      const everything = { entityIds: [inEvery!.id] }; // a filter every document passes
      const fullSearch = await kind.fullRanking(store);
      for (const [query, offset] of [['alpha', 0], ['alpha', 990], ['gamma', 0], ['gamma', 1100]] as const) {
        const fast = await store.search(query, {}, { limit: 50, offset });
        const full = await fullSearch(query, everything, { limit: 50, offset });
        assert.equal(fast.total, COUNT, `${query}: every document matches`);
        assert.equal(full.total, COUNT);
        assert.deepEqual(fast.items.map((h) => h.document.id), full.items.map((h) => h.document.id), `${query} from ${offset}: same page`);
        assert.deepEqual(fast.facets, full.facets, `${query}: same facets`);
        assert.equal(fast.facetHits, FACET_HIT_LIMIT, 'facets cover the best hits only');
        const filtered = await store.search(query, { outlet: 'North' }, { limit: 50, offset: 0 });
        const filteredFull = await fullSearch(query, { ...everything, outlet: 'North' }, { limit: 50, offset: 0 });
        assert.equal(filtered.total, filteredFull.total, `${query} in one outlet: same count`);
        assert.deepEqual(filtered.items.map((h) => h.document.id), filteredFull.items.map((h) => h.document.id), `${query} in one outlet: same page`);
      }
      const best = (await store.search('alpha', {}, { limit: 5 })).items;
      for (const hit of best) assert.match((await store.getDocument(hit.document.id))!.text, /(alpha ){4}/, 'the documents saying alpha most often come first');
    });

    test('browsing by entity, newest first: walking all documents (an entity in every one) and reading the few of a rare one agree', async () => {
      // Newest published first, undated last, then the later saved first.
      const order = (ns: number[]) => [...ns].sort((a, b) => {
        const [pa, pb] = [published(a), published(b)];
        if ((pa === null) !== (pb === null)) return pa === null ? 1 : -1;
        if (pa !== pb) return pa! < pb! ? 1 : -1;
        return b - a;
      });
      const all = Array.from({ length: COUNT }, (_, n) => n);
      const ids = async (entityType: 'ORG' | 'PERSON', offset: number) => {
        const [entity] = (await store.listEntities({ type: entityType }, { limit: 1 })).items;
        const result = await store.search('', { entityIds: [entity!.id] }, { limit: 40, offset });
        return { total: result.total, paths: await Promise.all(result.items.map(async (h) => (await store.getDocument(h.document.id))!.path)) };
      };
      for (const [type, ns] of [['ORG', all], ['PERSON', all.filter((n) => n % 3 === 0)]] as const) {
        for (const offset of [0, 480, ns.length - 30]) {
          const { total, paths } = await ids(type, offset);
          assert.equal(total, ns.length, `${type}: every document with the entity`);
          assert.deepEqual(paths, order(ns).slice(offset, offset + 40).map((n) => `/r/${n}`), `${type} from ${offset}: newest first, undated last`);
        }
      }
    });

    test('ranked index: a cut inside a group of tied scores reads on through a small group and walks a large one newest first', { skip: kind.name === 'PostgreSQL' ? false : 'PostgreSQL only' }, async (t) => {
      const db = await PgExecutor.open((server as { url: string }).url, postgres!.schemaOf(store));
      try {
        const ranked = await findRankedIndex(db);
        if (!ranked) return t.skip('the server has no RUM');
        const query = "websearch_to_tsquery('english', 'alpha')";
        const north = { sql: 'd.outlet = ?', params: ['North'] };
        // Groups of about 160 equal scores (54 in one outlet): at depth 10 or 40 the cut falls
        // inside a group longer than what is read on (walked); at 170 and 400 it is read to its end.
        for (const [depth, filter, matches] of [[10, null, COUNT], [40, null, COUNT], [170, null, COUNT], [400, null, COUNT], [10, north, 217], [100, north, 217]] as const) {
          const fast = await rankedMatches(db, ranked.extensionSchema, 'alpha', filter ?? { sql: '1 = 1', params: [] }, depth);
          const full = await db.all<{ id: string }>(
            `SELECT d.id FROM documents d WHERE d.search_vector @@ ${query} AND ${filter?.sql ?? '1 = 1'}
             ORDER BY ts_rank(d.search_vector, ${query}) DESC, (d.published IS NULL), d.published DESC, d.seq DESC LIMIT ?`,
            [...(filter?.params ?? []), depth],
          );
          const label = `depth ${depth}${filter ? ', one outlet' : ''}`;
          assert.deepEqual(fast.ranked.map((r) => r.id), full.map((r) => r.id), `${label}: the full ranking's best`);
          assert.equal(fast.total, matches, `${label}: every match counted`);
        }
      } finally {
        await db.close();
      }
    });

    test('search past the facet limit without ties at the cut: the one-pass best matches page and count like the full ranking', { skip: kind.lengthScored ? false : 'every document scores the same here' }, async () => {
      const distinct = await kind.open();
      try {
        const count = FACET_HIT_LIMIT + 100;
        for (let n = 0; n < count; n++) {
          // Longer documents score lower for "alpha": every score differs.
          const text = `Doc ${n}. alpha ${'beta '.repeat(n)}`;
          await distinct.saveDocument({
            url: null, path: `/d/${n}`, outlet: null, contentHash: createHash('sha256').update(text).digest('hex'),
            simhash: createHash('sha256').update(`d${n}`).digest('hex').slice(0, 16), text, title: null,
            published: '2015-01-01', versionOf: null, duplicateOf: null, extractor: ['test'],
          }, EMPTY);
        }
        for (const offset of [0, FACET_HIT_LIMIT - 20, count - 20]) {
          const fast = await distinct.search('alpha', {}, { limit: 20, offset });
          const full = await distinct.search('alpha', { publishedFrom: '2000' }, { limit: 20, offset });
          assert.equal(fast.total, count);
          assert.equal(full.total, count);
          assert.deepEqual(fast.items.map((h) => h.document.id), full.items.map((h) => h.document.id), `from ${offset}: same page`);
        }
        const first = (await distinct.search('alpha', {}, { limit: 3 })).items;
        assert.deepEqual(await Promise.all(first.map(async (h) => (await distinct.getDocument(h.document.id))!.path)), ['/d/0', '/d/1', '/d/2']);
      } finally {
        await distinct.close();
      }
    });
  });
}
