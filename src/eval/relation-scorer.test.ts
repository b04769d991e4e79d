import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { RelationType } from '../extract/types.js';
import { RelationScorer, type GoldForScoring, type ScoredRelation } from './relation-scorer.js';

const rel = (type: RelationType, s: [number, number], t: [number, number]): ScoredRelation =>
  ({ type, source: { start: s[0], end: s[1] }, target: { start: t[0], end: t[1] } });
const gold = (r: ScoredRelation, scored = true): GoldForScoring => ({ ...r, scored });

function micro(goldRows: GoldForScoring[], predicted: ScoredRelation[], ignoreDirection = false) {
  const scorer = new RelationScorer(ignoreDirection);
  scorer.add(goldRows, predicted);
  const { tp, fp, fn } = scorer.scores().micro;
  return { tp, fp, fn };
}

test('relation-scorer.test: overlapping mentions of the same type match once', () => {
  const g = [gold(rel('fighting_against', [0, 10], [20, 30]))];
  assert.deepEqual(micro(g, [rel('fighting_against', [2, 5], [25, 27])]), { tp: 1, fp: 0, fn: 0 });
  assert.deepEqual(micro(g, [rel('fighting_against', [2, 5], [25, 27]), rel('fighting_against', [2, 5], [25, 27])]), { tp: 1, fp: 0, fn: 0 }, 'relation-scorer.test: the same spans twice count once');
  assert.deepEqual(micro(g, [rel('fighting_against', [2, 5], [25, 27]), rel('fighting_against', [0, 4], [21, 22])]), { tp: 1, fp: 1, fn: 0 }, 'relation-scorer.test: a second, different prediction for one gold is a false positive');
  assert.deepEqual(micro(g, [rel('likes', [0, 10], [20, 30])]), { tp: 0, fp: 1, fn: 1 }, 'relation-scorer.test: type must match');
  assert.deepEqual(micro(g, [rel('fighting_against', [10, 15], [20, 30])]), { tp: 0, fp: 1, fn: 1 }, 'relation-scorer.test: touching is not overlapping');
});

test('relation-scorer.test: directed types need the direction, symmetric ones do not', () => {
  assert.deepEqual(micro([gold(rel('fighting_against', [0, 10], [20, 30]))], [rel('fighting_against', [20, 30], [0, 10])]), { tp: 0, fp: 1, fn: 1 });
  assert.deepEqual(micro([gold(rel('fighting_against', [0, 10], [20, 30]))], [rel('fighting_against', [20, 30], [0, 10])], true), { tp: 1, fp: 0, fn: 0 });
  assert.deepEqual(micro([gold(rel('communicated_with', [0, 10], [20, 30]))], [rel('communicated_with', [20, 30], [0, 10])]), { tp: 1, fp: 0, fn: 0 });
  // re3d often annotates a symmetric relation both ways: one relation, found by one prediction
  const both = [gold(rel('military_allies_of', [0, 10], [20, 30])), gold(rel('military_allies_of', [20, 30], [0, 10]))];
  assert.deepEqual(micro(both, [rel('military_allies_of', [0, 10], [20, 30])]), { tp: 1, fp: 0, fn: 0 });
});

test('relation-scorer.test: relations outside the scored set count neither way', () => {
  const g = [gold(rel('co_located', [0, 10], [20, 30]), false), gold(rel('co_located', [40, 50], [60, 70]))];
  assert.deepEqual(micro(g, [rel('co_located', [0, 10], [20, 30])]), { tp: 0, fp: 0, fn: 1 });
  assert.deepEqual(micro(g, [rel('co_located', [40, 50], [60, 70]), rel('co_located', [80, 90], [60, 70])]), { tp: 1, fp: 1, fn: 0 });
});
