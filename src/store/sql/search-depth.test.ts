// Searches with more hits than the facets cover: each store's walk down the impact-ordered
// postings against the same store opened with `walkPostings: false` (every match scored), and the
// newest-first walk when browsing, which must give what the full ranking gives.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import type { Extraction } from '../../extract/extraction.js';
import type { SearchFacets, Store } from '../store.js';
import type { SearchFilter } from './dialect.js';
import { PgExecutor } from '../postgres/pg-executor.js';
import { PostgresStore } from '../postgres/postgres-store.js';
import { rankedMatches as pgRankedMatches, type RankingOptions } from '../postgres/ranked-matches.js';
import { toFts5Query } from '../sqlite/fts-query.js';
import { QueryTokenizer } from '../sqlite/query-words.js';
import { rankedMatches as sqliteRankedMatches } from '../sqlite/ranked-matches.js';
import { SqliteExecutor } from '../sqlite/sqlite-executor.js';
import { SqliteStore } from '../sqlite/sqlite-store.js';
import { reachablePostgres, tempPostgresStores } from '../testing/temp-postgres.js';
import { tempSqliteStores } from '../testing/temp-sqlite.js';
import { FACET_HIT_LIMIT, searchFilter } from './search.js';
import { pgDialect } from '../postgres/pg-dialect.js';
import { sqliteDialect } from '../sqlite/sqlite-dialect.js';

const EMPTY: Extraction = { title: null, titleSpan: null, published: null, boilerplate: [], sentences: [], entities: [], events: [], quotes: [], relations: [] };
const COUNT = FACET_HIT_LIMIT + 150;
// Every tenth undated: browsing puts them last.
const published = (n: number) => n % 10 === 5 ? null : `2015-${String(1 + (n % 12)).padStart(2, '0')}-${String(1 + (n % 28)).padStart(2, '0')}`;

type Ranking = Awaited<ReturnType<typeof pgRankedMatches>>;

interface Kind {
  name: string;
  skip?: string;
  open(): Promise<Store>;
  /** The same store opened again, ranking by scoring every match. */
  fullRanking(store: Store): Promise<Store>;
  /** The dialect's ranking called on the store's database directly. */
  ranking(store: Store): Promise<{
    rank: (query: string, filter: SearchFilter, depth: number, options: RankingOptions) => Promise<Ranking>;
    /** Facets as search passes them to the ranking. */
    filterOf: (facets: SearchFacets) => SearchFilter;
    close: () => Promise<void>;
  }>;
  cleanUp(): Promise<void> | void;
}

const sqlite = tempSqliteStores('dossier-search-depth');
const server = await reachablePostgres();
const postgres = 'url' in server ? tempPostgresStores(server.url, 'dossier_search_depth') : null;
const opened: Store[] = [];
const kinds: Kind[] = [
  {
    name: 'SQLite',
    open: () => sqlite.open(),
    fullRanking: async (store) => {
      const unranked = await SqliteStore.open(sqlite.pathOf(store as SqliteStore), { walkPostings: false });
      opened.push(unranked);
      return unranked;
    },
    ranking: async (store) => {
      const db = SqliteExecutor.open(sqlite.pathOf(store as SqliteStore));
      const tokenizer = new QueryTokenizer('porter unicode61');
      return {
        rank: async (query, filter, depth, options) => sqliteRankedMatches(db, toFts5Query(query)!, tokenizer, filter, depth, options),
        filterOf: (facets) => searchFilter(db, sqliteDialect(), facets),
        close: async () => {
          tokenizer.close();
          await db.close();
        },
      };
    },
    cleanUp: async () => {
      for (const store of opened.splice(0)) await store.close();
      sqlite.cleanUp();
    },
  },
  {
    name: 'PostgreSQL',
    ...(postgres ? {} : { skip: `no PostgreSQL (${'error' in server ? server.error : ''})` }),
    open: () => postgres!.open(),
    fullRanking: async (store) => {
      const unranked = await PostgresStore.open((server as { url: string }).url, postgres!.schemaOf(store), { walkPostings: false });
      opened.push(unranked);
      return unranked;
    },
    ranking: async (store) => {
      const db = await PgExecutor.open((server as { url: string }).url, postgres!.schemaOf(store));
      return {
        rank: (query, filter, depth, options) => pgRankedMatches(db, query, filter, depth, options),
        filterOf: (facets) => searchFilter(db, pgDialect(), facets),
        close: () => db.close(),
      };
    },
    cleanUp: async () => {
      for (const store of opened.splice(0)) await store.close();
      await postgres?.cleanUp();
    },
  },
];

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

    test('search past the facet limit: the walk ranks, counts and pages like the full ranking', async () => {
      const full = await kind.fullRanking(store);
      for (const [query, offset] of [['alpha', 0], ['alpha', 990], ['gamma', 0], ['gamma', 1100]] as const) {
        const fast = await store.search(query, {}, { limit: 50, offset });
        const fullPage = await full.search(query, {}, { limit: 50, offset });
        assert.equal(fast.total, COUNT, `${query}: every document matches`);
        assert.equal(fullPage.total, COUNT);
        assert.deepEqual(fast.items.map((h) => h.document.id), fullPage.items.map((h) => h.document.id), `${query} from ${offset}: same page`);
        assert.deepEqual(fast.facets, fullPage.facets, `${query}: same facets`);
        assert.equal(fast.facetHits, FACET_HIT_LIMIT, 'facets cover the best hits only');
        const filtered = await store.search(query, { outlet: 'North' }, { limit: 50, offset: 0 });
        const filteredFull = await full.search(query, { outlet: 'North' }, { limit: 50, offset: 0 });
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

    test('postings walk: words, phrases, OR, -word and filters rank and count as scoring every match does, and the walk stops early', async () => {
      const varied = await kind.open();
      const { rank, close } = await kind.ranking(varied);
      try {
        for (let n = 0; n < 600; n++) {
          // Lengths and counts vary, so scores both differ and tie (the same two counts recur).
          const text = `Doc ${n}. alpha ${'beta '.repeat(n % 50)}delta ${'gamma '.repeat(n % 7)}alpha beta.`;
          await varied.saveDocument({
            url: null, path: `/v/${n}`, outlet: n % 3 ? 'North' : 'South', contentHash: createHash('sha256').update(text).digest('hex'),
            simhash: createHash('sha256').update(`v${n}`).digest('hex').slice(0, 16), text, title: n % 11 ? null : 'Gamma news',
            published: published(n), versionOf: null, duplicateOf: null, extractor: ['test'],
          }, EMPTY);
        }
        const always = { sql: '1 = 1', params: [] };
        const noEntity = async () => null;
        const everything = { matches: always, candidates: always, driving: always, filtered: false, entity: noEntity };
        const inSouth = { sql: 'd.outlet = ?', params: ['South'] };
        const south = { matches: inSouth, candidates: inSouth, driving: inSouth, filtered: true, entity: noEntity };
        // The same filter as if an entity facet picked its documents, few of them: ranked and
        // counted from them.
        const fewSouth = { ...south, entity: async () => ({ documents: 1, few: true }) };
        // … and not few enough for that, but fewer than have any word: walked, counted from them.
        const entitySouth = { ...south, entity: async () => ({ documents: 1, few: false }) };
        const hows = new Set<string>();
        // SQLite has no -word (it reads "alpha gamma"); OR in capitals for both.
        for (const query of ['alpha', 'gamma', 'alpha delta', 'beta gamma', '"alpha beta"', '"delta gamma"', 'alpha -gamma', 'gamma OR delta']) {
          for (const filter of [everything, south, fewSouth, entitySouth]) {
            for (const depth of [5, 60, 400]) {
              // Read 16 at a time at first, so the lists (600 long at most) are walked in steps.
              const fast = await rank(query, filter, depth, { walk: true, firstRead: 16 });
              const full = await rank(query, filter, depth, { walk: false });
              const label = `${query}, depth ${depth}, filter ${[everything, south, fewSouth, entitySouth].indexOf(filter)}`;
              assert.equal(full.how, 'scored every match');
              assert.deepEqual(fast.ranked, full.ranked, `${label}: the same best, the same scores`);
              assert.equal(await fast.total, await full.total, `${label}: every match counted`);
              hows.add(fast.how);
            }
          }
        }
        assert.deepEqual([...hows].sort(), ['scored every match', 'walked all', 'walked part'], 'each way of ranking was taken');
        const [first] = (await rank('gamma', everything, 1, { walk: true })).ranked;
        assert.match((await varied.getDocument(first!.id))!.title ?? '', /Gamma/, 'a word in the title weighs most');
      } finally {
        await close();
        await varied.close();
      }
    });

    test('an entity facet: the walk ranks and counts as scoring every match does, by each way of counting', async () => {
      const named = await kind.open();
      const { rank, filterOf, close } = await kind.ranking(named);
      try {
        for (let n = 0; n < 400; n++) {
          // "alpha" everywhere; "gamma" in fewer documents than name Raqqa (so the count reads the
          // word's matches), "alpha" in more (so it reads the entity's documents).
          const text = `Raqqa ${n}. alpha ${'beta '.repeat(n % 40)}${n % 7 ? 'gamma' : ''}`;
          const entities = n % 13 ? [{ start: 0, end: 5, text: 'Raqqa', type: 'GPE' as const, id: 'raqqa' }] : [];
          await named.saveDocument({
            url: null, path: `/e/${n}`, outlet: n % 2 ? 'North' : 'South', contentHash: createHash('sha256').update(text).digest('hex'),
            simhash: createHash('sha256').update(`e${n}`).digest('hex').slice(0, 16), text, title: null,
            published: published(n), versionOf: null, duplicateOf: null, extractor: ['test'],
          }, { ...EMPTY, entities });
        }
        const hows = new Set<string>();
        for (const facets of [{ entityIds: ['raqqa'] }, { entityIds: ['raqqa'], outlet: 'North' }]) {
          for (const query of ['alpha', 'gamma', 'alpha gamma', '"alpha beta"']) {
            for (const depth of [20, 200]) {
              // Walked rather than the entity's documents scored (it is in most of these few), 16
              // postings at a time at first, so the walk stops before the lists' ends and counts.
              const filter = filterOf(facets);
              const walked = { ...filter, entity: async () => ({ ...(await filter.entity())!, few: false }) };
              const fast = await rank(query, walked, depth, { walk: true, firstRead: 16 });
              const full = await rank(query, filterOf(facets), depth, { walk: false });
              const label = `${query} in ${JSON.stringify(facets)}, depth ${depth}`;
              assert.deepEqual(fast.ranked, full.ranked, `${label}: the same best, the same scores`);
              assert.equal(await fast.total, await full.total, `${label}: every match counted`);
              hows.add(fast.how);
            }
          }
        }
        assert.ok(hows.has('walked part'), 'the walk stopped early, so totals were counted');
      } finally {
        await close();
        await named.close();
      }
    });

    test('search past the facet limit without ties at the cut: the walk pages and counts like the full ranking', async () => {
      const distinct = await kind.open();
      const fullRanking = await kind.fullRanking(distinct);
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
          const full = await fullRanking.search('alpha', {}, { limit: 20, offset });
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
