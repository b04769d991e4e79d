import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkFileSize, readDocumentFrom } from './read-file.js';

test('read-file.test: size is checked with stat before reading; errors name the file', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'dossier-read-file-'));
  try {
    const file = join(dir, 'article.txt');
    await writeFile(file, 'Headline\n\nBody text.\n');
    assert.equal(await checkFileSize(file, 100), 21);
    await assert.rejects(checkFileSize(file, 10), { message: `${file}: too large (21 bytes; the limit is 10 bytes)` });
    assert.equal((await readDocumentFrom(file)).text, 'Headline\n\nBody text.\n');
    await assert.rejects(readDocumentFrom(join(dir, 'missing.txt')), /missing\.txt: no such file$/);
    await assert.rejects(readDocumentFrom(dir), /: is a directory, not a file$/);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
