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
