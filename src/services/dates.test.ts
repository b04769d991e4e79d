import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isCalendarDate } from './dates.js';

test('dates.test: only real days, months and years are dates', () => {
  const cases: [string, boolean][] = [
    ['2015', true], ['2015-12', true], ['2015-12-10', true], ['2016-02-29', true],
    ['2015-02-29', false], ['2015-13', false], ['2015-00-10', false], ['2015-04-31', false], ['2015-12-00', false],
    ['15-12-10', false], ['2015/12/10', false], ['yesterday', false], ['', false], ['2015-1-5', false],
  ];
  for (const [value, expected] of cases) assert.equal(isCalendarDate(value), expected, value);
});
