import { test } from 'node:test';
import assert from 'node:assert/strict';
import { AliasTable } from '../entities/aliases.js';
import type { EntityType } from '../types.js';
import { stateMetonymCue, type Capitals } from './metonymy.js';
import { resolveEntities } from './resolve-entities.js';
import type { ResolverDocument } from './types.js';

const capitals: Capitals = new Map([
  ['Moscow', { state: 'Russia', names: ['Russia', 'Russian Federation'] }],
  ['Washington', { state: 'United States', names: ['United States', 'United States of America'] }],
]);

/** [sentence, the capital's type, is it the state?] */
const cases: [string, EntityType, boolean][] = [
  ['Moscow supports the regime in Damascus.', 'GPE', true],
  ['Moscow has long denied any role.', 'GPE', true],
  ['Analysts say Moscow’s intervention changed the war.', 'GPE', true],
  ['Washington warned of consequences.', 'GPE', true],
  ['Moscow said on Monday it would respond.', 'ORG', true],
  ['Moscow is a city of twelve million.', 'GPE', false],
  ['Officials in Moscow said the bomb was found.', 'GPE', false],
  ['Flights departing from Moscow were delayed.', 'GPE', false],
  ['A Moscow synagogue was the target.', 'GPE', false],
  ['The metro in Moscow supports a million riders.', 'GPE', false],
];

for (const [sentence, type, isState] of cases) {
  test(`metonymy.test: ${sentence}`, () => {
    const name = /Washington/.test(sentence) ? 'Washington' : 'Moscow';
    const start = sentence.indexOf(name);
    const cue = stateMetonymCue(sentence, { start, end: start + name.length, text: name, type, id: 'x' }, capitals);
    assert.equal(cue !== undefined, isState, `metonymy.test: ${sentence} (cue: ${cue})`);
  });
}

test('metonymy.test: "Moscow supports" joins Russia while the city keeps its own id', () => {
  const text = 'Russia and Moscow. Moscow supports Assad.';
  const doc: ResolverDocument = {
    file: 'a',
    text,
    entities: [
      { start: 0, end: 6, text: 'Russia', type: 'GPE', id: 'russia' },
      { start: 11, end: 17, text: 'Moscow', type: 'GPE', id: 'moscow' },
      { start: 19, end: 25, text: 'Moscow', type: 'GPE', id: 'moscow' },
    ],
  };
  const resolution = resolveEntities([doc], AliasTable.empty(), { capitals });
  const idsOf = (r: typeof resolution) => doc.entities.map((m) => r.mentionIds[0]!.get(`${m.start}:${m.end}`));
  assert.deepEqual(idsOf(resolution), ['russia', 'moscow', 'russia']);
  assert.equal(resolution.idMaps[0]!.get('moscow'), 'moscow');
  const russia = resolution.entities.find((e) => e.id === 'russia')!;
  assert.deepEqual(russia.aliases.map((a) => a.name), ['Russia', 'Moscow']);
  assert.match(russia.merges.map((m) => m.reason).join('\n'), /capital for its state: "Moscow supports" in a means Russia/);
  // Without the text (or the capitals list) the mention stays the city.
  const plain = resolveEntities([{ ...doc, text: undefined }], AliasTable.empty(), { capitals });
  assert.deepEqual(idsOf(plain), ['russia', 'moscow', 'moscow']);
});
