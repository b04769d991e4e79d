import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { clusterClaims, isNegated, type ClaimReport } from './claim-clusters.js';
import { claimContradictions, eventContradictions } from './contradictions.js';
import { clusterEvents, sameEvent, type EventReport } from './event-clusters.js';
import { gradeClaimCluster, gradeEventCluster } from './grade-cluster.js';
import { countIndependent } from './sources.js';
import { dayRange, gapInDays } from './timex-range.js';

function event(id: string, fields: Partial<EventReport>): EventReport {
  return {
    id, documentId: id, outlet: null, duplicateOf: null, type: 'airstrike', actors: [], targets: [],
    location: null, date: null, killed: null, certainty: 'asserted', ...fields,
  };
}

describe('date ranges', () => {
  it('keeps precision honest', () => {
    assert.deepEqual(dayRange('2015-10'), { first: 16709, last: 16739, precision: 'month' });
    assert.equal(dayRange('XXXX-03-22'), null);
    assert.equal(gapInDays(dayRange('2015-10')!, dayRange('2015-10-09')!), 0);
    assert.equal(gapInDays(dayRange('2015-10-01')!, dayRange('2015-10-09')!), 8);
  });
});

describe('independent sources', () => {
  it('counts an outlet once and a syndicated copy as its original', () => {
    const refs = [
      { documentId: 'a', outlet: 'Reuters', duplicateOf: null },
      { documentId: 'b', outlet: 'reuters ', duplicateOf: null },
      { documentId: 'c', outlet: 'Daily Mail', duplicateOf: 'a' },
      { documentId: 'd', outlet: null, duplicateOf: null },
    ];
    const outlets: Record<string, string> = { a: 'Reuters' };
    assert.equal(countIndependent(refs, (id) => outlets[id] ?? null), 2);
  });
});

describe('event coreference', () => {
  const cases: [string, Partial<EventReport>, Partial<EventReport>, boolean][] = [
    ['same place, close dates', { location: 'raqqa', date: '2015-11-20' }, { location: 'raqqa', date: '2015-11-21' }, true],
    ['same place, month vs day', { location: 'raqqa', date: '2015-11' }, { location: 'raqqa', date: '2015-11-21' }, true],
    ['same place, dates a week apart', { location: 'raqqa', date: '2015-11-20' }, { location: 'raqqa', date: '2015-11-28' }, false],
    ['different places', { location: 'raqqa', date: '2015-11-20' }, { location: 'aleppo', date: '2015-11-20' }, false],
    ['bombing and airstrike at one place and day', { location: 'raqqa', date: '2015-11-20' }, { type: 'bombing', location: 'raqqa', date: '2015-11-20' }, true],
    ['no dates: place alone is not enough', { location: 'raqqa' }, { location: 'raqqa' }, false],
    ['no dates: place and actor', { location: 'raqqa', actors: ['russia'] }, { location: 'raqqa', actors: ['russia'] }, true],
    ['different types', { location: 'raqqa', date: '2015-11-20' }, { type: 'arrest', location: 'raqqa', date: '2015-11-20' }, false],
  ];
  for (const [name, a, b, expected] of cases) {
    it(name, () => assert.equal(sameEvent(event('a', a), event('b', b)), expected));
  }

  it('clusters, counts sources, finds disputed tolls and grades', () => {
    const reports = [
      event('r1', { outlet: 'Reuters', location: 'raqqa', date: '2015-11-20', killed: 139 }),
      event('r2', { outlet: 'BBC', location: 'raqqa', date: '2015-11-20', killed: 139 }),
      event('r3', { outlet: 'RT', location: 'raqqa', date: '2015-11-21', killed: 12 }),
      event('r4', { outlet: 'BBC', type: 'arrest', location: 'moscow', date: '2015-11-20' }),
    ];
    const clusters = clusterEvents(reports);
    assert.equal(clusters.length, 2);
    const strike = clusters.find((c) => c.id === 'r1')!;
    assert.equal(strike.independentSources, 3);
    const [toll] = eventContradictions(strike.reports);
    assert.equal(toll!.kind, 'casualties');
    assert.deepEqual(toll!.sides, [{ value: '139', reports: ['r1', 'r2'] }, { value: '12', reports: ['r3'] }]);
    const grades: Record<string, 'A' | 'B' | 'C' | 'D' | 'E' | 'F'> = { RT: 'E', BBC: 'B', Reuters: 'B' };
    const graded = gradeEventCluster(strike, (outlet) => grades[outlet ?? ''] ?? 'F');
    assert.equal(graded.independentSources, 2);
    assert.equal(graded.grade.credibility, 2, graded.grade.reason);
    assert.deepEqual(eventContradictions([event('x', { killed: 220 }), event('y', { killed: 224 })]), []);
  });
});

describe('claims', () => {
  function claim(id: string, content: string, fields: Partial<ClaimReport> = {}): ClaimReport {
    return { id, documentId: id, outlet: id, duplicateOf: null, speaker: null, content, certainty: 'reported', ...fields };
  }

  it('clusters the same claim and flags its negation', () => {
    assert.equal(isNegated("Baghdadi wasn't killed in the strike"), true);
    const reports = [
      claim('a', 'Abu Bakr al-Baghdadi was killed in the Raqqa strike', { speaker: 'russia' }),
      claim('b', 'al-Baghdadi was not killed in the Raqqa strike'),
      claim('c', 'the pipeline will open next year'),
    ];
    const clusters = clusterClaims(reports);
    assert.equal(clusters.length, 2);
    const killed = clusters.find((c) => c.id === 'a')!;
    assert.deepEqual(killed.reports.map((r) => r.id), ['a', 'b']);
    assert.equal(claimContradictions(killed.reports)[0]!.kind, 'negation');
    assert.equal(gradeClaimCluster(killed, () => 'F').grade.credibility, 4);
  });

  it('keeps different speakers saying similar words apart', () => {
    const clusters = clusterClaims([
      claim('a', 'we will strike the terrorists in Syria', { speaker: 'vladimir-putin' }),
      claim('b', 'we will strike the terrorists in Syria', { speaker: 'barack-obama' }),
    ]);
    assert.equal(clusters.length, 2);
  });
});
