import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findNumbers } from './find-numbers.js';

type Expected = [text: string, type: string, value: string];

const cases: [string, Expected[]][] = [
  ['the loss of life—224 people died in the crash', [['224', 'CARDINAL', '224']]],
  ['the attack, which killed at least 139 people, was', [['at least 139', 'CARDINAL', '>=139']]],
  ['there are at least a dozen airports in the region', [['at least a dozen', 'CARDINAL', '>=12']]],
  ['"More than 80 percent of ISIS’s weapons', [['More than 80 percent', 'PERCENT', '>80%']]],
  ['Sysoev admitted that at least 20 percent of foreign fighters', [['at least 20 percent', 'PERCENT', '>=20%']]],
  ['a 20% rise and 3.5 per cent', [['20%', 'PERCENT', '20%'], ['3.5 per cent', 'PERCENT', '3.5%']]],
  ['claimed a ten-fold reduction and a 3-fold rise', [['ten-fold', 'CARDINAL', '10x'], ['3-fold', 'CARDINAL', '3x']]],
  ['one senior intelligence official told The Daily Beast', [['one', 'CARDINAL', '1']]],
  ['One U.S. intelligence official, speaking', [['One', 'CARDINAL', '1']]],
  ['Now, six U.S. intelligence and military officials told', [['six', 'CARDINAL', '6']]],
  ['Russia has struck two ISIS-controlled areas', [['two', 'CARDINAL', '2']]],
  ['two Chechen suicide bombers', [['two', 'CARDINAL', '2']]],
  ['President Obama has ordered 50 additional Special Forces personnel', [['50', 'CARDINAL', '50']]],
  ['sent tens of thousands of additional combat forces', [['tens of thousands', 'CARDINAL', 'tens of thousands']]],
  ['from the hundreds, maybe thousands, of foreign fighters', [['hundreds', 'CARDINAL', 'hundreds'], ['thousands', 'CARDINAL', 'thousands']]],
  ['1,200 troops and 2.5 million people', [['1,200', 'CARDINAL', '1200'], ['2.5 million', 'CARDINAL', '2500000']]],
  ['one hundred and fifty soldiers and twenty-four tanks', [['one hundred and fifty', 'CARDINAL', '150'], ['twenty-four', 'CARDINAL', '24']]],
  ['Four men have since appeared in court', [['Four', 'CARDINAL', '4']]],
  ['$5 million in aid and £3bn of loans and 10,000 rubles', [['$5 million', 'MONEY', 'USD 5000000'], ['£3bn', 'MONEY', 'GBP 3000000000'], ['10,000 rubles', 'MONEY', 'RUB 10000']]],
  ['about 50 kilometres from Raqqa and 12 miles away', [['about 50 kilometres', 'QUANTITY', '50 km'], ['12 miles', 'QUANTITY', '12 mi']]],
  ['the first time and a third attack, the 2nd wave', [['first', 'ORDINAL', '1'], ['third', 'ORDINAL', '3'], ['2nd', 'ORDINAL', '2']]],
  ['a second attack', [['second', 'ORDINAL', '2']]],
  ['more than 2000 people', [['more than 2000', 'CARDINAL', '>2000']]],
];

for (const [input, expected] of cases) {
  test(`find-numbers.test: ${input}`, () => {
    const found = findNumbers(input);
    assert.deepEqual(found.map((m): Expected => [m.text, m.type, m.value ?? '']), expected, `find-numbers.test: ${input}`);
    for (const m of found) assert.equal(input.slice(m.start, m.end), m.text, `find-numbers.test: offsets of ${m.text}`);
  });
}

test('find-numbers.test: nothing comes from excluded spans', () => {
  const text = '224 people died. Share: 5 comments';
  assert.deepEqual(findNumbers(text, { exclude: [{ start: 17, end: 34 }] }).map((m) => m.text), ['224'], 'find-numbers.test: exclude');
});
