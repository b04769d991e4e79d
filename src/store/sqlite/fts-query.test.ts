import { test } from 'node:test';
import assert from 'node:assert/strict';
import { toFts5Query } from './fts-query.js';

test('fts-query: user words become safe FTS5 strings', () => {
  const cases: [string, string | null][] = [
    ['airstrike', '"airstrike"'],
    ['Russian airstrike', '"Russian" "airstrike"'],
    ['"Islamic State" Raqqa', '"Islamic State" "Raqqa"'],
    ['ISIS-K', '"ISIS K"'],
    ['U.S. NOT', '"U S" "NOT"'],
    ['Raqqa OR Palmyra', '"Raqqa" OR "Palmyra"'],
    ['OR Raqqa OR', '"Raqqa"'],
    ['  -- ""  ', null],
  ];
  for (const [input, expected] of cases) assert.equal(toFts5Query(input), expected, `fts-query: ${input}`);
});
