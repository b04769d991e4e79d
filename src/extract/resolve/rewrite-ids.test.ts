import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Extraction } from '../extraction.js';
import { withCorpusIds } from './rewrite-ids.js';

test('rewrite-ids.test: entity, event, quote and relation ids become corpus ids', () => {
  const span = { start: 0, end: 5, text: 'Putin' };
  const extraction: Extraction = {
    title: null, titleSpan: null, published: null, boilerplate: [], sentences: [],
    entities: [{ ...span, type: 'PERSON', id: 'putin' }, { start: 10, end: 14, text: 'ISIS', type: 'ORG', id: 'islamic-state' }],
    events: [{ type: 'airstrike', trigger: span, actors: ['putin'], targets: ['islamic-state'], location: null, date: null, killed: null, certainty: 'asserted' }],
    quotes: [{ speaker: 'putin', speakerText: 'Putin', speakerSpan: span, speakerNamed: true, cue: 'said', cueSpan: null, content: span, direct: true, certainty: 'asserted' }],
    relations: [{ type: 'fighting_against', source: 'putin', target: 'islamic-state', evidence: span }],
  };
  const out = withCorpusIds(extraction, new Map([['putin', 'vladimir-putin'], ['islamic-state', 'islamic-state']]));
  assert.deepEqual(out.entities.map((e) => e.id), ['vladimir-putin', 'islamic-state']);
  assert.deepEqual(out.events[0]!.actors, ['vladimir-putin']);
  assert.equal(out.quotes[0]!.speaker, 'vladimir-putin');
  assert.equal(out.relations[0]!.source, 'vladimir-putin');
  assert.equal(extraction.entities[0]!.id, 'putin', 'rewrite-ids.test: the input is not changed');
});
