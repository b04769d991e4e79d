import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from './tokens.js';

const cases: [string, string[]][] = [
  ['Russia’s Federal Security Service (FSB)', ['Russia', '’s', 'Federal', 'Security', 'Service', '(', 'FSB', ')']],
  ['the U.S. and Gen. Smith', ['the', 'U.S.', 'and', 'Gen.', 'Smith']],
  ['On Dec. 6, a network aired', ['On', 'Dec.', '6', ',', 'a', 'network', 'aired']],
  ['“Putin’s folly.”', ['“', 'Putin', '’s', 'folly', '.', '”']],
  ['life—224 people died', ['life', '—', '224', 'people', 'died']],
  ['ISIS-K and ISIS-controlled areas', ['ISIS-K', 'and', 'ISIS-controlled', 'areas']],
  ['You can’t do everything … You', ['You', 'ca', 'n’t', 'do', 'everything', '…', 'You']],
  ['at least 1,000.5 people in 2003-2004', ['at', 'least', '1,000.5', 'people', 'in', '2003-2004']],
  ['Deir\u00a0ez-Zor', ['Deir', 'ez-Zor']],
  ['in the 1990s at 10:30', ['in', 'the', '1990s', 'at', '10:30']],
  ['see https://example.com/a?b=1.', ['see', 'https://example.com/a?b=1', '.']],
  ['O’Neill said', ['O’Neill', 'said']],
  ['Pfc. Isiah L. Booker and Spc. Lorraine Walsh', ['Pfc.', 'Isiah', 'L.', 'Booker', 'and', 'Spc.', 'Lorraine', 'Walsh']],
  ['[achieving] a reduction', ['[', 'achieving', ']', 'a', 'reduction']],
];

for (const [input, expected] of cases) {
  test(`tokens.test: ${input}`, () => {
    const tokens = tokenize(input);
    assert.deepEqual(tokens.map((t) => t.text), expected, `tokens.test: ${input}`);
    for (const t of tokens) assert.equal(input.slice(t.start, t.end), t.text, `tokens.test: offsets of ${t.text}`);
  });
}

test('tokens.test: empty and whitespace-only input give no tokens', () => {
  assert.deepEqual(tokenize(''), []);
  assert.deepEqual(tokenize(' \n\t\u00a0 '), []);
});
