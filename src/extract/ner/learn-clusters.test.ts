import assert from 'node:assert/strict';
import { test } from 'node:test';
import { WordClusters } from './clusters.js';
import { learnClusters } from './learn-clusters.js';

// A toy corpus written for this test: weekdays after "on", cities after "in", verbs after "she".
const DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'];
const CITIES = ['paris', 'lagos', 'lima', 'oslo', 'hanoi'];
const VERBS = ['left', 'arrived', 'spoke', 'returned', 'waited'];

function corpus(): string[][] {
  const sentences: string[][] = [];
  for (let r = 0; r < 6; r++) {
    DAYS.forEach((day, d) => CITIES.forEach((city, c) => {
      sentences.push(['she', VERBS[(d + c + r) % VERBS.length]!, 'in', city, 'on', day, '.']);
    }));
  }
  return sentences;
}

const OPTIONS = { minCount: 2, contextWords: 50, window: 2, branching: [6, 2], iterations: 10, seed: 1 };

test('learn-clusters: words used alike share a top-level cluster, words used differently do not', () => {
  const paths = learnClusters(corpus(), OPTIONS);
  const top = (word: string) => paths.get(word)!.split('.')[0];
  for (const group of [DAYS, CITIES, VERBS]) {
    assert.equal(new Set(group.map(top)).size, 1, `learn-clusters: ${group.join(' ')} → ${group.map((w) => paths.get(w)).join(' ')}`);
  }
  assert.equal(new Set([top('monday'), top('paris'), top('left')]).size, 3, 'learn-clusters: three distinct groups');
  assert.match(paths.get('monday')!, /^\d+\.\d+$/, 'learn-clusters: one path level per branching step');
});

test('learn-clusters: the same sentences and seed give the same table; rare words get none', () => {
  const sentences = [...corpus(), ['a', 'hapax', 'word']];
  assert.deepEqual([...learnClusters(sentences, OPTIONS)], [...learnClusters(sentences, OPTIONS)]);
  assert.equal(learnClusters(sentences, OPTIONS).has('hapax'), false);
});

test('clusters: the table round-trips and gives prefix hashes coarse to fine', () => {
  const clusters = new WordClusters(new Map([['monday', '3.1.2'], ['tuesday', '3.1.0'], ['paris', '1.0.2']]));
  const copy = WordClusters.deserialize(clusters.serialize());
  assert.deepEqual([...copy.paths], [...clusters.paths]);
  const monday = copy.of('monday')!;
  const tuesday = copy.of('tuesday')!;
  assert.equal(monday.length, 3);
  assert.equal(monday[0], tuesday[0], 'clusters: same top level');
  assert.equal(monday[1], tuesday[1], 'clusters: same second level');
  assert.notEqual(monday[2], tuesday[2], 'clusters: different leaves');
  assert.notEqual(copy.of('paris')![0], monday[0]);
  assert.equal(copy.of('unknown'), undefined);
  assert.throws(() => WordClusters.deserialize('word\tx.1'), /bad line/);
});
