import assert from 'node:assert/strict';
import { test } from 'node:test';
import { refineType, type OntoNotesType } from './refine.js';
import type { EntityClass } from './labels.js';

test('refine.test: CoNLL types to OntoNotes types', () => {
  const table: [EntityClass, string, OntoNotesType | null][] = [
    ['PER', 'Vladimir Putin', 'PERSON'],
    ['ORG', 'Islamic State', 'ORG'],
    ['LOC', 'Raqqa', 'GPE'],
    ['LOC', 'Syria', 'GPE'],
    ['LOC', 'Middle East', 'LOC'],
    ['LOC', 'Europe', 'LOC'],
    ['LOC', 'Euphrates River', 'LOC'],
    ['LOC', 'Gulf of Aden', 'LOC'],
    ['LOC', 'Heathrow Airport', 'FAC'],
    ['LOC', 'Diyala Province', 'GPE'],
    ['MISC', 'Russian', 'NORP'],
    ['MISC', 'Chechen', 'NORP'],
    ['MISC', 'Islamist', 'NORP'],
    ['MISC', 'Sunni', 'NORP'],
    ['MISC', 'Muslims', 'NORP'],
    ['MISC', 'Iraqi', 'NORP'],
    ['MISC', 'Second World War', 'EVENT'],
    ['MISC', 'Olympics', 'EVENT'],
    ['MISC', 'Atlantic', null],
    ['MISC', 'Atlanta Olympics', 'EVENT'],
    ['MISC', 'World Cup', 'EVENT'],
    ['MISC', 'Geneva Convention', 'LAW'],
    ['MISC', 'Boeing 737', 'PRODUCT'],
    ['MISC', 'Reuters Financial Television', null],
  ];
  for (const [conll, text, expected] of table) assert.equal(refineType(conll, text), expected, `refine.test: ${conll} "${text}"`);
});

test('refine.test: a language name is LANGUAGE only in a language context', () => {
  assert.equal(refineType('MISC', 'Arabic', { before: 'a statement in ' }), 'LANGUAGE', 'refine.test: "in Arabic"');
  assert.equal(refineType('MISC', 'Russian', { after: ' language' }), 'LANGUAGE', 'refine.test: "Russian language"');
  assert.equal(refineType('MISC', 'Russian', { before: 'the ', after: ' army' }), 'NORP', 'refine.test: "the Russian army"');
  assert.equal(refineType('MISC', 'Russian', { before: 'translated from ', after: '. The' }), 'LANGUAGE', 'refine.test: "from Russian."');
  assert.equal(refineType('MISC', 'Russian', { before: 'a report from ', after: ' Defence Minister' }), 'NORP', 'refine.test: "from Russian Defence Minister"');
  assert.equal(refineType('MISC', 'Russian', { before: 'hide from ', after: ' airstrikes' }), 'NORP', 'refine.test: "from Russian airstrikes"');
});

test('refine.test: a PER span ending in an organisation or place head is not a person', () => {
  assert.equal(refineType('PER', 'Aerospace Forces'), 'ORG');
  assert.equal(refineType('PER', 'Defence Ministry'), 'ORG');
  assert.equal(refineType('PER', 'Pankisi Gorge'), 'LOC');
  assert.equal(refineType('PER', 'Daniel Hoffman'), 'PERSON');
});
