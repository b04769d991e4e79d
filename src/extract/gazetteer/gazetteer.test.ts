import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Gazetteer } from './gazetteer.js';

const gazetteer = Gazetteer.fromEntries([
  { phrase: 'New York', category: 'city' },
  { phrase: 'New York City', category: 'city' },
  { phrase: 'York', category: 'city' },
  { phrase: 'Ministry', category: 'orghead' },
  { phrase: 'Georgia', category: 'country' },
  { phrase: 'Georgia', category: 'region' },
]);

function hits(tokens: string[]): string[] {
  const lower = tokens.map((t) => t.toLowerCase());
  return gazetteer.match(lower, (i) => /^[A-Z]/.test(tokens[i]!)).map((h) => h.map((x) => `${x.category}-${x.position}`).sort().join(','));
}

test('gazetteer.test: phrases match by lower case, each hit with its BILOU position', () => {
  const table: [string[], string[]][] = [
    [['in', 'New', 'York', 'City'], ['', 'city-B,city-B', 'city-I,city-L,city-U', 'city-L']],
    [['the', 'Ministry'], ['', 'orghead-U']],
    [['GEORGIA'], ['country-U,region-U']],
    [['new', 'york'], ['', '']], // lower-case start: no hit
  ];
  for (const [tokens, expected] of table) assert.deepEqual(hits(tokens), expected, `gazetteer.test: ${tokens.join(' ')}`);
});

test('gazetteer.test: serialisation round trip', () => {
  const copy = Gazetteer.deserialize(gazetteer.serialize());
  assert.equal(copy.size, gazetteer.size, 'gazetteer.test: size');
  assert.deepEqual(copy.match(['new', 'york', 'city'], () => true), gazetteer.match(['new', 'york', 'city'], () => true), 'gazetteer.test: same hits');
});
