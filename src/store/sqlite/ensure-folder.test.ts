import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { ensureFolder } from './ensure-folder.js';

test('ensure-folder: creates missing levels, and fails in one line where it cannot', () => {
  const root = mkdtempSync(join(tmpdir(), 'dossier-folder-'));
  try {
    const deep = join(root, 'a', 'b', 'c');
    ensureFolder(deep);
    assert.ok(existsSync(deep));
    ensureFolder(deep); // already there: nothing to do
    writeFileSync(join(root, 'file'), 'x');
    assert.throws(() => ensureFolder(join(root, 'file', 'sub')), /^Error: cannot create the folder .*file\/sub for the store \((ENOTDIR|EEXIST|ENOENT) at .*\)$/);
    if (existsSync('/proc/self')) assert.throws(() => ensureFolder('/proc/dossier-test/x'), /cannot create the folder \/proc\/dossier-test\/x/);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
