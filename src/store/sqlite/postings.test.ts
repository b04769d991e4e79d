// SQLite migration 3: the impact-ordered postings for documents stored before it, then kept as
// documents are inserted (many at a time: pending-postings.ts) and deleted (Dossier never updates
// a document's text).
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { SQLITE_FULL_TEXT } from '../../ingest/testing/store-consistency.js';
import { failedChecks, insertRawDocument } from '../testing/raw-documents.js';
import { migrate } from '../sql/migration.js';
import { SQLITE_MIGRATIONS } from './migrations.js';
import { MOST_PENDING } from './pending-postings.js';
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
    const upgrades: number[] = [];
    const store = await SqliteStore.open(path, { onUpgrade: (migration) => upgrades.push(migration.version) });
    try {
      assert.deepEqual(upgrades, [3]);
      assert.deepEqual(await drift(), [], 'documents stored before the migration have their postings and counts');
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
      assert.equal(left!.n, 2, 'the deleted document has no postings left');
      assert.deepEqual(await raw.all('SELECT seq FROM search_pending'), [], 'a search adds the waiting documents first');
      assert.deepEqual(await drift(), []);
    } finally {
      await store.close();
    }
  } finally {
    await raw.close();
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

test('saved documents wait for their postings until enough are waiting or a search runs', async () => {
  const store = await SqliteStore.open(join(directory, 'pending.db'));
  const raw = SqliteExecutor.open(join(directory, 'pending.db'));
  const EMPTY = { title: null, titleSpan: null, published: null, boilerplate: [], sentences: [], entities: [], events: [], quotes: [], relations: [] };
  const pending = async () => (await raw.all<{ n: number }>('SELECT count(*) AS n FROM search_pending'))[0]!.n;
  try {
    for (let n = 0; n < MOST_PENDING + 3; n++) {
      await store.saveDocument({
        url: null, path: `/p/${n}`, outlet: null, contentHash: `hash-${n}`, simhash: '0000000000000000', text: `Report ${n} from Mosul.`,
        title: null, published: null, versionOf: null, duplicateOf: null, extractor: ['test'],
      }, EMPTY);
    }
    assert.equal(await pending(), 3, 'added at the save that filled the queue');
    const [added] = await raw.all<{ n: number }>("SELECT documents AS n FROM search_words WHERE lexeme = 'mosul'");
    assert.equal(added!.n, MOST_PENDING);
    assert.equal((await store.search('Mosul', {}, { limit: 1 })).total, MOST_PENDING + 3, 'a search sees every saved document');
    assert.equal(await pending(), 0);
  } finally {
    await raw.close();
    await store.close();
  }
});
