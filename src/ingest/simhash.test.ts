import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fingerprint, hammingDistance, NEAR_DUPLICATE_BITS, simhash, simhashBands } from './simhash.js';
import { ELECTION_STORY, HARBOUR_STORY, MINING_STORY, numberedArticle } from './testing/articles.js';

const body = (story: string): string => story.split('\n').slice(1).join('\n');

test('simhash: 16 hex digits, deterministic, blind to case and punctuation', () => {
  assert.match(simhash(HARBOUR_STORY), /^[0-9a-f]{16}$/);
  assert.equal(simhash(HARBOUR_STORY), simhash(HARBOUR_STORY));
  assert.equal(simhash('The Port, reopened!'), simhash('the port reopened'));
  assert.equal(simhash(''), '0000000000000000');
});

test('simhash: a body with a line added or cut stays within the threshold; other stories are far', () => {
  const near: [string, string][] = [
    [body(HARBOUR_STORY), `${body(HARBOUR_STORY)}Reporting by the Wire Service; editing by the desk.\n`],
    [body(MINING_STORY), body(MINING_STORY).replace(/\nThe regional government[^\n]*/, '')],
    [body(ELECTION_STORY), `Published with permission.\n${body(ELECTION_STORY)}`],
  ];
  for (const [a, b] of near) assert.ok(hammingDistance(simhash(a), simhash(b)) <= NEAR_DUPLICATE_BITS, `simhash: near copy of "${a.slice(0, 30)}"`);
  const stories = [HARBOUR_STORY, MINING_STORY, ELECTION_STORY, numberedArticle(1), numberedArticle(2)];
  for (let i = 0; i < stories.length; i++) {
    for (let j = i + 1; j < stories.length; j++) {
      assert.ok(hammingDistance(simhash(stories[i]!), simhash(stories[j]!)) > 2 * NEAR_DUPLICATE_BITS, `simhash: stories ${i} and ${j} are far apart`);
    }
  }
});

test('simhash: hamming distance and bands', () => {
  assert.equal(hammingDistance('0000000000000000', 'ffffffffffffffff'), 64);
  assert.equal(hammingDistance('0000000000000001', '8000000000000000'), 2);
  assert.deepEqual(simhashBands('0123456789abcdef'), ['0123', '4567', '89ab', 'cdef']);
});

test('simhash: probes are the fingerprint and seven variants differing only in a few bits per band', () => {
  const { simhash: hash, probes } = fingerprint(HARBOUR_STORY);
  assert.equal(probes[0], hash);
  assert.equal(new Set(probes).size, 8);
  for (const probe of probes.slice(1)) {
    const distance = hammingDistance(hash, probe);
    assert.ok(distance >= 4 && distance <= 12, `simhash: probe differs in ${distance} bits`);
  }
});
