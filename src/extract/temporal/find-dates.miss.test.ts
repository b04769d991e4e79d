import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findDates } from './find-dates.js';

// Texts in which findDates must find nothing (with and without a publication date).
const misses: string[] = [
  '2 min read',
  'an apparent ISIS attack on Metrojet Flight 9268 would force',
  'the ISIS-K attack on Crocus City Hall',
  'since the 9/11 attacks and the 7/7 bombings',
  'Al-Baghdadi may have been present. May we ask?',
  'they joined the march on the capital',
  'the March on Washington',
  'Theresa May said',
  'the Sun and the Mirror reported',
  'For weeks now, officials have been hoping',
  'In the days following the crash of Russian Metrojet Flight 9268',
  'Now maybe they will start attacking',
  'FSB deputy director Eugene Sysoev recently heralded',
  'who have attacked inside Russia in the past',
  'Call +1 202-555-0143 now',
  '60 Minutes correspondent Steve Kroft',
  'told ABC News’ This Week',
  'Russian Su-24 and F-16 jets at the G7 summit',
  'the Today programme',
  'at least 2000 people and 1,950 soldiers',
  'a 24/7 news channel',
];

for (const text of misses) {
  for (const published of [null, '2015-10-13']) {
    test(`find-dates.miss.test: ${text} (${published ?? 'no date'})`, () => {
      assert.deepEqual(findDates(text, { published }).map((m) => m.text), [], `find-dates.miss.test: ${text}`);
    });
  }
}
