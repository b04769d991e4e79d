import assert from 'node:assert/strict';
import { test } from 'node:test';
import { SpanScorer, type GoldSpan, type PredictedSpan } from './span-scorer.js';

const span = (start: number, end: number, type: string, alsoMatches?: string[]): PredictedSpan => ({ start, end, type, ...(alsoMatches ? { alsoMatches } : {}) });

// [name, gold, predicted, exact tp/fp/fn, overlap tp/fp/fn]
const TABLE: [string, GoldSpan[], PredictedSpan[], [number, number, number], [number, number, number]][] = [
  ['identical', [span(0, 5, 'PER')], [span(0, 5, 'PER')], [1, 0, 0], [1, 0, 0]],
  ['wrong type', [span(0, 5, 'PER')], [span(0, 5, 'ORG')], [0, 1, 1], [0, 1, 1]],
  ['longer prediction', [span(4, 9, 'PER')], [span(0, 9, 'PER')], [0, 1, 1], [1, 0, 0]],
  ['touching is not overlapping', [span(0, 5, 'LOC')], [span(5, 9, 'LOC')], [0, 1, 1], [0, 1, 1]],
  ['one gold, two overlapping predictions', [span(0, 10, 'ORG')], [span(0, 4, 'ORG'), span(5, 10, 'ORG')], [0, 2, 1], [1, 1, 0]],
  ['GPE may match ORG', [span(0, 5, 'ORG')], [span(0, 5, 'LOC', ['ORG'])], [1, 0, 0], [1, 0, 0]],
  ['nothing predicted', [span(0, 5, 'PER'), span(7, 9, 'LOC')], [], [0, 0, 2], [0, 0, 2]],
  ['nothing gold', [], [span(0, 5, 'PER')], [0, 1, 0], [0, 1, 0]],
];

test('span-scorer.test: exact and overlap counts', () => {
  for (const [name, gold, predicted, exact, overlap] of TABLE) {
    const scorer = new SpanScorer();
    scorer.add(gold, predicted);
    const { exact: e, overlap: o } = scorer.scores();
    assert.deepEqual([e.micro.tp, e.micro.fp, e.micro.fn], exact, `span-scorer.test: ${name} (exact)`);
    assert.deepEqual([o.micro.tp, o.micro.fp, o.micro.fn], overlap, `span-scorer.test: ${name} (overlap)`);
  }
});

test('span-scorer.test: per-type and micro precision, recall and F1', () => {
  const scorer = new SpanScorer();
  scorer.add([span(0, 2, 'PER'), span(3, 4, 'LOC')], [span(0, 2, 'PER'), span(3, 4, 'PER')]);
  scorer.add([span(0, 1, 'LOC')], [span(0, 1, 'LOC')]);
  const { exact } = scorer.scores(['PER', 'LOC', 'ORG']);
  assert.deepEqual(Object.keys(exact.perType), ['PER', 'LOC', 'ORG'], 'span-scorer.test: rows in the order asked');
  assert.equal(exact.perType['PER']!.precision, 0.5, 'span-scorer.test: PER precision');
  assert.equal(exact.perType['PER']!.recall, 1, 'span-scorer.test: PER recall');
  assert.equal(exact.perType['LOC']!.recall, 0.5, 'span-scorer.test: LOC recall');
  assert.equal(exact.perType['ORG']!.f1, 0, 'span-scorer.test: empty type scores 0');
  assert.equal(exact.micro.f1, 2 / 3, 'span-scorer.test: micro F1 = 2/3');
});
