import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { test } from 'node:test';
import { isNamedMention, readRe3d } from './re3d.js';

test('re3d.test: named mentions only', () => {
  const table: [string, string, boolean][] = [
    ['Syria', 'LOC', true], ['the Kurdish YPG', 'ORG', true], ['U.S. service members', 'ORG', false],
    ['the northern part of the country', 'LOC', false], ['Abu Bakr al-Baghdadi', 'PERSON', true], ['I', 'PERSON', false],
    ['he', 'PERSON', false], ['June 2014', 'DATE', true], ['Monday', 'DATE', true], ['recently', 'DATE', false], ['ISIL', 'ORG', true],
  ];
  for (const [value, type, expected] of table) assert.equal(isNamedMention(value, type), expected, `re3d.test: "${value}" ${type}`);
});

const dir = '../shared/data/re3d-dev';
test('re3d.test: reads the re3d dev folders', { skip: !existsSync(dir) && 'needs ../shared/data/re3d-dev' }, () => {
  const docs = readRe3d(dir);
  assert.ok(docs.length > 50, `re3d.test: ${docs.length} documents`);
  for (const doc of docs) {
    for (const e of doc.entities) assert.ok(e.start >= 0 && e.end <= doc.text.length && e.start < e.end, `re3d.test: offsets in ${doc.id}`);
  }
});
