import { test } from 'node:test';
import assert from 'node:assert/strict';
import { numberedPlaceholders } from './numbered-placeholders.js';

test('numbered-placeholders: numbers ? in order and leaves quoted ones alone', () => {
  const cases: [string, string][] = [
    ['SELECT 1', 'SELECT 1'],
    ['a = ? AND b = ?', 'a = $1 AND b = $2'],
    ["x = '?' AND y = ?", "x = '?' AND y = $1"],
    ['"odd?name" = ?', '"odd?name" = $1'],
  ];
  for (const [input, expected] of cases) assert.equal(numberedPlaceholders(input), expected, `numbered-placeholders: ${input}`);
});
