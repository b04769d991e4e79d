import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findDates } from './find-dates.js';

type Expected = [text: string, type: string, value?: string];

// [text, published, expected mentions in text order]
const cases: [string, string | null, Expected[]][] = [
  // Calendar dates (chrono), the year from the publication date when missing.
  ['13 October 2015', '2015-10-13', [['13 October 2015', 'DATE', '2015-10-13']]],
  ['Updated December 10, 2015 at noon', null, [['December 10, 2015', 'DATE', '2015-12-10'], ['noon', 'TIME', 'XXXX-XX-XXT12:00']]],
  ['munitions in support of the SDF since Dec. 5 to 922, he added.', '2016-12-20', [['Dec. 5', 'DATE', '2016-12-05']]],
  ['starting at 10 a.m. Nov. 29, 2016.', null, [['10 a.m.', 'TIME', '2016-11-29T10:00'], ['Nov. 29, 2016', 'DATE', '2016-11-29']]],
  ['It ended on Monday at 3 p.m. there', '2015-10-13', [['Monday', 'DATE', '2015-10-12'], ['3 p.m.', 'TIME', '2015-10-12T15:00']]],
  ['On Dec. 6, a Ukrainian TV network aired', '2015-12-10', [['Dec. 6', 'DATE', '2015-12-06']]],
  ['On Dec. 6, a Ukrainian TV network aired', null, [['Dec. 6', 'DATE', 'XXXX-12-06']]],
  ['The attack occurred on March 22, and', '2024-03-28', [['March 22', 'DATE', '2024-03-22']]],
  ['The attack occurred on March 22, and', null, [['March 22', 'DATE', 'XXXX-03-22']]],
  ['The attack occurred on Dec. 28.', '2016-01-05', [['Dec. 28', 'DATE', '2015-12-28']]],
  ['The vote will be held on Jan. 3.', '2015-12-28', [['Jan. 3', 'DATE', '2016-01-03']]],
  ['On Aug. 24, 2004, two bombers', null, [['Aug. 24, 2004', 'DATE', '2004-08-24']]],
  ['Tuesday, Oct. 13, 2015', null, [['Tuesday, Oct. 13, 2015', 'DATE', '2015-10-13']]],
  ['filed on 10/13/2015 and 2015-10-14', null, [['10/13/2015', 'DATE', '2015-10-13'], ['2015-10-14', 'DATE', '2015-10-14']]],
  ['talks on Dec. 6-8 in Paris', '2015-12-10', [['Dec. 6-8', 'DATE', '2015-12-06/2015-12-08']]],
  // Months and years.
  ['An investigative report published in July by', '2015-12-10', [['July', 'DATE', '2015-07']]],
  ['An investigative report published in July by', '2016-02-01', [['July', 'DATE', '2015-07']]],
  ['The summit will take place in July.', '2016-02-01', [['July', 'DATE', '2016-07']]],
  ['An investigative report published in July by', null, [['July', 'DATE', 'XXXX-07']]],
  ['remarks made in November, Sysoev', '2015-12-10', [['November', 'DATE', '2015-11']]],
  ['since March 2015 and in mid-March', null, [['March 2015', 'DATE', '2015-03'], ['mid-March', 'DATE', 'XXXX-03']]],
  ['It happened last July.', '2015-12-10', [['last July', 'DATE', '2015-07']]],
  ['beginning in 2011, the FSB', null, [['2011', 'DATE', '2011']]],
  ['In 2007 and 2008, President Bush', null, [['2007', 'DATE', '2007'], ['2008', 'DATE', '2008']]],
  ['in Iraq in 2003-2004, working', null, [['2003-2004', 'DATE', '2003/2004']]],
  ['between 1998–99 and mid-2015', null, [['1998–99', 'DATE', '1998/1999'], ['mid-2015', 'DATE', '2015']]],
  ['"In spring 2014, local networks', null, [['spring 2014', 'DATE', '2014-SP']]],
  ['in the 1990s and the 21st century', null, [['the 1990s', 'DATE', '199'], ['the 21st century', 'DATE', '20']]],
  ['In the first half of 2015, about', null, [['the first half of 2015', 'DATE', '2015-H1']]],
  ['A 27-year-old man was arrested', null, [['27-year-old', 'DATE', 'P27Y']]],
  // Relative to the publication date (2015-10-13 is a Tuesday).
  ['prayers in A-Raqqa city last Friday to avoid', '2015-10-13', [['last Friday', 'DATE', '2015-10-09']]],
  ['a trend of desertions last weekend.', '2015-10-13', [['last weekend', 'DATE', '2015-W41-WE']]],
  ['one senior defense official said last week.', '2015-10-13', [['last week', 'DATE', '2015-W41']]],
  ['this week and next week', '2015-10-13', [['this week', 'DATE', '2015-W42'], ['next week', 'DATE', '2015-W43']]],
  ['Shoigu yesterday, and today the ministry', '2015-10-13', [['yesterday', 'DATE', '2015-10-12'], ['today', 'DATE', '2015-10-13']]],
  ['intelligence earlier this month of a plan', '2015-10-13', [['earlier this month', 'DATE', '2015-10']]],
  ['last month and next year', '2015-01-13', [['last month', 'DATE', '2014-12'], ['next year', 'DATE', '2016']]],
  ['three days ago and two weeks ago', '2015-10-13', [['three days ago', 'DATE', '2015-10-10'], ['two weeks ago', 'DATE', '2015-W40']]],
  [' A few weeks ago there was a bubble', '2015-10-13', [['A few weeks ago', 'DATE']]],
  ['last summer and last winter', '2015-10-13', [['last summer', 'DATE', '2015-SU'], ['last winter', 'DATE', '2014-WI']]],
  ['airstrikes in Raqqa on Friday, as officials', '2015-11-08', [['Friday', 'DATE', '2015-11-06']]],
  ['airstrikes in Raqqa on Friday, as officials', null, [['Friday', 'DATE', 'XXXX-WXX-5']]],
  ['They will meet next Friday.', '2015-10-13', [['next Friday', 'DATE', '2015-10-16']]],
  // No publication date: relative expressions are mentions without a value.
  ['Shoigu yesterday during a meeting', null, [['yesterday', 'DATE']]],
  ['claiming today that Russia received intelligence earlier this month', null, [['today', 'DATE'], ['earlier this month', 'DATE']]],
  ['a concert hall last week.', null, [['last week', 'DATE']]],
  // Durations.
  ['a reduction over the previous year, and', '2015-12-10', [['the previous year', 'DATE', 'P1Y']]],
  ['in the North Caucasus over the past five years.', '2015-12-10', [['the past five years', 'DATE', 'P5Y']]],
  ['from Iraq and Syria for more than a year, without', null, [['more than a year', 'DATE', '>P1Y']]],
  ['For several years now, officials', null, [['several years', 'DATE', 'PXY']]],
  ['two other indications in one week that', null, [['one week', 'DATE', 'P1W']]],
  ['the past decade', null, [['the past decade', 'DATE', 'P10Y']]],
  ['for three hours', null, [['three hours', 'TIME', 'PT3H']]],
  // Times.
  ['The blast came at 10:30 a.m. near the gate', '2015-10-13', [['10:30 a.m.', 'TIME', '2015-10-13T10:30']]],
  ['The blast came at 10:30 a.m. near the gate', null, [['10:30 a.m.', 'TIME', 'XXXX-XX-XXT10:30']]],
  ['The blast came at midnight.', '2015-10-13', [['midnight', 'TIME', '2015-10-13T00:00']]],
  ['Officials said this morning that', '2015-10-13', [['this morning', 'TIME', '2015-10-13TMO']]],
  ['Shots were heard last night.', '2015-10-13', [['last night', 'TIME', '2015-10-12TNI']]],
  ['Shots were heard last night.', null, [['last night', 'TIME']]],
  ['Resolution 2249 passed on Friday night.', '2015-11-22', [['Friday night', 'TIME', '2015-11-20TNI']]],
];

for (const [input, published, expected] of cases) {
  test(`find-dates.test: ${input} (${published ?? 'no date'})`, () => {
    const found = findDates(input, { published });
    const got = found.map((m): Expected => (m.value === undefined ? [m.text, m.type] : [m.text, m.type, m.value]));
    assert.deepEqual(got, expected, `find-dates.test: ${input}`);
    for (const m of found) assert.equal(input.slice(m.start, m.end), m.text, `find-dates.test: offsets of ${m.text}`);
  });
}

test('find-dates.test: nothing comes from excluded spans', () => {
  const text = '2 min read\n13 October 2015\nPublished yesterday';
  const found = findDates(text, { published: '2015-10-13', exclude: [{ start: 27, end: 46 }] });
  assert.deepEqual(found.map((m) => m.text), ['13 October 2015'], 'find-dates.test: exclude');
});

test('find-dates.test: the same input gives the same output', () => {
  const text = 'On Dec. 6, last Friday, in 2011 and over the past five years';
  assert.deepEqual(findDates(text, { published: null }), findDates(text, { published: null }), 'find-dates.test: deterministic');
});

test('find-dates.test: an impossible published date is treated as none', () => {
  assert.deepEqual(findDates('yesterday', { published: '2015-02-30' }).map((m) => m.value), [undefined], 'find-dates.test: bad anchor');
});
