import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EventType, ExtractedEvent } from '../types.js';
import { mergeCoreferent, type EventMention } from './corefer.js';

let offset = 0;
function mention(type: EventType, word: string, args: Partial<ExtractedEvent> = {}, flags: Partial<EventMention> = {}): EventMention {
  const start = (offset += 100);
  const event: ExtractedEvent = {
    type, trigger: { start, end: start + word.length, text: word }, actors: [], targets: [], location: null, date: null,
    killed: null, certainty: 'asserted', ...args,
  };
  return { event, generic: false, definite: false, indefinite: false, lemma: word, planned: false, ...flags };
}

test('corefer.test: mentions of one attack become one event with the most informative trigger', () => {
  const events = mergeCoreferent([
    mention('airstrike', 'air strike', { actors: ['russia'] }),
    mention('airstrike', 'strike', { actors: ['russian-aerospace-forces'], location: 'raqqa' }, { generic: true, definite: true }),
    mention('armed_attack', 'attack', {}, { generic: true, definite: true }),
  ]);
  assert.equal(events.length, 1);
  assert.equal(events[0]!.type, 'airstrike');
  assert.equal(events[0]!.trigger.text, 'strike');
  assert.deepEqual(events[0]!.actors, ['russian-aerospace-forces']);
});

test('corefer.test: different places, dates or victims are different events', () => {
  assert.equal(mergeCoreferent([mention('bombing', 'bomb', { location: 'kabul' }), mention('bombing', 'bomb', { location: 'kandahar' })]).length, 2);
  assert.equal(mergeCoreferent([mention('bombing', 'bomb', { date: '2015-10-09' }), mention('bombing', 'bomb', { date: '2015-10-10' })]).length, 2);
  assert.equal(mergeCoreferent([mention('killing', 'killed', { targets: ['a'] }), mention('killing', 'killed', { targets: ['b'] })]).length, 2);
});

test('corefer.test: other events merge only through a definite noun or a bare repetition', () => {
  const meetings = mergeCoreferent([
    mention('meeting', 'meeting', { actors: ['security-council'] }),
    mention('meeting', 'meeting', {}, { definite: true }),
    mention('meeting', 'meeting', { actors: ['islamic-state'] }, { definite: true }),
  ]);
  assert.deepEqual(meetings.map((e) => e.actors), [['security-council'], ['islamic-state']]);
  const moves = mergeCoreferent([
    mention('relocation', 'moving', { actors: ['islamic-state'] }),
    mention('relocation', 'moving', { actors: ['islamic-state'], targets: ['abu-sahu'], location: 'iraq' }),
  ]);
  assert.equal(moves.length, 2);
});

test('corefer.test: a planned mention makes the event hypothetical; "a potential attack" stays apart', () => {
  const planned = mergeCoreferent([
    mention('armed_attack', 'storm', { location: 'deir-ez-zor', certainty: 'reported' }),
    mention('armed_attack', 'attack', { location: 'deir-ez-zor' }, { generic: true, definite: true, planned: true }),
  ]);
  assert.deepEqual(planned.map((e) => e.certainty), ['hypothetical']);
  const apart = mergeCoreferent([
    mention('armed_attack', 'attack', { location: 'moscow' }, { generic: true }),
    mention('armed_attack', 'attack', {}, { planned: true, indefinite: true }),
    mention('armed_attack', 'attack', { killed: 139 }, { generic: true, definite: true }),
  ]);
  assert.deepEqual(apart.map((e) => [e.location, e.killed, e.certainty]), [['moscow', 139, 'asserted'], [null, null, 'hypothetical']]);
});
