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
