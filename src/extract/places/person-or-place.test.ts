import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { EntityMention } from '../types.js';
import type { Candidate, PlaceIndex } from './gazetteer.js';
import { placeIdsAmongPersons } from './person-or-place.js';

const town = (name: string, population: number): Candidate => ({
  tier: 0, place: { name, lat: 36, lon: 41, country: 'IQ', kind: 'city', featureClass: 'PPL', population },
});
const gazetteer: PlaceIndex = {
  size: 2,
  candidates: (name) => ({ Sinjar: [town('Sinjar', 38000)], Hamlet: [town('Hamlet', 40)] })[name] ?? [],
};

function person(text: string, sentence: string, id = text.toLowerCase()): { text: string; mentions: EntityMention[] } {
  const start = sentence.indexOf(text);
  return { text: sentence, mentions: [{ start, end: start + text.length, text, type: 'PERSON', id }] };
}

test('person-or-place: a PERSON after a locative preposition that the gazetteer knows is a place', () => {
  const cases: [string, string, boolean][] = [
    ['Sinjar', 'Two strikes hit ISIL positions near Sinjar on Tuesday.', true],
    ['Sinjar', 'Fighters withdrew into Sinjar overnight.', true],
    ['Sinjar', 'Sinjar said the talks would go on.', false],
    ['Sinjar', 'The minister met Sinjar in London.', false],
    ['Hamlet', 'Troops gathered outside Hamlet.', false],
    ['Jones', 'The convoy stopped near Jones.', false],
  ];
  for (const [name, sentence, expected] of cases) {
    const { text, mentions } = person(name, sentence);
    assert.equal(placeIdsAmongPersons(text, mentions, gazetteer).has(name.toLowerCase()), expected, sentence);
  }
});
