import { test } from 'node:test';
import assert from 'node:assert/strict';
import { titlePrefixLength } from './titles.js';
import { trimLowercaseHyphenParts } from './hyphens.js';

const titleCases: [string, string][] = [
  ['Defence Minister Sergei Shoigu', 'Sergei Shoigu'],
  ['President Putin', 'Putin'],
  ['Gen. David Petraeus', 'David Petraeus'],
  ['Vladimir Putin', 'Vladimir Putin'],
  ['President', 'President'], // nothing would be left: not a title prefix
  ['Former President Barack Obama', 'Barack Obama'],
  ['Chief Keef', 'Keef'],
  ['Petty Officer Keating', 'Keating'],
  ['Navy Capt. Jeff Davis', 'Jeff Davis'],
  ['Army Lt. Gen. Stephen J. Townsend', 'Stephen J. Townsend'],
  ['Air Force Staff Sgt. Ann Lee', 'Ann Lee'],
  ['Navy Seal', 'Navy Seal'], // a service word alone is not a title
];
for (const [span, kept] of titleCases) {
  test(`names.test: title in "${span}"`, () => {
    assert.equal(span.slice(titlePrefixLength(span)), kept, `names.test: ${span}`);
  });
}

const hyphenCases: [string, string][] = [
  ['ISIS-controlled', 'ISIS'],
  ['anti-Kremlin', 'Kremlin'],
  ['Russian-made', 'Russian'],
  ['post-Soviet', 'Soviet'],
  ['ex-Baathist', 'Baathist'],
  ['ISIS-K', 'ISIS-K'],
  ['Deir ez-Zor', 'Deir ez-Zor'],
  ['al-Baghdadi', 'al-Baghdadi'],
  ['Russian-speaking', 'Russian'],
  ['pro-Russian-backed', 'Russian'],
];
for (const [span, kept] of hyphenCases) {
  test(`names.test: hyphens in "${span}"`, () => {
    const [start, end] = trimLowercaseHyphenParts(span);
    assert.equal(span.slice(start, end), kept, `names.test: ${span}`);
  });
}

import { titleSuffixLength } from './titles.js';
import { mergeNationalityIntoOrg } from './merge-nationality.js';

const suffixCases: [string, string][] = [['US President', 'US'], ['Kremlin', 'Kremlin'], ['President', 'President'], ['Foreign Office', 'Foreign Office']];
for (const [span, kept] of suffixCases) {
  test(`names.test: trailing title in "${span}"`, () => {
    assert.equal(span.slice(0, span.length - titleSuffixLength(span)), kept);
  });
}

test('names.test: a nationality before an organisation joins it, not before a common noun', () => {
  const text = 'the Russian Aerospace Forces and Russian security services and the Russians Forces';
  const at = (s: string, from = 0) => text.indexOf(s, from);
  const merged = mergeNationalityIntoOrg(text, [
    { start: at('Russian'), end: at('Russian') + 7, text: 'Russian', type: 'NORP' },
    { start: at('Aerospace'), end: at('Aerospace') + 16, text: 'Aerospace Forces', type: 'ORG' },
    { start: at('Russian security'), end: at('Russian security') + 7, text: 'Russian', type: 'NORP' },
    { start: at('Russians'), end: at('Russians') + 8, text: 'Russians', type: 'NORP' },
    { start: at('Forces', at('Russians')), end: at('Forces', at('Russians')) + 6, text: 'Forces', type: 'ORG' },
  ]);
  assert.deepEqual(merged.map((m) => `${m.type}:${m.text}`), ['ORG:Russian Aerospace Forces', 'NORP:Russian', 'NORP:Russians', 'ORG:Forces']);
});

test('names.test: a nationality before a capitalised state body is that body', () => {
  const text = 'hosting Syrian Government websites and Iraqi Army units, not Syrians Government';
  const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length, text: s, type: 'NORP' as const });
  const merged = mergeNationalityIntoOrg(text, [at('Syrian'), at('Iraqi'), at('Syrians')]);
  assert.deepEqual(merged.map((m) => `${m.type}:${m.text}`), ['ORG:Syrian Government', 'ORG:Iraqi Army', 'NORP:Syrians']);
});

import { extendOfNames, joinNameParts } from './join-parts.js';
import { findMilitaryUnits } from './military-units.js';
import type { TypedMention } from '../entities/assign-ids.js';

/** Mentions of `text` given as "TYPE:words" in order of appearance. */
function mentionsOf(text: string, specs: string[]): TypedMention[] {
  let from = 0;
  return specs.map((spec) => {
    const [type, words] = [spec.slice(0, spec.indexOf(':')), spec.slice(spec.indexOf(':') + 1)];
    const start = text.indexOf(words, from);
    from = start + words.length;
    return { start, end: start + words.length, text: words, type: type as TypedMention['type'] };
  });
}
const shown = (mentions: TypedMention[]) => mentions.map((m) => `${m.type}:${m.text}`);

const joinCases: [string, string, string[], string[]][] = [
  ['a middle initial', 'Lt. Gen. Stephen J. Townsend said', ['PERSON:Stephen', 'PERSON:Townsend'], ['PERSON:Stephen J. Townsend']],
  ['a quoted nickname takes in the surname', 'Col. John “J.D.” Dorrian briefed', ['PERSON:John'], ['PERSON:John “J.D.” Dorrian']],
  ['a trailing nisba', 'Abu Jandal al-Kuwaiti was killed', ['PERSON:Abu Jandal'], ['PERSON:Abu Jandal al-Kuwaiti']],
  ['a particle inside a place name', 'near Dayr az Zawr, Syria', ['GPE:Dayr', 'GPE:Zawr', 'GPE:Syria'], ['GPE:Dayr az Zawr', 'GPE:Syria']],
  ['different types stay apart', 'Putin J. Russia', ['PERSON:Putin', 'GPE:Russia'], ['PERSON:Putin', 'GPE:Russia']],
  ['no joint, no join', 'Putin and Trump met', ['PERSON:Putin', 'PERSON:Trump'], ['PERSON:Putin', 'PERSON:Trump']],
];
for (const [name, text, given, expected] of joinCases) {
  test(`names.test: join parts, ${name}`, () => {
    assert.deepEqual(shown(joinNameParts(text, mentionsOf(text, given))), expected);
  });
}

const ofCases: [string, string[], string[]][] = [
  ['the Iraqi Ministry of Culture said', ['ORG:Iraqi Ministry'], ['ORG:Iraqi Ministry of Culture']],
  ['ships in the Gulf of Oman', ['LOC:Gulf', 'GPE:Oman'], ['LOC:Gulf of Oman']],
  ['the Hashemite Kingdom of Jordan', ['GPE:Hashemite Kingdom', 'GPE:Jordan'], ['GPE:Hashemite Kingdom of Jordan']],
  ['the Ministry of the Interior', ['ORG:Ministry'], ['ORG:Ministry of the Interior']],
  ['the Ministry of the country', ['ORG:Ministry'], ['ORG:Ministry']], // nothing named follows
  ['Russia of old', ['GPE:Russia'], ['GPE:Russia']],
];
for (const [text, given, expected] of ofCases) {
  test(`names.test: "of" names in "${text}"`, () => {
    assert.deepEqual(shown(extendOfNames(text, mentionsOf(text, given))), expected);
  });
}

const unitCases: [string, string[], string[]][] = [
  ['assigned to 2nd Battalion, 5th Special Forces Group, Fort Campbell', ['ORG:Special Forces Group', 'FAC:Fort Campbell'],
    ['ORG:2nd Battalion', 'ORG:5th Special Forces Group', 'FAC:Fort Campbell']],
  ['the Combined Joint Task Force said', ['ORG:Task Force'], ['ORG:Combined Joint Task Force']],
  ['on the 4th Army Day parade', ['EVENT:Army Day'], ['EVENT:Army Day']], // a name across the unit's edge wins
  ['the 5th of May', [], []],
];
for (const [text, given, expected] of unitCases) {
  test(`names.test: military units in "${text}"`, () => {
    assert.deepEqual(shown(findMilitaryUnits(text, mentionsOf(text, given))), expected);
  });
}

import { countryNames } from './countries.js';

test('names.test: country names the tagger may miss, not the ambiguous ones', () => {
  const table = countryNames();
  for (const name of ['Turkey', 'Syria', 'Iraq', 'United Kingdom', 'Great Britain', 'USA', 'Türkiye']) assert.equal(table.lookup(name)?.type, 'GPE', name);
  for (const name of ['Jordan', 'Chad', 'Georgia', 'Island', 'Thai', 'Saudi']) assert.equal(table.lookup(name), undefined, name);
});
