import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../../models/package-root.js';
import { findBoilerplate } from './boilerplate.js';
import { findPublished, findPublishedSpan } from './published.js';

const BODY = 'Russian airstrikes hit rebel positions in western Syria, officials in Damascus said on the record.';
const withDateline = (line: string) => `Headline of the story\n\n${line}\n\n${BODY}`;

const datelines: [string, string][] = [
  ['13 October 2015', '2015-10-13'],
  ['December 10, 2015', '2015-12-10'],
  ['Dec. 10, 2015', '2015-12-10'],
  ['2015-12-10', '2015-12-10'],
  ['Published: Thursday 10 December 2015 10:32 GMT', '2015-12-10'],
  ['Updated Dec 10 2015, 5:00 PM ET', '2015-12-10'],
  ['Published 10 Dec 2015 | Updated 11 Dec 2015', '2015-12-10'],
  ['Updated 11 Dec 2015, first published 10 Dec 2015', '2015-12-10'],
  ['By Kimberly Dozier | November 8, 2015', '2015-11-08'],
  ['Posted on March 25, 2024 at 10:15 am', '2024-03-25'],
];

for (const [line, expected] of datelines) {
  test(`published.test: dateline ${JSON.stringify(line)}`, () => {
    const text = withDateline(line);
    assert.equal(findPublished(text, findBoilerplate(text)), expected, `published.test: ${line}`);
    const span = findPublishedSpan(text, findBoilerplate(text));
    assert.ok(span, `published.test: ${line}: span`);
    assert.equal(text.slice(span.start, span.end), span.text, `published.test: ${line}: span offsets`);
    assert.equal(text.slice(span.line.start, span.line.end), line, `published.test: ${line}: line span`);
  });
}

/** Dates that are not the article's own: events in the body, partial dates, date ranges. */
const notDatelines = [
  'On Dec. 6, a Ukrainian TV network aired an interview with a former agent.',
  'On Aug. 24, 2004, two Chechen suicide bombers blew themselves up on separate airplanes.',
  'The attack occurred on March 22, 2024, and Russia was warned on March 7.',
  'December 10',
  'Kross served in Iraq in 2003-2004.',
  'Elections on 10 December 2015 and 11 December 2015 were postponed by the commission',
];

for (const line of notDatelines) {
  test(`published.test: no dateline in ${JSON.stringify(line)}`, () => {
    const text = withDateline(line);
    assert.equal(findPublished(text, findBoilerplate(text)), null, `published.test: ${line}`);
  });
}

test('published.test: a wire dateline opening the first paragraph', () => {
  const text = 'Russia strikes Raqqa\n\nMOSCOW, Dec. 10, 2015 (Reuters) — Russia said on Thursday it had struck Raqqa again, killing dozens.';
  assert.equal(findPublished(text, []), '2015-12-10');
});

test('published.test: a labelled date may close the article; an unlabelled one may not', () => {
  const body = Array.from({ length: 10 }, () => BODY).join('\n\n');
  assert.equal(findPublished(`Headline\n\n${body}\n\nPublished: 10 December 2015`, []), '2015-12-10');
  assert.equal(findPublished(`Headline\n\n${body}\n\n10 December 2015`, []), null);
});

test('published.test: metadata wins, the text is the fallback, nothing comes from the clock', () => {
  const text = withDateline('December 10, 2015');
  assert.equal(findPublished(text, [], { published: '2015-12-09T23:00:00Z' }), '2015-12-09');
  assert.equal(findPublished(text, [], { published: 'not a date' }), '2015-12-10');
  assert.equal(findPublished(text, [], {}), '2015-12-10');
  assert.equal(findPublished('Headline\n\nYesterday the Kremlin said so today.', []), null);
});

const SEED_DATES: [string, string | null][] = [
  ['000_66a8775f41325dab.txt', null],
  ['001_2058152583e7fe2b.txt', '2015-10-13'],
  ['003_4ffc94331be9b023.txt', '2015-12-10'],
];

for (const [file, expected] of SEED_DATES) {
  test(`published.test: seed ${file}`, () => {
    const text = readFileSync(join(packageRoot(), 'examples', 'seeds', file), 'utf8');
    assert.equal(findPublished(text, findBoilerplate(text)), expected, `published.test: ${file}`);
  });
}
