import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Re3dAnnotation } from '../eval/re3d.js';
import { cutToConvention, re3dToLabelled, trimToConvention, type NameLists } from './re3d-training.js';

const lists: NameLists = { countries: new Set(['turkey', 'iraq']), demonyms: new Set(['iraqi', 'iraqis']) };

test('re3d-training.test: spans are cut to our conventions', () => {
  const table: [string, string, string | null][] = [
    ['Foreign Secretary Philip Hammond', 'PER', 'Philip Hammond'],
    ['the Foreign Secretary', 'PER', null],
    ['Lt. Gen. Stephen J. Townsend', 'PER', 'Stephen J. Townsend'],
    ['Navy Petty Officer Scott C. Dayton', 'PER', 'Scott C. Dayton'],
    ['Prime Minister-designate', 'PER', null],
    ['Minister for the Middle East', 'PER', null],
    ['Abu Bakr al-Baghdadi', 'PER', 'Abu Bakr al-Baghdadi'],
    ['the Kurdish YPG', 'ORG', 'Kurdish YPG'],
    ['Islamic State of Iraq and the Levant', 'ORG', 'Islamic State of Iraq and the Levant'],
    ['Iraqi city of Mosul', 'LOC', null],
    ['al-Nusra Front', 'ORG', 'al-Nusra Front'],
    ['US President', 'ORG', 'US'],
  ];
  for (const [span, conllClass, expected] of table) {
    const words = span.split(' ');
    const range = trimToConvention(words, 0, words.length, conllClass);
    assert.equal(range && words.slice(range.start, range.end).join(' '), expected, `re3d-training.test: "${span}" ${conllClass}`);
  }
});

/** An annotation on the first occurrence of value in text as whole words. */
function at(text: string, value: string, re3dType: string, confidence = 1): Re3dAnnotation {
  const start = text.search(new RegExp(`(?<!\\p{L})${value.replace(/[.]/g, '\\.')}(?!\\p{L})`, 'u'));
  assert.ok(start >= 0, `re3d-training.test: "${value}" is in the text`);
  return { start, end: start + value.length, re3dType, confidence };
}

test('re3d-training.test: a document becomes CoNLL tags, unlabelled where re3d does not say our label', () => {
  const text = 'Foreign Secretary Philip Hammond met the Kurdish YPG in Palmyra, Syria on Monday. Iraqi forces left Iraq for Turkey.';
  const annotations = [
    at(text, 'Foreign Secretary Philip Hammond', 'Person'),
    at(text, 'the Kurdish YPG', 'Organisation'),
    at(text, 'Kurdish', 'Nationality'), // nested: the longer name wins
    at(text, 'Palmyra, Syria', 'Location'),
    at(text, 'Monday', 'Temporal'),
    at(text, 'Iraqi forces', 'Organisation'), // nominal: not a name, so unknown rather than O
    at(text, 'Iraq', 'Location', 0), // only a rejected label: unknown
    at(text, 'Turkey', 'Organisation'), // a state labelled as an organisation: a place by our convention
  ];
  const doc = re3dToLabelled({ id: 'd', source: 'test', text, annotations }, lists);
  const tagged = doc.sentences.map((s) => s.tokens.map((t, i) => `${t}/${s.tags[i]}`).join(' '));
  assert.deepEqual(tagged, [
    'Foreign/? Secretary/? Philip/B-PER Hammond/I-PER met/O the/? Kurdish/B-ORG YPG/I-ORG in/O Palmyra/B-LOC ,/? Syria/B-LOC on/O Monday/O ./O',
    'Iraqi/? forces/? left/O Iraq/? for/O Turkey/B-LOC ./O',
  ], 're3d-training.test: tags');
});

test('re3d-training.test: a span that cuts a token is left unlabelled, not guessed', () => {
  const text = 'Syrian-backed groups met.';
  const doc = re3dToLabelled({ id: 'd', source: 'test', text, annotations: [at(text, 'Syrian', 'Nationality')] }, lists);
  assert.deepEqual(doc.sentences[0]!.tags, ['?', 'O', 'O', 'O'], 're3d-training.test: partial token');
});

test('re3d-training.test: gold cut to our conventions for the diagnostic score', () => {
  const text = 'The Foreign Secretary met Foreign Secretary Philip Hammond and the Kurdish YPG on 3 May.';
  const span = (value: string, type: string, from = 0) => {
    const start = text.indexOf(value, from);
    return { start, end: start + value.length, type };
  };
  const doc = { id: 'd', source: 'test', text, entities: [
    span('The Foreign Secretary', 'PERSON'), span('Foreign Secretary Philip Hammond', 'PERSON', 4),
    span('the Kurdish YPG', 'ORG'), span('3 May', 'DATE'),
  ], unscored: [] };
  assert.deepEqual(cutToConvention(doc).entities.map((e) => `${e.type}:${text.slice(e.start, e.end)}`),
    ['PERSON:Philip Hammond', 'ORG:Kurdish YPG', 'DATE:3 May'], 're3d-training.test: cut gold');
});
