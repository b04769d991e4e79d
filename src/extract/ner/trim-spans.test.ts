import { test } from 'node:test';
import assert from 'node:assert/strict';
import { trimNames } from './trim-spans.js';

// [tokens, labels from the decoder, labels after trimming]
const cases: [string, string[], string[], string[]][] = [
  ['runaway person', ['Shoigu', 'yesterday', 'during', 'a'], ['B-PER', 'I-PER', 'I-PER', 'L-PER'], ['U-PER', 'O', 'O', 'O']],
  ['runaway org', ['Islamic', 'State', 'is', 'trying'], ['B-ORG', 'I-ORG', 'I-ORG', 'L-ORG'], ['B-ORG', 'L-ORG', 'O', 'O']],
  ['trailing full stop', ['Noura', 'al-Hourani', '.'], ['B-LOC', 'I-LOC', 'L-LOC'], ['B-LOC', 'L-LOC', 'O']],
  ['particles inside a name', ['Institute', 'for', 'the', 'Study', 'of', 'War'], ['B-ORG', 'I-ORG', 'I-ORG', 'I-ORG', 'I-ORG', 'L-ORG'], ['B-ORG', 'I-ORG', 'I-ORG', 'I-ORG', 'I-ORG', 'L-ORG']],
  ['no trailing particle', ['Bank', 'of', 'said'], ['B-ORG', 'I-ORG', 'L-ORG'], ['U-ORG', 'O', 'O']],
  ['ampersand kept', ['Procter', '&', 'Gamble'], ['B-ORG', 'I-ORG', 'L-ORG'], ['B-ORG', 'I-ORG', 'L-ORG']],
  ['closing quote', ['Islamic', 'State', '“'], ['B-ORG', 'I-ORG', 'L-ORG'], ['B-ORG', 'L-ORG', 'O']],
];

for (const [name, tokens, labels, expected] of cases) {
  test(`trim-spans.test: ${name}`, () => {
    assert.deepEqual(trimNames(tokens, [...labels]), expected, `trim-spans.test: ${name}`);
  });
}
