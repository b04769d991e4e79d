import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { migrate } from '../store/sql/migration.js';
import { SQLITE_MIGRATIONS } from '../store/sqlite/migrations.js';
import { SqliteExecutor } from '../store/sqlite/sqlite-executor.js';
import { openStoreAnnounced } from './open-services.js';

test('open-services: upgrading an existing store is announced on stderr, creating a new one is not', async () => {
  const folder = mkdtempSync(join(tmpdir(), 'dossier-upgrade-'));
  try {
    const lines: string[] = [];
    const stderr = { write: (text: string) => lines.push(text) };
    const fresh = await openStoreAnnounced(join(folder, 'new.db'), stderr);
    await fresh.close();
    assert.deepEqual(lines, [], 'a new store says nothing');

    // A store made by an older release: every migration but the newest.
    const older = join(folder, 'older.db');
    const executor = SqliteExecutor.open(older);
    await migrate(executor, SQLITE_MIGRATIONS.slice(0, -1));
    await executor.close();
    const newest = SQLITE_MIGRATIONS.at(-1)!;
    const upgraded = await openStoreAnnounced(older, stderr);
    await upgraded.close();
    assert.equal(lines.length, 1);
    assert.match(lines[0]!, new RegExp(`^dossier: upgrading the store at .*older\\.db \\(migration ${newest.version}: .+\\); on a large store this can take minutes\\n$`));
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});
