import { test } from 'node:test';
import assert from 'node:assert/strict';
import { AliasTable } from './aliases.js';
import { assignIds, type TypedMention } from './assign-ids.js';
import type { EntityType } from '../types.js';

const aliases = new AliasTable({
  entries: [
    { name: 'Islamic State', type: 'ORG', aliases: ['ISIS', 'IS', 'ISIL', 'Daesh'] },
    { name: 'Islamic State Khorasan Province', type: 'ORG', aliases: ['ISIS-K', 'ISKP'] },
    { name: 'Federal Security Service', type: 'ORG', aliases: ['FSB', 'Russian Federal Security Service'] },
    { name: 'Raqqa', type: 'GPE', aliases: ['A-Raqqa'] },
  ],
});

/** Finds each [text, type] in order in the text and returns the ids given to them. */
function idsFor(text: string, names: [string, EntityType][]): string[] {
  let from = 0;
  const mentions: TypedMention[] = names.map(([name, type]) => {
    const start = text.indexOf(name, from);
    assert.ok(start >= 0, `assign-ids.test: "${name}" not in text`);
    from = start + name.length;
    return { start, end: start + name.length, text: name, type };
  });
  return assignIds(text, mentions, aliases).map((m) => m.id);
}

const cases: [string, string, [string, EntityType][], string[]][] = [
  ['surname after full name', 'Vladimir Putin spoke. Putin left.', [['Vladimir Putin', 'PERSON'], ['Putin', 'PERSON']], ['vladimir-putin', 'vladimir-putin']],
  ['surname before full name', 'Putin spoke. Vladimir Putin left.', [['Putin', 'PERSON'], ['Vladimir Putin', 'PERSON']], ['vladimir-putin', 'vladimir-putin']],
  ['alias file', 'ISIS and the Islamic State and Daesh', [['ISIS', 'ORG'], ['Islamic State', 'ORG'], ['Daesh', 'ORG']], ['islamic-state', 'islamic-state', 'islamic-state']],
  ['ISIS-K stays apart', 'ISIS-K is not ISIS', [['ISIS-K', 'ORG'], ['ISIS', 'ORG']], ['islamic-state-khorasan-province', 'islamic-state']],
  ['acronym in brackets', 'the Coalition Provisional Authority (CPA) and CPA', [['Coalition Provisional Authority', 'ORG'], ['CPA', 'ORG'], ['CPA', 'ORG']], ['coalition-provisional-authority', 'coalition-provisional-authority', 'coalition-provisional-authority']],
  ['acronym by initials', 'Raqqa is Being Slaughtered Silently said RBSS', [['Raqqa is Being Slaughtered Silently', 'ORG'], ['RBSS', 'ORG']], ['raqqa-is-being-slaughtered-silently', 'raqqa-is-being-slaughtered-silently']],
  ['alias with nationality', 'Russian Federal Security Service agent; the FSB', [['Russian Federal Security Service', 'ORG'], ['FSB', 'ORG']], ['federal-security-service', 'federal-security-service']],
  ['transliteration fold', 'A-Raqqa and Raqqa', [['A-Raqqa', 'LOC'], ['Raqqa', 'GPE']], ['raqqa', 'raqqa']],
  ['same slug, other type', 'Washington said Washington', [['Washington', 'PERSON'], ['Washington', 'GPE']], ['washington', 'washington-gpe']],
  ['two different surnames', 'John Smith and Jane Doe met Smith', [['John Smith', 'PERSON'], ['Jane Doe', 'PERSON'], ['Smith', 'PERSON']], ['john-smith', 'jane-doe', 'john-smith']],
  ['possessive', 'Russia and Russia’s army', [['Russia', 'GPE'], ['Russia’s', 'GPE']], ['russia', 'russia']],
];

for (const [name, text, mentions, expected] of cases) {
  test(`assign-ids.test: ${name}`, () => {
    assert.deepEqual(idsFor(text, mentions), expected, `assign-ids.test: ${name}`);
  });
}

test('assign-ids.test: dates share an id by value, numbers by value', () => {
  const text = 'on Friday and on Friday, 3 and 3';
  const out = assignIds(text, [
    { start: 3, end: 9, text: 'Friday', type: 'DATE', value: '2015-10-09' },
    { start: 17, end: 23, text: 'Friday', type: 'DATE', value: '2015-10-09' },
    { start: 25, end: 26, text: '3', type: 'CARDINAL', value: '3' },
    { start: 31, end: 32, text: '3', type: 'CARDINAL', value: '3' },
  ], aliases);
  assert.deepEqual(out.map((m) => m.id), ['d1', 'd1', 'n2', 'n2']);
});

test('assign-ids.test: alias type corrects the tagger within a group', () => {
  const out = assignIds('in A-Raqqa', [{ start: 3, end: 10, text: 'A-Raqqa', type: 'LOC' }], aliases);
  assert.equal(out[0]!.type, 'GPE');
  assert.equal(out[0]!.name, 'Raqqa');
});
