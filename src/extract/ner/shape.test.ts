import assert from 'node:assert/strict';
import { test } from 'node:test';
import { foldDigits, normalizeToken } from './normalize.js';
import { caseFlags, longShape, shortShape } from './shape.js';

test('shape.test: long and short shapes', () => {
  const table: [string, string, string][] = [
    ['McDonald', 'XxXxxxxx', 'XxXx'], ['U.S.', 'X.X.', 'X.X.'], ['1996-08-22', 'dddd-dd-dd', 'd-d-d'], ['NATO', 'XXXX', 'X'],
    ['al-Assad', 'xx-Xxxxx', 'x-Xx'], ['Zürich', 'Xxxxxx', 'Xx'], [',', ',', ','],
  ];
  for (const [word, long, short] of table) {
    assert.equal(longShape(word), long, `shape.test: long shape of ${word}`);
    assert.equal(shortShape(word), short, `shape.test: short shape of ${word}`);
  }
});

test('shape.test: case flags', () => {
  assert.deepEqual(caseFlags('NATO'), { initCap: true, allCaps: true, hasLetter: true, hasDigit: false, hasLower: false }, 'shape.test: NATO');
  assert.deepEqual(caseFlags('iPhone'), { initCap: false, allCaps: false, hasLetter: true, hasDigit: false, hasLower: true }, 'shape.test: iPhone');
  assert.deepEqual(caseFlags('42'), { initCap: false, allCaps: false, hasLetter: false, hasDigit: true, hasLower: false }, 'shape.test: 42');
});

test('shape.test: news punctuation folds to CoNLL ASCII', () => {
  const table: [string, string][] = [['\u201c', '"'], ['\u201d', '"'], ['\u2019s', "'s"], ['\u2014', '--'], ['\u2013', '-'], ['``', '"'], ['Putin', 'Putin']];
  for (const [token, expected] of table) assert.equal(normalizeToken(token), expected, `shape.test: normalise ${token}`);
  assert.equal(foldDigits('1996-08-22'), '0000-00-00', 'shape.test: digits fold to 0');
});
