import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitSentences } from '../tokenize/index.js';
import { AliasTable } from './aliases.js';
import { findAliasMentions, preferLongerAliases } from './alias-mentions.js';

const aliases = new AliasTable({
  entries: [
    { name: 'Islamic State', type: 'ORG', aliases: ['IS', 'ISIS', 'the Islamic State', "Da'esh"] },
    { name: 'Islamic State Khorasan Province', type: 'ORG', aliases: ['ISIS-K', 'Islamic State Khorasan'] },
    { name: 'Raqqa', type: 'GPE', aliases: ['A-Raqqa'] },
    { name: 'ISIL', type: 'ORG', aliases: ['Islamic State of Iraq and the Levant'] },
  ],
});

const cases: [string, string, string[]][] = [
  ['a short alias in a sentence', 'They are moving IS fighters from A-Raqqa to Iraq.', ['IS', 'A-Raqqa']],
  ['the longest alias wins', 'The Islamic State Khorasan attack.', ['Islamic State Khorasan']],
  ['not in a headline in capitals', 'THIS IS THE END OF IS', []],
  ['lower-case aliases are not searched for', 'the islamic state is', []],
  ['not inside a word', 'ISISland and KIS', []],
  ['a curly apostrophe matches the straight one', 'Strikes on Da’esh and Da\'esh.', ['Da’esh', "Da'esh"]],
];

for (const [name, text, expected] of cases) {
  test(`alias-mentions.test: ${name}`, () => {
    const found = findAliasMentions(text, splitSentences(text), aliases, []);
    assert.deepEqual(found.map((m) => m.text), expected, `alias-mentions.test: ${name}`);
  });
}

test('alias-mentions.test: names the tagger found are left alone', () => {
  const text = 'IS and IS';
  const found = findAliasMentions(text, splitSentences(text), aliases, [{ start: 0, end: 2 }]);
  assert.deepEqual(found.map((m) => m.start), [7]);
});

test('alias-mentions.test: a long alias takes the place of the pieces inside it, not of a longer name', () => {
  const text = 'The Islamic State of Iraq and the Levant and the Islamic State Army met.';
  const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length, text: s });
  const names = [
    { ...at('Islamic State'), type: 'ORG' as const }, { ...at('Iraq'), type: 'GPE' as const }, { ...at('Levant'), type: 'PERSON' as const },
    { ...at('Islamic State Army'), type: 'ORG' as const },
  ];
  const found = preferLongerAliases(text, splitSentences(text), aliases, names);
  assert.deepEqual(found.map((m) => `${m.type}:${m.text}`), ['ORG:Islamic State of Iraq and the Levant', 'ORG:Islamic State Army']);
});
