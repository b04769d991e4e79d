import { SQLITE_MIGRATIONS } from './sqlite/migrations.js';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { openStore, storeLocation } from './open.js';
import { SqliteStore } from './sqlite/sqlite-store.js';
import { airstrikeArticle } from './conformance-documents.js';

test('open: a path opens (creating folder and file) a SQLite file in WAL mode, migrated once, kept across reopening', async () => {
  const directory = mkdtempSync(join(tmpdir(), 'dossier-open-'));
  try {
    const path = join(directory, 'new-folder', 'dossier.db');
    const store = await openStore(path);
    assert.ok(store instanceof SqliteStore, 'open: a path gives SQLite');
    const { document, extraction } = airstrikeArticle();
    const saved = await store.saveDocument(document, extraction);
    await store.close();

    const reopened = await openStore(path);
    assert.equal((await reopened.getDocument(saved.id))?.contentHash, document.contentHash, 'open: data survives reopening');
    await reopened.close();

    const raw = new Database(path, { readonly: true });
    assert.equal(raw.pragma('journal_mode', { simple: true }), 'wal', 'open: WAL journal');
    assert.deepEqual(raw.prepare('SELECT version FROM schema_migrations').all(), SQLITE_MIGRATIONS.map((m) => ({ version: m.version })), 'open: each migration once');
    raw.close();
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
});

test('open: the location is the explicit one, else DOSSIER_DATABASE_URL, else ./dossier.db', () => {
  const url = 'postgres://dossier@db.example:5432/intel';
  const cases: [string | undefined, NodeJS.ProcessEnv, string][] = [
    [undefined, {}, '/work/case/dossier.db'],
    [undefined, { DOSSIER_DATABASE_URL: url }, url],
    ['other.db', { DOSSIER_DATABASE_URL: url }, '/work/case/other.db'],
    ['/data/x.db', {}, '/data/x.db'],
    [' ', { DOSSIER_DATABASE_URL: ' ' }, '/work/case/dossier.db'],
    ['POSTGRESQL://h/db', {}, 'POSTGRESQL://h/db'],
  ];
  for (const [explicit, env, expected] of cases) {
    assert.equal(storeLocation(explicit, env, '/work/case'), expected, `open: ${explicit} ${JSON.stringify(env)}`);
  }
});
