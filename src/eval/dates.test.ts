import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../models/package-root.js';
import { evaluateDocuments, isValueLike, loadGold } from './dates.js';

const valueLike: [string, boolean][] = [
  ['2015-10-13', true], ['XXXX-03-22', true], ['XXXX-WXX-5', true], ['2015-W41-WE', true], ['2014-SP', true],
  ['P1Y', true], ['>P1Y', true], ['PXY', true], ['224', true], ['>=139', true], ['>80%', true], ['10x', true],
  ['yesterday', false], ['a few weeks ago', false], ['tens of thousands', false], ['last week', false],
];

for (const [canonical, expected] of valueLike) {
  test(`dates.test: isValueLike(${canonical})`, () => {
    assert.equal(isValueLike(canonical), expected, `dates.test: ${canonical}`);
  });
}

// The development gold (../shared/corpus/seeds-gold, or SEEDS_GOLD): every DATE, CARDINAL and
// PERCENT with its exact span and value, and nothing else of those types.
const goldDir = process.env.SEEDS_GOLD ?? join(packageRoot(), '..', 'shared', 'corpus', 'seeds-gold');
const skip = existsSync(goldDir) ? false : `dates.test: no gold at ${goldDir} (set SEEDS_GOLD to run)`;

test('dates.test: findDates and findNumbers reproduce the development gold', { skip }, () => {
  const result = evaluateDocuments(loadGold(goldDir, join(packageRoot(), 'examples', 'seeds')));
  assert.deepEqual(result.errors, [], 'dates.test: gold errors');
  assert.equal(result.spans.exact.micro.f1, 1, 'dates.test: exact F1');
  assert.equal(result.values.exact.correct, result.values.exact.total, 'dates.test: values');
});
