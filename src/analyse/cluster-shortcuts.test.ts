// The clustering shortcuts (anchor blocking for events; copies and prefix filtering for claims)
// must give exactly the clusters that comparing every pair gives.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { clusterClaims, contentWords, jaccard, SAME_CLAIM_SIMILARITY, type ClaimReport } from './claim-clusters.js';
import { clusterEvents, sameEvent, type EventReport } from './event-clusters.js';
import { UnionFind } from './union-find.js';

/** A deterministic pseudo-random generator (mulberry32), so a failure can be replayed. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(next: () => number, items: readonly T[]): T => items[Math.floor(next() * items.length)]!;

/** The clusters as sorted lists of report ids, sorted: comparable whatever the order. */
function partition(clusters: { reports: { id: string }[] }[]): string[][] {
  return clusters.map((c) => c.reports.map((r) => r.id).sort()).sort((a, b) => (a[0]! < b[0]! ? -1 : 1));
}

function allPairs<T extends { id: string }>(reports: readonly T[], same: (a: T, b: T) => boolean): string[][] {
  const sets = new UnionFind(reports.length);
  for (let i = 0; i < reports.length; i++) for (let j = i + 1; j < reports.length; j++) if (same(reports[i]!, reports[j]!)) sets.union(i, j);
  return partition(sets.groups().map((group) => ({ reports: group.map((i) => reports[i]!) })));
}

test('cluster-shortcuts.test: claims cluster as when every pair is compared', () => {
  const vocabulary = ['troops', 'border', 'attack', 'ceasefire', 'talks', 'missile', 'killed', 'city', 'army', 'peace', 'moscow', 'kyiv'];
  for (const seed of [1, 2, 3]) {
    const next = random(seed);
    const claims: ClaimReport[] = Array.from({ length: 300 }, (_, i) => ({
      id: `q${String(i).padStart(3, '0')}`, documentId: `d${i}`, outlet: null, duplicateOf: null,
      speaker: next() < 0.3 ? null : pick(next, ['putin', 'zelensky', 'biden']),
      content: Array.from({ length: 1 + Math.floor(next() * 6) }, () => pick(next, vocabulary)).join(' '),
      certainty: 'asserted',
    }));
    for (const threshold of [SAME_CLAIM_SIMILARITY, 0.3, 0.75]) {
      const expected = allPairs(claims, (a, b) =>
        (a.speaker === null || b.speaker === null || a.speaker === b.speaker) && jaccard(contentWords(a.content), contentWords(b.content)) >= threshold);
      assert.deepEqual(partition(clusterClaims(claims, threshold)), expected, `seed ${seed}, threshold ${threshold}`);
    }
  }
});

test('cluster-shortcuts.test: events cluster as when every pair of a type family is compared', () => {
  const next = random(7);
  const people = ['russia', 'ukraine', 'isis', 'usa', 'kurds'];
  const events: EventReport[] = Array.from({ length: 400 }, (_, i) => ({
    id: `e${String(i).padStart(3, '0')}`, documentId: `d${i}`, outlet: null, duplicateOf: null,
    type: pick(next, ['airstrike', 'bombing', 'armed_attack', 'arrest', 'meeting'] as const),
    actors: next() < 0.6 ? [pick(next, people)] : [],
    targets: next() < 0.5 ? [pick(next, people)] : [],
    location: next() < 0.6 ? pick(next, ['raqqa', 'mosul', 'aleppo', 'kyiv']) : null,
    date: next() < 0.7 ? `2015-10-${String(1 + Math.floor(next() * 20)).padStart(2, '0')}` : null,
    killed: null, certainty: 'asserted',
  }));
  assert.deepEqual(partition(clusterEvents(events)), allPairs(events, (a, b) => sameEvent(a, b)));
});
