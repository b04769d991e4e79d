import assert from 'node:assert/strict';
import { test } from 'node:test';
import { allowedAfter, allowedAtEnd, iobToBilou, LABEL_COUNT, LABEL_INDEX, LABELS, spansOfLabels } from './labels.js';

test('labels.test: IOB to BILOU', () => {
  const table: [string[], string[]][] = [
    [['O', 'B-PER', 'I-PER', 'O'], ['O', 'B-PER', 'L-PER', 'O']],
    [['B-LOC'], ['U-LOC']],
    [['B-ORG', 'I-ORG', 'I-ORG'], ['B-ORG', 'I-ORG', 'L-ORG']],
    [['I-MISC', 'I-MISC', 'B-MISC'], ['B-MISC', 'L-MISC', 'U-MISC']], // IOB1: I- opens a span
    [['B-PER', 'I-ORG'], ['U-PER', 'U-ORG']],
  ];
  for (const [iob, bilou] of table) assert.deepEqual(iobToBilou(iob), bilou, `labels.test: ${iob.join(' ')}`);
});

test('labels.test: spans from BILOU and IOB labels (end exclusive)', () => {
  const table: [string[], string][] = [
    [['O', 'B-PER', 'L-PER', 'O', 'U-LOC'], 'PER:1-3 LOC:4-5'],
    [['B-ORG', 'I-ORG', 'I-ORG'], 'ORG:0-3'],
    [['B-PER', 'B-PER'], 'PER:0-1 PER:1-2'],
    [['I-MISC', 'O', 'I-LOC', 'I-LOC'], 'MISC:0-1 LOC:2-4'],
    [['O', 'O'], ''],
  ];
  for (const [labels, expected] of table) {
    const got = spansOfLabels(labels).map((s) => `${s.type}:${s.start}-${s.end}`).join(' ');
    assert.equal(got, expected, `labels.test: ${labels.join(' ')}`);
  }
});

test('labels.test: transitions allow only well-formed BILOU', () => {
  const ok = (prev: string, next: string) => allowedAfter[(prev === '^' ? LABEL_COUNT : LABEL_INDEX.get(prev)!) * LABEL_COUNT + LABEL_INDEX.get(next)!] === 1;
  const table: [string, string, boolean][] = [
    ['^', 'B-PER', true], ['^', 'I-PER', false], ['^', 'L-PER', false], ['^', 'U-PER', true], ['^', 'O', true],
    ['B-PER', 'I-PER', true], ['B-PER', 'L-PER', true], ['B-PER', 'L-ORG', false], ['B-PER', 'O', false],
    ['I-ORG', 'L-ORG', true], ['L-ORG', 'B-ORG', true], ['L-ORG', 'I-ORG', false], ['U-LOC', 'U-LOC', true], ['O', 'L-MISC', false],
  ];
  for (const [prev, next, expected] of table) assert.equal(ok(prev, next), expected, `labels.test: ${prev} → ${next}`);
  assert.deepEqual(LABELS.filter((_, i) => !allowedAtEnd[i]), ['B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC', 'B-MISC', 'I-MISC'], 'labels.test: open labels cannot end a sentence');
});

test('labels.test: an unlabelled tag passes through and ends the span before it', () => {
  assert.deepEqual(iobToBilou(['B-PER', 'I-PER', '?', 'I-PER', 'O']), ['B-PER', 'L-PER', '?', 'U-PER', 'O']);
});
