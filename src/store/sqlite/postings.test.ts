// SQLite migrations 3 to 6: the impact-ordered postings (and the facet rows) for documents stored before it, then kept as
// documents are inserted (many at a time: pending-postings.ts) and deleted (Dossier never updates
// a document's text).
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { ENTITY_SUMMARIES, SQLITE_FULL_TEXT } from '../../ingest/testing/store-consistency.js';
import { checkCountFill } from '../testing/count-fill.js';
import { failedChecks, insertRawDocument, insertRawEntity } from '../testing/raw-documents.js';
import { migrate } from '../sql/migration.js';
import { SQLITE_MIGRATIONS } from './migrations.js';
import { flushPending, MOST_PENDING } from './pending-postings.js';
import { QueryTokenizer } from './query-words.js';
import { SqliteExecutor } from './sqlite-executor.js';
import { SqliteStore } from './sqlite-store.js';

const directory = mkdtempSync(join(tmpdir(), 'dossier-postings-'));
after(() => rmSync(directory, { recursive: true, force: true }));

test('migration 3: postings for the documents already stored, then kept with every insert and delete', async () => {
  const path = join(directory, 'upgraded.db');
  const raw = SqliteExecutor.open(path);
  const insert = (n: number, title: string | null, text: string) => insertRawDocument(raw, n, title, text);
  // The crash checks' queries: postings equal each document's words, per-word counts agree.
  const drift = () => failedChecks(raw, SQLITE_FULL_TEXT);
  try {
    await migrate(raw, SQLITE_MIGRATIONS.slice(0, 2));
    await insert(1, 'Raqqa strike', 'Coalition aircraft struck Raqqa. The strike hit a depot in Raqqa.');
    await insert(2, null, 'Officials in Raqqa said little about the refugees.');
    await insertRawEntity(raw, 2, 'raqqa');
    const upgrades: number[] = [];
    const store = await SqliteStore.open(path, { onUpgrade: (migration) => upgrades.push(migration.version) });
    try {
      assert.deepEqual(upgrades, SQLITE_MIGRATIONS.slice(2).map((m) => m.version));
      assert.deepEqual(await drift(), [], 'documents stored before the migration have their postings and counts');
      assert.deepEqual(await failedChecks(raw, ENTITY_SUMMARIES), [], 'and their facet rows and entities\' document numbers (migrations 4 and 5)');
      assert.deepEqual((await store.search('', { entityIds: ['raqqa'] }, {})).items.map((h) => h.document.id), ['doc-2']);
      assert.deepEqual((await store.entityListPage('raqqa', 'documents', {})).items.map((d) => d.id), ['doc-2'], 'its profile lists (migration 6)');
      assert.deepEqual((await store.search('', {}, {})).facets.month, [{ value: '2015-06', count: 2 }]);
      const [title] = await raw.all<{ impact: number }>("SELECT impact FROM search_postings WHERE lexeme = 'raqqa' ORDER BY impact DESC");
      assert.ok(title!.impact > 0);
      assert.deepEqual((await store.search('Raqqa', {}, {})).items.map((h) => h.document.id), ['doc-1', 'doc-2'], 'in the title and twice in the text weighs more');
      assert.deepEqual((await store.search('refugee', {}, {})).items.map((h) => h.document.id), ['doc-2'], 'query words are stemmed as the index stems them');
      await insert(3, null, 'Palmyra was retaken.');
      await insert(4, null, 'Deleted before its words were added.');
      await raw.run("DELETE FROM documents WHERE id IN ('doc-1', 'doc-4')");
      assert.deepEqual(await raw.all('SELECT seq FROM search_pending'), [{ seq: 3 }], 'saved documents wait for their postings');
      assert.deepEqual(await drift(), [], 'postings and documents per word follow inserts and deletes (waiting or not)');
      assert.deepEqual((await store.search('Raqqa', {}, {})).items.map((h) => h.document.id), ['doc-2']);
      assert.deepEqual((await store.search('Palmyra', {}, {})).items.map((h) => h.document.id), ['doc-3']);
      const [left] = await raw.all<{ n: number }>('SELECT count(DISTINCT seq) AS n FROM search_postings');
      assert.equal(left!.n, 1, 'the deleted document has no postings left, the waiting one none yet');
      assert.deepEqual(await raw.all('SELECT seq FROM search_pending'), [{ seq: 3 }], 'a search leaves the queue as it is');
      await raw.transaction(flushPending);
      assert.deepEqual(await drift(), []);
      assert.deepEqual((await store.search('Palmyra', {}, {})).items.map((h) => h.document.id), ['doc-3']);
    } finally {
      await store.close();
    }
  } finally {
    await raw.close();
  }
});

test('migration 6: the list counts it fills for stored documents are those a save writes', async () => {
  const path = join(directory, 'counts.db');
  const store = await SqliteStore.open(path);
  const raw = SqliteExecutor.open(path);
  try {
    await checkCountFill(store, raw);
  } finally {
    await raw.close();
    await store.close();
  }
});

test('query words: split and stemmed by the index\'s tokenizer; OR and phrases noticed', () => {
  const tokenizer = new QueryTokenizer('porter unicode61');
  try {
    assert.deepEqual(tokenizer.words('"Refugees" "Islamic State" "refugee"'), { lexemes: ['refuge', 'islam', 'state'], plain: true, phrase: true });
    assert.deepEqual(tokenizer.words('"killed" OR "Éire"'), { lexemes: ['kill', 'eir'], plain: false, phrase: false });
  } finally {
    tokenizer.close();
  }
});

test('saved documents wait for their postings until enough are waiting; a search weighs the waiting ones as the postings will', async () => {
  const store = await SqliteStore.open(join(directory, 'pending.db'));
  const raw = SqliteExecutor.open(join(directory, 'pending.db'));
  const EMPTY = { title: null, titleSpan: null, published: null, boilerplate: [], sentences: [], entities: [], events: [], quotes: [], relations: [] };
  const opened: SqliteStore[] = [];
  const pending = async () => (await raw.all<{ n: number }>('SELECT count(*) AS n FROM search_pending'))[0]!.n;
  try {
    for (let n = 0; n < MOST_PENDING + 5; n++) {
      // Scores vary with the counts and lengths, so the waiting documents rank among the others.
      const text = `Report ${n} from Mosul. ${'Mosul '.repeat(n % 4)}${'more words '.repeat(n % 9)}${n % 2 ? 'Raqqa too.' : ''}`;
      await store.saveDocument({
        url: null, path: `/p/${n}`, outlet: n % 3 ? 'North' : 'South', contentHash: `hash-${n}`, simhash: '0000000000000000', text,
        title: n % 5 ? null : 'Mosul', published: `2015-0${1 + (n % 9)}-01`, versionOf: null, duplicateOf: null, extractor: ['test'],
      }, EMPTY);
    }
    assert.equal(await pending(), 5, 'added at the save that filled the queue');
    const [added] = await raw.all<{ n: number }>("SELECT documents AS n FROM search_words WHERE lexeme = 'mosul'");
    assert.equal(added!.n, MOST_PENDING);
    const searches = [['Mosul', {}], ['Mosul Raqqa', {}], ['"from Mosul"', {}], ['Mosul OR Raqqa', {}], ['Mosul', { outlet: 'North' }]] as const;
    const full = await SqliteStore.open(join(directory, 'pending.db'), { walkPostings: false });
    opened.push(full);
    const ranked = async (on: SqliteStore) => Promise.all(searches.map(async ([query, facets]) => {
      const result = await on.search(query, facets, { limit: 50 });
      return { total: result.total, hits: result.items.map((h) => [h.document.id, h.score]) };
    }));
    const waiting = await ranked(store);
    assert.equal(waiting[0]!.total, MOST_PENDING + 5, 'a search sees every saved document');
    assert.equal(await pending(), 5, 'and leaves the queue as it is');
    assert.deepEqual(waiting, await ranked(full), 'the walk and scoring every match agree with documents waiting');
    // Weighed as the postings will weigh them (the idf changes once they are counted).
    const queued = await raw.all<{ seq: number; title: string | null; text: string }>('SELECT seq, title, text FROM documents WHERE seq IN (SELECT seq FROM search_pending)');
    const tokenizer = new QueryTokenizer('porter unicode61');
    const weighed = tokenizer.weights(queued, ['mosul', 'raqqa', 'report']);
    tokenizer.close();
    await raw.transaction(flushPending);
    assert.equal(await pending(), 0);
    const stored = await raw.all<{ seq: number; lexeme: string; impact: number }>(
      "SELECT seq, lexeme, impact FROM search_postings WHERE lexeme IN ('mosul', 'raqqa', 'report') AND seq >= ? ORDER BY seq, lexeme", [queued[0]!.seq],
    );
    assert.deepEqual(stored, [...weighed].flatMap(([seq, words]) => [...words].map(([lexeme, impact]) => ({ seq, lexeme, impact }))).sort((a, b) => a.seq - b.seq || (a.lexeme < b.lexeme ? -1 : 1)));
  } finally {
    await raw.close();
    await store.close();
    for (const other of opened) await other.close();
  }
});
