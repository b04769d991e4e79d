// Corroboration and grading end to end: hand-written reports of one airstrike from several
// outlets are ingested, clustered, counted by independent source, checked for contradictions
// and graded by the Admiralty rule (src/analyse/admiralty.ts); analysts' grades change it.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { createApp } from '../api/app.js';
import type { BoardItem, DocumentSummary, Paged, TimelineItem } from '../api/dto.js';
import { airstrikeCorpus, type TempCorpus } from '../api/testing/corpus-fixture.js';
import type { Store } from '../store/store.js';
import { createServices } from './corpus-services.js';

let corpus: TempCorpus;
let store: Store;
let app: OpenAPIHono;

async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
  const response = await app.request(path, body === undefined ? { method } : { method, body: JSON.stringify(body), headers: { 'content-type': 'application/json' } });
  assert.equal(response.status, 200, `${method} ${path}`);
  return (await response.json()) as T;
}

/** The board item of the airstrike: the event cluster with the Idlib strike's reports. */
async function airstrike(): Promise<BoardItem> {
  const { items } = await call<{ items: BoardItem[] }>('GET', '/api/claims?limit=200');
  const found = items.filter((i) => i.kind === 'event' && i.summary === 'airstrike in Idlib');
  assert.equal(found.length, 1, 'corroboration.test: the five reports make one event');
  return found[0]!;
}

const gradeOutlet = (outlet: string, grade: string) =>
  call('PUT', `/api/grades/sources/${encodeURIComponent(outlet)}`, { grade, reason: `test: ${outlet} is ${grade}`, who: 'ana' });

describe('corroboration.test: one airstrike reported by five outlets', () => {
  before(async () => {
    corpus = await airstrikeCorpus();
    store = await corpus.open();
    // No snapshot reuse between calls, as after another process's ingest.
    app = createApp(createServices(store, { snapshotMaxAgeMs: 0 }));
  });
  after(async () => {
    await store.close();
    corpus.cleanUp();
  });

  test('the syndicated copy is stored as a duplicate of the original', async () => {
    const { items } = await call<Paged<DocumentSummary & { status?: string }>>('GET', '/api/documents');
    const byOutlet = new Map(items.map((d) => [d.outlet, d]));
    assert.deepEqual([...byOutlet.keys()].sort(), ['Eastern Ledger', 'Harbour Tribune', 'Northern Courier', 'State Herald', 'Valley Post']);
    const ledger = await call<Paged<DocumentSummary>>('GET', '/api/documents?outlet=Eastern%20Ledger');
    assert.deepEqual(ledger.items.map((d) => d.title), ['Twelve dead as jets bomb Idlib']);
    const copy = await call<{ document: { duplicateOf: string | null } }>('GET', `/api/documents/${byOutlet.get('Valley Post')!.id}`);
    assert.equal(copy.document.duplicateOf, byOutlet.get('Northern Courier')!.id);
  });

  test('the board counts the outlet and its syndicated copy once, keeps both sides of the toll and the denial', async () => {
    const item = await airstrike();
    assert.equal(item.reports.length, 5);
    const outletsOf = (keys: string[]) => keys.map((k) => item.reports.find((r) => r.key === k)!.outlet).sort();
    // Courier and its copy are one source, the Ledger another; the Tribune's toll and the
    // Herald's denial are on the other sides.
    assert.equal(item.independentSources, 2);
    const casualties = item.contradictions.find((c) => c.kind === 'casualties');
    assert.ok(casualties, 'corroboration.test: 12 against 31 dead is a contradiction');
    assert.deepEqual(
      casualties.sides.map((s) => [s.value, outletsOf(s.reports)]).sort(),
      [['12', ['Eastern Ledger', 'Northern Courier', 'Valley Post']], ['31', ['Harbour Tribune']]],
    );
    const denial = item.contradictions.find((c) => c.kind === 'denial');
    assert.ok(denial);
    assert.deepEqual(outletsOf(denial.sides.find((s) => s.value === 'denied')!.reports), ['State Herald']);
    assert.deepEqual(item.reports.filter((r) => !r.supports).map((r) => r.outlet).sort(), ['Harbour Tribune', 'State Herald']);
    assert.equal(item.reports.find((r) => r.outlet === 'State Herald')!.certainty, 'denied');
    // Nobody graded any outlet: every source is F, so the dispute is between equals → 4.
    assert.deepEqual([item.credibility, item.reason], [4, 'contradicted by an equally reliable source (F)']);
    assert.equal(item.override, null);
  });

  test('grading outlets changes the computed credibility by the Admiralty rule', async () => {
    await gradeOutlet('Northern Courier', 'B');
    let item = await airstrike();
    assert.ok(item.reports.filter((r) => r.outlet === 'Northern Courier').every((r) => r.grade === 'B'));
    assert.deepEqual([item.credibility, item.reason], [2, '2 independent sources, disputed by a less reliable one (F)']);

    await gradeOutlet('State Herald', 'A');
    item = await airstrike();
    assert.deepEqual([item.credibility, item.reason], [5, 'contradicted by a more reliable source (A over B)']);

    await gradeOutlet('State Herald', 'B');
    item = await airstrike();
    assert.deepEqual([item.credibility, item.reason], [4, 'contradicted by an equally reliable source (B)']);

    const grades = await call<{ outlet: string; grade: string; history: unknown[] }[]>('GET', '/api/grades/sources');
    const herald = grades.find((g) => g.outlet === 'State Herald')!;
    assert.deepEqual([herald.grade, herald.history.length], ['B', 2], 'corroboration.test: the history keeps both grades');
    assert.equal(grades.find((g) => g.outlet === 'Eastern Ledger')!.grade, 'F', 'corroboration.test: an outlet with articles but no grade is listed as F');
  });

  test('an analyst’s override shows on the board with who and why, the latest winning', async () => {
    const item = await airstrike();
    const report = item.reports.find((r) => r.outlet === 'Eastern Ledger')!;
    await call('PUT', `/api/grades/event/${report.id}`, { credibility: 1, who: 'ana', reason: 'matches satellite imagery' });
    let graded = await airstrike();
    assert.equal(graded.credibility, 1);
    assert.equal(graded.reason, 'set by an analyst');
    assert.deepEqual({ ...graded.override, at: undefined }, { credibility: 1, who: 'ana', reason: 'matches satellite imagery', at: undefined });

    await call('PUT', `/api/grades/event/${report.id}`, { credibility: 2, who: 'ben', reason: 'imagery is a day late' });
    graded = await airstrike();
    assert.deepEqual([graded.credibility, graded.override?.who, graded.override?.reason], [2, 'ben', 'imagery is a day late']);

    const { items } = await call<{ items: TimelineItem[] }>('GET', '/api/timeline?type=airstrike&place=Idlib');
    assert.equal(items.length, 1);
    assert.deepEqual([items[0]!.start, items[0]!.precision, items[0]!.credibility, items[0]!.reports.length], ['2026-03-14', 'day', 2, 5]);
  });
});
