import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import pg from 'pg';
import type { Extraction } from '../../extract/extraction.js';
import { ingestSuite } from '../../ingest/testing/ingest-suite.js';
import { after } from 'node:test';
import { runStoreConformance } from '../conformance.js';
import { openStore } from '../open.js';
import { migrate } from '../sql/migration.js';
import { ENTITY_SUMMARIES, POSTGRES_FULL_TEXT } from '../../ingest/testing/store-consistency.js';
import { checkCountFill } from '../testing/count-fill.js';
import { failedChecks, insertRawDocument, insertRawEntity } from '../testing/raw-documents.js';
import { POSTGRES_MIGRATIONS } from './migrations.js';
import { PgExecutor } from './pg-executor.js';
import { PostgresStore } from './postgres-store.js';
import { reachablePostgres, tempPostgresStores } from '../testing/temp-postgres.js';

// Runs the conformance suite against the local PostgreSQL (`.ci/run` starts it when it is
// down). Each store gets a schema of its own, dropped when the suite ends. Set
// DOSSIER_TEST_DATABASE_URL to use another server; DOSSIER_SKIP_PG=1 skips on a machine
// without PostgreSQL (never in CI: there an unreachable server fails the run).

const server = await reachablePostgres();

if ('url' in server) {
  const url = server.url;
  const prefix = `dossier_test_${process.pid}_${Date.now().toString(36)}`;
  const conformance = tempPostgresStores(url, 'dossier_test');
  runStoreConformance('PostgreSQL', { open: conformance.open, cleanUp: conformance.cleanUp });

  const ingestStores = tempPostgresStores(url, 'dossier_test_ingest');
  ingestSuite('PostgreSQL', ingestStores.open, { interruptedRunSize: 300 });
  after(() => ingestStores.cleanUp());

  const writers = tempPostgresStores(url, 'dossier_test_writers');
  after(() => writers.cleanUp());
  test('two writers saving at once: a name both use becomes one entity, every document saved', async () => {
    const first = await writers.open();
    const second = await PostgresStore.open(url, writers.schemaOf(first));
    try {
      const save = (store: PostgresStore, n: number) => {
        const text = `Islamic State claimed attack ${n}.`;
        const extraction: Extraction = {
          title: null, titleSpan: null, published: null, boilerplate: [], sentences: [], events: [], quotes: [], relations: [],
          entities: [{ start: 0, end: 13, text: 'Islamic State', type: 'ORG', id: 'islamic-state' }],
        };
        return store.saveDocument({
          url: null, path: `/w/${n}`, outlet: null, contentHash: createHash('sha256').update(text).digest('hex'),
          simhash: createHash('sha256').update(`w${n}`).digest('hex').slice(0, 16), text, title: null,
          published: null, versionOf: null, duplicateOf: null, extractor: ['test'],
        }, extraction);
      };
      // Each writer has several connections: saves overlap within and across the two.
      await Promise.all(Array.from({ length: 24 }, (_, n) => save(n % 2 ? first : second, n)));
      const entities = (await first.listEntities({ type: 'ORG' }, { limit: 10 })).items;
      assert.deepEqual(entities.map((e) => [e.name, e.documentCount]), [['Islamic State', 24]]);
      assert.equal((await second.listDocuments({}, { limit: 1 })).total, 24);
    } finally {
      await second.close();
      await first.close();
    }
  });

  test('open: a postgres:// URL opens PostgreSQL, in the schema its query names', async () => {
    const schema = `${prefix}_open`;
    const store = await openStore(`${url}?schema=${schema}`);
    try {
      assert.ok(store instanceof PostgresStore, 'open: a URL gives PostgreSQL');
      await store.recordFailure({ input: 'x', reason: 'y', at: '2026-11-30T00:00:00.000Z' });
    } finally {
      await store.close();
    }
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const { rows } = await client.query(`SELECT version FROM "${schema}".schema_migrations ORDER BY version`);
      assert.deepEqual(rows, POSTGRES_MIGRATIONS.map((m) => ({ version: m.version })), 'open: migrated in the named schema');
      const failures = await client.query(`SELECT input FROM "${schema}".failures`);
      assert.deepEqual(failures.rows, [{ input: 'x' }]);
    } finally {
      await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      await client.end();
    }
  });

  test('migration 2: the ranked (RUM) full-text index where the server offers RUM, else the GIN index stays', async () => {
    const schema = `${prefix}_ranked`;
    const store = await PostgresStore.open(url, schema);
    await store.close();
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const offered = (await client.query("SELECT 1 FROM pg_available_extensions WHERE name = 'rum'")).rowCount! > 0;
      const { rows } = await client.query('SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = $1 AND indexname LIKE $2 ORDER BY indexname', [schema, 'documents_search%']);
      if (offered) {
        assert.deepEqual(rows.map((r) => r.indexname), ['documents_search_ranked']);
        assert.match(rows[0].indexdef, /USING rum/);
      } else {
        assert.deepEqual(rows.map((r) => r.indexname), ['documents_search'], 'without RUM the GIN index stays');
      }
    } finally {
      await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      await client.end();
    }
  });

  test('migration 3: postings for the documents already stored, then kept with every insert, update and delete', async () => {
    const schema = `${prefix}_postings`;
    const raw = await PgExecutor.open(url, schema);
    const insert = (n: number, title: string | null, text: string) => insertRawDocument(raw, n, title, text);
    // The crash checks' queries: postings equal each document's words, per-word counts agree.
    const drift = () => failedChecks(raw, POSTGRES_FULL_TEXT);
    try {
      await migrate(raw, POSTGRES_MIGRATIONS.slice(0, 2), 'SELECT 1');
      await insert(1, 'Raqqa strike', 'Coalition aircraft struck Raqqa. The strike hit a depot in Raqqa.');
      await insert(2, null, 'Officials in Raqqa said little.');
      await insertRawEntity(raw, 2, 'raqqa');
      const store = await PostgresStore.open(url, schema);
      try {
        assert.deepEqual(await drift(), [], 'documents stored before the migration have their postings and counts');
        assert.deepEqual(await failedChecks(raw, ENTITY_SUMMARIES), [], 'and their facet rows and entities\' document numbers (migrations 4 and 5)');
        assert.deepEqual((await store.search('', { entityIds: ['raqqa'] }, {})).items.map((h) => h.document.id), ['doc-2']);
        assert.deepEqual((await store.entityListPage('raqqa', 'documents', {})).items.map((d) => d.id), ['doc-2'], 'its profile lists (migration 6)');
        assert.deepEqual((await store.search('', {}, {})).facets.month, [{ value: '2015-06', count: 2 }]);
        const [title] = await raw.all<{ impact: number }>("SELECT impact FROM search_postings WHERE lexeme = 'raqqa' ORDER BY impact DESC");
        assert.ok(Number(title!.impact) > 0);
        assert.deepEqual((await store.search('Raqqa', {}, {})).items.map((h) => h.document.id), ['doc-1', 'doc-2'], 'in the title and twice in the text weighs more');
        await insert(3, null, 'Palmyra was retaken.');
        await raw.run("UPDATE documents SET text = 'Officials in Mosul said little.' WHERE id = 'doc-2'");
        await raw.run("DELETE FROM documents WHERE id = 'doc-1'");
        assert.deepEqual(await drift(), [], 'postings and documents per word follow inserts, updates and deletes');
        assert.deepEqual((await store.search('Raqqa', {}, {})).total, 0);
        assert.deepEqual((await store.search('Mosul', {}, {})).items.map((h) => h.document.id), ['doc-2']);
        assert.deepEqual((await store.search('Palmyra', {}, {})).items.map((h) => h.document.id), ['doc-3']);
        const [left] = await raw.all<{ n: string }>('SELECT count(DISTINCT seq) AS n FROM search_postings');
        assert.equal(Number(left!.n), 2, 'the deleted document has no postings left');
      } finally {
        await store.close();
      }
    } finally {
      await raw.run(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      await raw.close();
    }
  });

  test('migration 6: the list counts it fills for stored documents are those a save writes', async () => {
    const schema = `${prefix}_counts`;
    const store = await PostgresStore.open(url, schema);
    const raw = await PgExecutor.open(url, schema);
    try {
      await checkCountFill(store, raw);
    } finally {
      await store.close();
      await raw.run(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      await raw.close();
    }
  });
} else if (process.env.DOSSIER_SKIP_PG === '1') {
  runStoreConformance('PostgreSQL', { skip: `DOSSIER_SKIP_PG=1 and no PostgreSQL: ${server.error}` });
} else {
  test('store conformance: PostgreSQL is reachable', () => {
    throw new Error(
      `PostgreSQL is not reachable (${server.error}). Start it (.ci/run does), set DOSSIER_TEST_DATABASE_URL, ` +
        'or set DOSSIER_SKIP_PG=1 to skip these tests on a machine without it.',
    );
  });
}
