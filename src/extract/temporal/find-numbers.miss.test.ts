import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findNumbers } from './find-numbers.js';

// Texts in which findNumbers must find nothing: dates, names, codes, pronominal "one".
const misses: string[] = [
  '2 min read',
  'an apparent ISIS attack on Metrojet Flight 9268 would force',
  'the ISIS-K attack',
  'Russian Su-24 and F-16 jets at the G7 summit after 9/11 and 7/7',
  'MH17 and COVID-19 on Route 66 at No. 10',
  'On Dec. 6, a network aired; 13 October 2015; Aug. 24, 2004; the 13th of October',
  'beginning in 2011 and in 2003-2004 and the 1990s',
  'over the past five years, in one week, for two days',
  'Omar al-Shishani, one of the top commanders',
  'This one slipped through the cracks.',
  'By analyzing their connections, one, of course, will be able to see',
  'Because that is the best one to have.',
  'No one knows.',
  '60 Minutes correspondent Steve Kroft',
  'Call +1 202-555-0143 now or (555) 123-4567',
  'at 10:30 a.m. and 5 pm',
  'the 21st century',
  'the Second World War and the First Lady',
  'Wait a second.',
  'In the first half of 2015, a 27-year-old man',
  'Resolution 2249, the Boeing 737 and the Airbus A321 at UTC+3',
];

for (const text of misses) {
  test(`find-numbers.miss.test: ${text}`, () => {
    assert.deepEqual(findNumbers(text).map((m) => m.text), [], `find-numbers.miss.test: ${text}`);
  });
}
