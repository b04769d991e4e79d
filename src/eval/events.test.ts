import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EntityMention, ExtractedEvent } from '../extract/types.js';
import { emptyScores, scoreDocument, type GoldEventDocument } from './events.js';

const entities: EntityMention[] = [
  { start: 0, end: 6, text: 'Russia', type: 'GPE', id: 'russia' },
  { start: 30, end: 35, text: 'Raqqa', type: 'GPE', id: 'raqqa' },
];
const gold: GoldEventDocument = {
  doc: 'x',
  entities: [
    { start: 0, end: 6, text: 'Russia', type: 'GPE', canonical: 'Russia' },
    { start: 30, end: 35, text: 'Raqqa', type: 'GPE', canonical: 'Raqqa' },
  ],
  events: [
    { type: 'airstrike', trigger: { start: 7, end: 13, text: 'struck' }, actors: ['Russia'], targets: [], location: 'Raqqa', date: null, killed: 3, certainty: 'asserted' },
    { type: 'meeting', trigger: { start: 50, end: 57, text: 'meeting' }, actors: [], targets: [], location: null, date: null, killed: null, certainty: 'asserted' },
  ],
};
const event = (type: ExtractedEvent['type'], start: number, end: number, args: Partial<ExtractedEvent> = {}): ExtractedEvent => ({
  type, trigger: { start, end, text: '' }, actors: [], targets: [], location: null, date: null, killed: null, certainty: 'asserted', ...args,
});

test('events.test: a match needs the same type and overlapping triggers; ids map to gold canonicals', () => {
  const scores = emptyScores();
  scoreDocument(scores, 'x', [
    event('airstrike', 7, 13, { actors: ['russia'], location: 'raqqa', killed: 2 }),
    event('bombing', 50, 57),
  ], entities, gold);
  assert.equal(scores.matched, 1);
  assert.equal(scores.predicted, 2);
  assert.equal(scores.gold, 2);
  assert.deepEqual(scores.correct, { actors: 1, targets: 1, location: 1, date: 1, killed: 0, certainty: 1 });
  assert.ok(scores.errors.some((e) => e.includes('missed meeting')));
  assert.ok(scores.errors.some((e) => e.includes('spurious bombing')));
});
