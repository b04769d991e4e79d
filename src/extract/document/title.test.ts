import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../../models/package-root.js';
import { findBoilerplate } from './boilerplate.js';
import { findPublished } from './published.js';
import { findTitle } from './title.js';

const BODY = 'Russian airstrikes hit rebel positions in western Syria on Tuesday, officials in Damascus said on the record.';

const cases: [string, string, string | null][] = [
  ['headline then body', `Raqqa raid suggests Russian intelligence has sources inside ISIS\n\n${BODY}`, 'Raqqa raid suggests Russian intelligence has sources inside ISIS'],
  ['reading time first', `2 min read\n\nIslamic State sees opportunity in Russian airstrikes\n\n${BODY}`, 'Islamic State sees opportunity in Russian airstrikes'],
  ['title-case kicker above a title-case headline', `Enemy of My Enemy\n\nU.S. Spies Root for an ISIS-Russia War\n\nIntelligence officials tell The Daily Beast that they hope for a war.\n\n${BODY}`, 'U.S. Spies Root for an ISIS-Russia War'],
  ['one-word section label', `Analysis\n\nRussia sees an opportunity in the Syrian war\n\n${BODY}`, 'Russia sees an opportunity in the Syrian war'],
  ['headline above a sentence-case deck', `Moscow’s Connection to the Islamic State\n\nWide belief on the Russian periphery that Moscow supports the extremist group\n\n${BODY}`, 'Moscow’s Connection to the Islamic State'],
  ['short headline above a sentence-case deck', `Putin’s Syrian Gamble\n\nWhy the Kremlin is betting on Assad\n\n${BODY}`, 'Putin’s Syrian Gamble'],
  ['question headline', `Is Russia helping the Islamic State recruit fighters from the Caucasus?\n\n${BODY}`, 'Is Russia helping the Islamic State recruit fighters from the Caucasus?'],
  ['headline ending in an abbreviation', `Russian spies outwit the U.S.\n\n${BODY}`, 'Russian spies outwit the U.S.'],
  ['byline and dateline before the headline', `By Kimberly Dozier\nDecember 10, 2015\n\nSpies root for war\n\n${BODY}`, 'Spies root for war'],
  ['labelled byline first', `BYLINE: Amber Phillips.\n\nBest thing that happened to Republicans\n\n${BODY}`, 'Best thing that happened to Republicans'],
  ['CRLF', `\r\nHeadline with CRLF\r\n\r\n${BODY}\r\n`, 'Headline with CRLF'],
  ['title-case headline closed by a full stop', `Stealth Over Health: Clinton Was Headed to ER But Diverted.\n\n${BODY}`, 'Stealth Over Health: Clinton Was Headed to ER But Diverted.'],
  ['a short sentence-case lead is not a headline', `Boris Johnson met the Iraqi Foreign Minister in London today.\n\n${BODY}`, null],
  ['no headline: text opens with prose', `${BODY}\n\n${BODY}`, null],
  ['two sentences are not a headline', 'He left. She stayed.\n\nMore text.', null],
  ['empty', '', null],
];

for (const [label, text, expected] of cases) {
  test(`title.test: ${label}`, () => {
    const title = findTitle(text, findBoilerplate(text));
    assert.equal(title?.text ?? null, expected, `title.test: ${label}`);
    if (title) assert.equal(text.slice(title.start, title.end), title.text, `title.test: ${label}: offsets`);
  });
}

const SEED_TITLES: [string, string][] = [
  ['000_66a8775f41325dab.txt', 'Raqqa raid suggests Russian intelligence has sources inside ISIS'],
  ['001_2058152583e7fe2b.txt', 'Islamic State sees opportunity in Russian airstrikes'],
  ['002_89c35655ff2163d9.txt', 'U.S. Spies Root for an ISIS-Russia War'],
  ['003_4ffc94331be9b023.txt', 'Moscow’s Connection to the Islamic State'],
  ['004_235248039ada5189.txt', "Russia left exposed to ISIS as Vladimir Putin's intelligence services 'overextended'"],
];

for (const [file, expected] of SEED_TITLES) {
  test(`title.test: seed ${file}`, () => {
    const text = readFileSync(join(packageRoot(), 'examples', 'seeds', file), 'utf8');
    const title = findTitle(text, findBoilerplate(text));
    assert.equal(title?.text, expected, `title.test: ${file}`);
    assert.equal(text.slice(title!.start, title!.end), expected, `title.test: ${file}: offsets`);
  });
}

test('title.test: the seeds with CRLF line ends give the same title, date and boilerplate', () => {
  for (const [file] of SEED_TITLES) {
    const lf = readFileSync(join(packageRoot(), 'examples', 'seeds', file), 'utf8');
    const crlf = lf.replace(/\r?\n/g, '\r\n');
    const texts = (text: string) => findBoilerplate(text).map((b) => text.slice(b.start, b.end));
    assert.deepEqual(texts(crlf), texts(lf), `title.test: ${file}: boilerplate with CRLF`);
    assert.equal(findTitle(crlf, findBoilerplate(crlf))?.text, findTitle(lf, findBoilerplate(lf))?.text, `title.test: ${file}: title with CRLF`);
    assert.equal(findPublished(crlf, findBoilerplate(crlf)), findPublished(lf, findBoilerplate(lf)), `title.test: ${file}: date with CRLF`);
  }
});
