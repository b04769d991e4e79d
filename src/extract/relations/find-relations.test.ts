import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EntityType } from '../types.js';
import { findRelations } from './find-relations.js';
import type { RelationMention } from './mention-classes.js';

/** "[Vladimir Putin|PERSON] met …" → the plain sentence and its typed mentions. */
function marked(input: string): { text: string; mentions: RelationMention[] } {
  const mentions: RelationMention[] = [];
  let text = '';
  let rest = input;
  for (let m = /\[([^|\]]+)\|([A-Z_]+)\]/.exec(rest); m; m = /\[([^|\]]+)\|([A-Z_]+)\]/.exec(rest)) {
    text += rest.slice(0, m.index);
    const start = text.length;
    text += m[1];
    mentions.push({ start, end: text.length, text: m[1]!, type: m[2] as EntityType, id: m[1]!.toLowerCase() });
    rest = rest.slice(m.index + m[0].length);
  }
  return { text: text + rest, mentions };
}

function relationsOf(input: string): string[] {
  const { text, mentions } = marked(input);
  return findRelations(text, [{ start: 0, end: text.length }], mentions)
    .map((r) => `${r.type}(${r.sourceSpan!.text}, ${r.targetSpan!.text})`).sort();
}

const FINDS: [string, string[]][] = [
  // belongs_to
  ['[Sgt. Tom Hale|PERSON] was assigned to [the 3rd Infantry Brigade|ORG] last year.', ['belongs_to(Sgt. Tom Hale, the 3rd Infantry Brigade)']],
  ['[Anna Reyes|PERSON], a spokeswoman for [the Interior Ministry|ORG], declined to comment.', ['belongs_to(Anna Reyes, the Interior Ministry)']],
  ['Partner nations including [Norway|GPE], [Chile|GPE] and [Ghana|GPE] joined [the mission|ORG].', []],
  ['[The alliance|ORG] includes [Norway|GPE], [Chile|GPE] and [Ghana|GPE].', ['belongs_to(Chile, The alliance)', 'belongs_to(Ghana, The alliance)', 'belongs_to(Norway, The alliance)']],
  // in_charge_of
  ['[Omar Said|PERSON], commander of [the Northern Brigade|ORG], was wounded.', ['in_charge_of(Omar Said, the Northern Brigade)']],
  ['[Freedonian|NORP] President [Rufus Firefly|PERSON] arrived late.', ['in_charge_of(Rufus Firefly, Freedonian)']],
  ['The talks were hosted by [the council|ORG], led by [Maria Lind|PERSON].', ['in_charge_of(Maria Lind, the council)']],
  ['Rebels fled the [militia|ORG]-held [Old Town|LOC] at dawn.', ['in_charge_of(militia, Old Town)']],
  ['[The rebels|ORG] seized [Kobrin|GPE] on Tuesday.', ['in_charge_of(The rebels, Kobrin)']],
  ['A year after the fall of [Kobrin|GPE] to [the rebels|ORG], little remains.', ['in_charge_of(the rebels, Kobrin)']],
  ['Troops liberated the town of [Kobrin|GPE] from [the rebels|ORG].', ['in_charge_of(the rebels, Kobrin)']],
  ['[The task force|ORG] is currently led by Commodore [Ann Lee|PERSON].', ['in_charge_of(Ann Lee, The task force)']],
  // fighting_against
  ['[The air force|ORG] conducted six strikes against [the insurgents|ORG] overnight.', ['fighting_against(The air force, the insurgents)']],
  ['[The convoy|ORG] was ambushed by [Al-Shabaab|ORG] near the border.', ['fighting_against(Al-Shabaab, The convoy)']],
  ['[Coalition aircraft|VEHICLE] struck [a depot|FAC] and destroyed [a bridge|FAC].', ['fighting_against(Coalition aircraft, a bridge)', 'fighting_against(Coalition aircraft, a depot)']],
  // military_allies_of
  ['[The Ruritanian air force|ORG] flew in support of [the Freedonian army|ORG].', ['military_allies_of(The Ruritanian air force, the Freedonian army)']],
  ['[Ruritania|GPE] fought alongside [Freedonia|GPE] in 1944.', ['military_allies_of(Ruritania, Freedonia)']],
  ['[Ruritania|GPE] and [Freedonia|GPE] attacked [the rebels|ORG].', ['fighting_against(Freedonia, the rebels)', 'fighting_against(Ruritania, the rebels)', 'military_allies_of(Ruritania, Freedonia)']],
  ['The [US|GPE]-backed [Kurdish militia|ORG] advanced.', ['military_allies_of(US, Kurdish militia)']],
  // communicated_with
  ['[Jane Holt|PERSON] met with [Ali Karimi|PERSON] on Friday.', ['communicated_with(Jane Holt, Ali Karimi)']],
  ['[Jane Holt|PERSON] and [Ali Karimi|PERSON] discussed the ceasefire.', ['communicated_with(Jane Holt, Ali Karimi)']],
  ['[The minister|PERSON] held talks with [the Jordanian envoy|PERSON].', ['communicated_with(The minister, the Jordanian envoy)']],
  ['The agreement between [Ruritania|GPE] and [Freedonia|GPE] ends the dispute.', ['communicated_with(Ruritania, Freedonia)']],
  // co_located
  ['[Ruritanian troops|ORG] are stationed in [Valdor|GPE] and [Mirna|GPE].', ['co_located(Ruritanian troops, Mirna)', 'co_located(Ruritanian troops, Valdor)']],
  ['[Jane Holt|PERSON] met with [Ali Karimi|PERSON] in [Valdor|GPE] on Friday.', ['communicated_with(Jane Holt, Ali Karimi)', 'co_located(Ali Karimi, Valdor)', 'co_located(Jane Holt, Valdor)']],
  ['Near [Kobrin|GPE], one strike destroyed [a rocket launcher|WEAPON].', ['co_located(a rocket launcher, Kobrin)']],
  ['Fighting resumed around [Tarsk|GPE], [Ruritania|GPE] on Monday.', ['co_located(Tarsk, Ruritania)']],
  // is_the_same_as
  ['[The Northern Alliance Front|ORG] ([NAF|ORG]) denied it.', ['is_the_same_as(The Northern Alliance Front, NAF)']],
  ['[Abu Sayyaf al-Tunisi|PERSON], also known as [the Engineer|PERSON], was killed.', ['is_the_same_as(Abu Sayyaf al-Tunisi, the Engineer)']],
  ['[The defence minister|PERSON], [Karl Berg|PERSON], said the plan was ready.', ['is_the_same_as(The defence minister, Karl Berg)']],
  // has_the_attribute_of
  ['Aircraft destroyed [three|CARDINAL] [armoured vehicles|VEHICLE] overnight.', ['has_the_attribute_of(armoured vehicles, three)']],
  // likes, dislikes, apart
  ['[The council|ORG] welcomed [the agreement|LAW] on Thursday.', ['likes(The council, the agreement)']],
  ['[Freedonia|GPE] strongly condemns [the Red Brigades|ORG] for the attack.', ['dislikes(Freedonia, the Red Brigades)']],
  ['[The militants|ORG] were driven out of [Kobrin|GPE] in March.', ['apart(The militants, Kobrin)']],
];

test('find-relations.test: one sentence per way of stating each relation', () => {
  for (const [input, expected] of FINDS) {
    assert.deepEqual(relationsOf(input), expected.sort(), `find-relations.test: ${input}`);
  }
});

const MISSES: string[] = [
  // speech between the two mentions is not an attack by the speaker
  '[Jane Holt|PERSON] said the rebels attacked [the town|GPE].',
  // a plain list of places is not a place inside a place
  'Strikes hit [Kobrin|GPE], [Tarsk|GPE] and [Valdor|GPE].',
  'The threat they pose to [Kobrin|GPE], [Tarsk|GPE], and the wider region.',
  // a place is not an attacker
  '[Tarsk|LOC] saw fighters attack [the garrison|ORG].',
  // two names side by side in a list are not the same
  '[Jane Holt|PERSON], [Ali Karimi|PERSON] and [Omar Said|PERSON] were sanctioned.',
  // too far apart, across a clause break
  '[Ruritania|GPE] sent aid; the next day, rebels fought [the army|ORG].',
];

test('find-relations.test: sentences that state none of these relations', () => {
  for (const input of MISSES) {
    assert.deepEqual(relationsOf(input), [], `find-relations.test: ${input}`);
  }
});

test('find-relations.test: spans and evidence are exact slices of the text', () => {
  const { text, mentions } = marked('Yesterday [Jane Holt|PERSON] met with [Ali Karimi|PERSON] in [Valdor|GPE].');
  const relations = findRelations(text, [{ start: 0, end: text.length }], mentions);
  assert.ok(relations.length >= 2, 'find-relations.test: meeting and place');
  for (const r of relations) {
    for (const span of [r.evidence, r.sourceSpan!, r.targetSpan!]) assert.equal(text.slice(span.start, span.end), span.text);
    assert.ok(r.evidence.start <= Math.min(r.sourceSpan!.start, r.targetSpan!.start), 'find-relations.test: evidence covers the source');
    assert.ok(r.evidence.end >= Math.max(r.sourceSpan!.end, r.targetSpan!.end), 'find-relations.test: evidence covers the target');
  }
  assert.equal(relations[0]!.source, 'jane holt');
});

test('find-relations.test: two mentions of one entity relate only as the same', () => {
  const text = 'Russia (Russia) attacked Russia.';
  const mentions = [[0, 6], [8, 14], [24, 30]].map(([start, end]) => ({ start: start!, end: end!, text: 'Russia', type: 'GPE' as const, id: 'russia' }));
  const relations = findRelations(text, [{ start: 0, end: text.length }], mentions);
  assert.deepEqual(relations.map((r) => r.type), ['is_the_same_as']);
  assert.equal(relations[0]!.evidence.text, 'Russia (Russia)', 'find-relations.test: the evidence closes its bracket');
});

test('find-relations.test: mentions of different sentences are never paired', () => {
  const { text, mentions } = marked('[Jane Holt|PERSON] arrived. [Ali Karimi|PERSON] met with officials.');
  const cut = text.indexOf('. ') + 1;
  assert.deepEqual(findRelations(text, [{ start: 0, end: cut }, { start: cut + 1, end: text.length }], mentions), []);
});
