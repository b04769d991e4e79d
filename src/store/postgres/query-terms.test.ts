import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseTsquery } from './query-terms.js';

test('query-terms: the words of a tsquery, once each, with whether it is plain and has phrases', () => {
  assert.deepEqual(parseTsquery("'donald' & 'trump'"), { lexemes: ['donald', 'trump'], plain: true, phrase: false });
  assert.deepEqual(parseTsquery("'white' <-> 'hous' & 'white'"), { lexemes: ['white', 'hous'], plain: true, phrase: true });
  assert.deepEqual(parseTsquery("'bank' <2> 'england'"), { lexemes: ['bank', 'england'], plain: true, phrase: true });
  assert.deepEqual(parseTsquery("'isis-k' <-> 'isi' <-> 'k'"), { lexemes: ['isis-k', 'isi', 'k'], plain: true, phrase: true });
  assert.equal(parseTsquery("'raqqa' | 'mosul'")!.plain, false, 'OR is not plain');
  assert.equal(parseTsquery("'raqqa' & !'mosul'")!.plain, false, '-word is not plain');
  assert.deepEqual(parseTsquery("'o''brien' & 'a\\\\b'")!.lexemes, ["o'brien", 'a\\b'], 'quotes and backslashes unescaped');
  assert.deepEqual(parseTsquery("'it''s|!<' & 'x'"), { lexemes: ["it's|!<", 'x'], plain: true, phrase: false }, 'operators inside a word are not operators');
  assert.equal(parseTsquery(''), null, 'stop words only: no word');
});
