// The whole pipeline on the five demo articles (examples/seeds): what an analyst relies on.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadExtractor } from '../models/load-resources.js';
import { packageRoot } from '../models/package-root.js';
import type { Extraction } from './extraction.js';
import { checkStageOrder } from './extractor.js';

const seedsDir = join(packageRoot(), 'examples', 'seeds');
const extractor = loadExtractor();
const seeds = new Map<string, { text: string; result: Extraction }>();
for (const file of readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).sort()) {
  const text = readFileSync(join(seedsDir, file), 'utf8');
  seeds.set(file.slice(0, 3), { text, result: extractor.extract({ text }) });
}
const seed = (n: string) => seeds.get(n)!;
const idsOf = (n: string, surface: string) => new Set(seed(n).result.entities.filter((e) => e.text === surface).map((e) => e.id));

test('extractor.test: the five titles and the stated dates', () => {
  assert.deepEqual([...seeds.values()].map((s) => s.result.title), [
    'Raqqa raid suggests Russian intelligence has sources inside ISIS',
    'Islamic State sees opportunity in Russian airstrikes',
    'U.S. Spies Root for an ISIS-Russia War',
    'Moscow’s Connection to the Islamic State',
    "Russia left exposed to ISIS as Vladimir Putin's intelligence services 'overextended'",
  ]);
  assert.deepEqual([...seeds.values()].map((s) => s.result.published), [null, '2015-10-13', null, '2015-12-10', null]);
});

test('extractor.test: every mention is exact, typed, identified and outside boilerplate', () => {
  for (const [name, { text, result }] of seeds) {
    for (const e of result.entities) {
      assert.equal(text.slice(e.start, e.end), e.text, `extractor.test: ${name} offsets of ${e.text}`);
      assert.ok(e.id && e.type, `extractor.test: ${name} ${e.text} has id and type`);
      assert.ok(!result.boilerplate.some((b) => e.start < b.end && b.start < e.end), `extractor.test: ${name} ${e.text} inside boilerplate`);
    }
  }
});

test('extractor.test: one entity, one id within a document', () => {
  assert.deepEqual(idsOf('004', 'Putin'), new Set(['vladimir-putin']), 'Putin after Vladimir Putin');
  assert.deepEqual(idsOf('004', 'Vladimir Putin'), new Set(['vladimir-putin']));
  assert.deepEqual(idsOf('004', 'FSB'), new Set(['federal-security-service']), 'FSB = Federal Security Service');
  assert.deepEqual(idsOf('004', 'ISIS'), new Set(['islamic-state']));
  assert.deepEqual(idsOf('004', 'ISIS-K'), new Set(['islamic-state-khorasan-province']), 'ISIS-K is another actor');
  const raqqa = seed('001').result.entities.filter((e) => /Raqqa$/.test(e.text) && e.type === 'GPE');
  assert.ok(raqqa.some((e) => e.text === 'A-Raqqa'), 'extractor.test: A-Raqqa found');
  assert.deepEqual(new Set(raqqa.map((e) => e.id)), new Set(['raqqa']), 'A-Raqqa = Raqqa');
  assert.deepEqual(idsOf('003', 'Danylyuk'), idsOf('003', 'Oleksandr Danylyuk'));
});

test('extractor.test: names keep no titles, and well-known places are places', () => {
  const people = seed('000').result.entities.filter((e) => e.type === 'PERSON').map((e) => e.text);
  assert.ok(people.includes('Sergei Shoigu') && !people.some((p) => /Minister|President/.test(p)), people.join(', '));
  const raqqa = seed('000').result.entities.filter((e) => e.text === 'Raqqa');
  assert.ok(raqqa.length > 0 && raqqa.every((e) => e.type === 'GPE'), 'extractor.test: Raqqa is a GPE');
});

test('extractor.test: relative dates resolve against the publication date', () => {
  const dates = Object.fromEntries(seed('001').result.entities.filter((e) => e.type === 'DATE').map((e) => [e.text, e.value]));
  assert.equal(dates['last Friday'], '2015-10-09');
  assert.equal(dates['13 October 2015'], '2015-10-13');
  const undated = seed('000').result.entities.filter((e) => e.type === 'DATE');
  assert.ok(undated.length > 0 && undated.every((e) => e.value === undefined), 'extractor.test: no date, no resolved value');
});

test('extractor.test: casualty numbers are CARDINAL with a comparator', () => {
  const counts = seed('004').result.entities.filter((e) => e.type === 'CARDINAL');
  assert.ok(counts.some((e) => e.text === 'at least 139' && e.value === '>=139'), counts.map((e) => e.text).join(', '));
});

test('extractor.test: a stage order that breaks a requirement is refused', () => {
  assert.deepEqual(extractor.stages, ['document.metadata', 'tokenize.sentences', 'ner.names', 'values.dates-numbers', 'entities.ids', 'places.geo', 'quotes.attribution', 'events', 'relations']);
  const first = { id: 'a', requires: [], run: () => {} };
  const second = { id: 'b', requires: ['a'], run: () => {} };
  assert.doesNotThrow(() => checkStageOrder([first, second]));
  assert.throws(() => checkStageOrder([second, first]), /stage "b" requires "a"/);
});

// The names stage's repairs of the tagger's output, end to end (the shipped model): each row
// is a sentence and the names it must give, in order, as TYPE:text.
const repairs: [string, string[]][] = [
  ['Navy Capt. Jeff Davis said on Monday.', ['PERSON:Jeff Davis']],
  ['Army Lt. Gen. Stephen J. Townsend said the strikes continued.', ['PERSON:Stephen J. Townsend']],
  ['Petty Officer Keating was killed.', ['PERSON:Keating']],
  ['He was assigned to 2nd Battalion, 5th Special Forces Group, Fort Campbell, Kentucky.',
    ['ORG:2nd Battalion', 'ORG:5th Special Forces Group', 'FAC:Fort Campbell', 'GPE:Kentucky']],
  ['They fought the Islamic State of Iraq and the Levant near Dayr az Zawr.', ['ORG:Islamic State of Iraq and the Levant', 'GPE:Dayr az Zawr']],
  ['In Turkey Minister Ellwood met them.', ['GPE:Turkey', 'PERSON:Ellwood']],
];
for (const [text, expected] of repairs) {
  test(`extractor.test: names repaired in "${text}"`, () => {
    const names = extractor.extract({ text }).entities
      .filter((e) => !['DATE', 'TIME', 'CARDINAL', 'ORDINAL'].includes(e.type))
      .map((e) => `${e.type}:${text.slice(e.start, e.end)}`);
    assert.deepEqual(names, expected);
  });
}
