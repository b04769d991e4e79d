import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bcubed, pairwise, type ClusteredItem } from './cluster-scores.js';

const items = (gold: string, predicted: string): ClusteredItem[] => [...gold].map((g, i) => ({ gold: g, predicted: predicted[i]! }));
const round = (s: { precision: number; recall: number; f1: number }) => [s.precision, s.recall, s.f1].map((x) => Math.round(x * 1000) / 1000);

const cases: [string, string, string, number[], number[]][] = [
  // name, gold cluster per item, predicted cluster per item, B-cubed P/R/F1, pairwise P/R/F1
  ['perfect', 'aabbc', 'xxyyz', [1, 1, 1], [1, 1, 1]],
  ['all singletons', 'aaab', 'wxyz', [1, 0.5, 0.667], [1, 0, 0]],
  ['one big cluster', 'aabb', 'xxxx', [0.5, 1, 0.667], [0.333, 1, 0.5]],
  ['one item split off', 'aaa', 'xxy', [1, 0.556, 0.714], [1, 0.333, 0.5]],
];

for (const [name, gold, predicted, b3, pw] of cases) {
  test(`cluster-scores.test: ${name}`, () => {
    assert.deepEqual(round(bcubed(items(gold, predicted))), b3, `cluster-scores.test: ${name}: B-cubed`);
    assert.deepEqual(round(pairwise(items(gold, predicted))), pw, `cluster-scores.test: ${name}: pairwise`);
  });
}
