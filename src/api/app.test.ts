// Every route of the HTTP API through the app object (no port), over a real SQLite store
// holding the five seed articles ingested with corpus-wide entity resolution.
import assert from 'node:assert/strict';
import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { createServices } from '../services/corpus-services.js';
import { SqliteStore } from '../store/sqlite/sqlite-store.js';
import type { Store } from '../store/store.js';
import { createApp } from './app.js';
import type {
  BoardItem, ClaimsPage, DocumentSummary, EdgeEvidencePage, DocumentView, EntityProfile, EntitySummary, GraphView, MapResponse, Paged, SearchResponse, TimelineItem,
} from './dto.js';
import { ingestInto, type TempCorpus } from './testing/corpus-fixture.js';
import { useSeedApp } from './testing/seed-app.js';

let corpus: TempCorpus;
let store: Store;
let app: OpenAPIHono;

async function call<T = unknown>(method: string, path: string, body?: unknown, target = app): Promise<{ status: number; body: T }> {
  const init: RequestInit = { method };
  if (body !== undefined) {
    init.body = typeof body === 'string' ? body : JSON.stringify(body);
    init.headers = { 'content-type': 'application/json' };
  }
  const response = await target.request(path, init);
  assert.match(response.headers.get('content-type') ?? '', /application\/json/, `${method} ${path}: answers JSON`);
  return { status: response.status, body: (await response.json()) as T };
}
const get = <T>(path: string) => call<T>('GET', path);

/** A 400 or 404 with a one-line message that mentions `words`. */
async function refused(status: 400 | 404, method: string, path: string, words: RegExp, body?: unknown): Promise<void> {
  const result = await call<{ error: string }>(method, path, body);
  assert.equal(result.status, status, `${method} ${path}: ${JSON.stringify(result.body)}`);
  assert.equal(typeof result.body.error, 'string');
  assert.doesNotMatch(result.body.error, /\n/);
  assert.match(result.body.error, words);
}

describe('app.test: the HTTP API over the seed corpus', () => {
  useSeedApp((seeds) => ({ corpus, store, app } = seeds));

  test('GET /api/documents pages through the five seeds newest first, without overlap', async () => {
    const first = await get<Paged<DocumentSummary>>('/api/documents?limit=2');
    const rest = await get<Paged<DocumentSummary>>('/api/documents?limit=3&offset=2');
    assert.equal(first.status, 200);
    assert.equal(first.body.total, 5);
    assert.deepEqual([first.body.items.length, first.body.limit, first.body.offset], [2, 2, 0]);
    assert.equal(rest.body.items.length, 3);
    const ids = [...first.body.items, ...rest.body.items].map((d) => d.id);
    assert.equal(new Set(ids).size, 5, 'app.test: pages do not overlap');
    assert.equal(first.body.items[0]!.title, 'Moscow’s Connection to the Islamic State', 'app.test: the only dated 2015-12 seed comes first');
    assert.ok(first.body.items.every((d) => d.grade === 'F'), 'app.test: ungraded outlets are F');
    assert.equal((await get<Paged<DocumentSummary>>('/api/documents?offset=10')).body.items.length, 0);
    await refused(400, 'GET', '/api/documents?limit=0', /limit/);
    await refused(400, 'GET', '/api/documents?limit=500', /limit/);
    await refused(400, 'GET', '/api/documents?offset=-1', /offset/);
  });

  test('GET /api/documents/{id} gives the text with its annotations; an unknown id is a 404', async () => {
    const list = await get<Paged<DocumentSummary>>('/api/documents?limit=1');
    const id = list.body.items[0]!.id;
    const { status, body } = await get<DocumentView>(`/api/documents/${id}`);
    assert.equal(status, 200);
    assert.equal(body.document.id, id);
    assert.match(body.document.text, /^Moscow’s Connection to the Islamic State/);
    const putin = body.mentions.find((m) => m.entityId === 'vladimir-putin');
    assert.equal(putin, undefined, 'app.test: seed 003 names Putin only in its photo caption, which is no mention');
    assert.ok(body.boilerplate.some((b) => body.document.text.slice(b.start, b.end).includes('Vladimir Putin')), 'app.test: the caption is marked as boilerplate');
    for (const m of body.mentions) assert.equal(body.document.text.slice(m.start, m.end), m.text, 'app.test: spans point into the text');
    assert.ok(body.mentions.some((m) => m.entityId === 'islamic-state'));
    await refused(404, 'GET', '/api/documents/0000000000000000', /no document/);
  });

  test('GET /api/search finds articles with snippets and facets; bad dates are a 400', async () => {
    const { status, body } = await get<SearchResponse>('/api/search?q=Crocus');
    assert.equal(status, 200);
    assert.equal(body.total, 1);
    assert.match(body.items[0]!.document.title ?? '', /overextended/);
    assert.match(body.items[0]!.snippet, /Crocus/);
    const byEntity = await get<SearchResponse>('/api/search?entity=vladimir-putin');
    assert.equal(byEntity.body.total, 3, 'app.test: three seeds mention Putin in their text');
    assert.equal((await get<SearchResponse>('/api/search?entity=Putin')).body.total, 3, 'app.test: an entity may be named');
    await refused(404, 'GET', '/api/search?entity=nobody-at-all', /no entity "nobody-at-all"/);
    const people = await get<SearchResponse>('/api/search?q=Putin&type=PERSON&limit=1&offset=1');
    assert.equal(people.body.items.length, 1);
    assert.ok(people.body.facets.entity.some((f) => f.value === 'vladimir-putin'));
    const dated = await get<SearchResponse>('/api/search?from=2015-12&to=2015-12-31');
    assert.deepEqual(dated.body.items.map((h) => h.document.published), ['2015-12-10']);
    await refused(400, 'GET', '/api/search?from=2015-13-01', /from: not a calendar date/);
    await refused(400, 'GET', '/api/search?to=2015-02-30', /to: not a calendar date/);
    await refused(400, 'GET', '/api/search?from=yesterday', /from: a date as YYYY/);
  });

  test('GET /api/entities lists by mentions, filters by name and type, and pages', async () => {
    const top = await get<Paged<EntitySummary>>('/api/entities?limit=3');
    assert.equal(top.status, 200);
    assert.equal(top.body.items[0]!.id, 'islamic-state');
    const counts = top.body.items.map((e) => e.mentionCount);
    assert.deepEqual(counts, [...counts].sort((a, b) => b - a));
    const next = await get<Paged<EntitySummary>>('/api/entities?limit=3&offset=3');
    assert.ok(next.body.items.every((e) => !top.body.items.some((t) => t.id === e.id)));
    const vlad = await get<Paged<EntitySummary>>('/api/entities?q=vlad');
    assert.deepEqual(vlad.body.items.map((e) => e.name), ['Vladimir Putin']);
    const people = await get<Paged<EntitySummary>>('/api/entities?type=person&limit=200');
    assert.ok(people.body.items.length > 3 && people.body.items.every((e) => e.type === 'PERSON'));
  });

  test('GET /api/entities/{id}: Putin aggregates the four seeds naming him; ISIS and ISIS-K stay apart', async () => {
    const { status, body } = await get<EntityProfile>('/api/entities/vladimir-putin');
    assert.equal(status, 200);
    assert.equal(body.documentCount, 3);
    assert.equal(body.documents.length, 3);
    assert.deepEqual(body.namedOutsideText.map((d) => d.title), ['Moscow’s Connection to the Islamic State']);
    assert.equal(new Set([...body.documents, ...body.namedOutsideText].map((d) => d.id)).size, 4, 'app.test: four seeds name him');
    assert.ok(['Putin', 'Vladimir Putin'].every((name) => body.aliases.some((a) => a.name === name)));
    assert.ok(body.quotesBy.length >= 2, 'app.test: his quotes are on his profile');
    assert.ok(body.relations.some((r) => r.source.id === 'vladimir-putin' || r.target.id === 'vladimir-putin'));

    const isis = await get<EntityProfile>('/api/entities/islamic-state');
    const isisK = await get<EntityProfile>('/api/entities/islamic-state-khorasan-province');
    assert.ok(isis.body.aliases.some((a) => a.name === 'ISIS'));
    assert.ok(!isis.body.aliases.some((a) => a.name === 'ISIS-K'), 'app.test: ISIS-K is not an alias of ISIS');
    assert.deepEqual(isisK.body.aliases.map((a) => a.name), ['ISIS-K']);
    assert.notEqual(isis.body.id, isisK.body.id);
  });

  test('GET /api/entities/{name}: a name or what articles call it finds the entity', async () => {
    for (const [asked, id] of [['Putin', 'vladimir-putin'], ['vladimir putin', 'vladimir-putin'], ['ISIS', 'islamic-state'], ['ISIS-K', 'islamic-state-khorasan-province']] as const) {
      const { status, body } = await get<EntityProfile>(`/api/entities/${encodeURIComponent(asked)}`);
      assert.equal(status, 200, asked);
      assert.equal(body.id, id, `app.test: "${asked}" is ${id}`);
    }
    await refused(404, 'GET', '/api/entities/Zebulon%20Quibble', /no entity "Zebulon Quibble"/);
  });

  test('GET /api/entities/{id}/lists/{list}: a profile\'s lists in full, a page at a time; the profile holds the newest', async () => {
    const profile = (await get<EntityProfile>('/api/entities/vladimir-putin')).body;
    const lists = ['documents', 'eventsAsActor', 'eventsAsTarget', 'quotesBy', 'quotesAbout', 'relations'] as const;
    for (const list of lists) {
      assert.equal(profile.totals[list], profile[list].length, `app.test: all of ${list} when few`);
      const whole = (await get<Paged<unknown>>(`/api/entities/vladimir-putin/lists/${list}?limit=200`)).body;
      assert.deepEqual(whole.items, profile[list]);
      const pages: unknown[] = [];
      for (let offset = 0; offset < whole.total; offset += 2) pages.push(...(await get<Paged<unknown>>(`/api/entities/Putin/lists/${list}?limit=2&offset=${offset}`)).body.items);
      assert.deepEqual(pages, whole.items, list);
    }
    assert.ok(profile.quotesBy.length >= 2 && profile.documents.length >= 2);
    // Newest first.
    const published = profile.documents.map((d) => d.published ?? '');
    assert.deepEqual(published, [...published].sort().reverse());
    // A profile holding one item per list says how many there are.
    const terse = createApp(createServices(store, { profileItems: 1 }));
    const cut = (await (await terse.request('/api/entities/vladimir-putin')).json()) as EntityProfile;
    for (const list of lists) assert.deepEqual([cut[list], cut.totals[list]], [profile[list].slice(0, 1), profile.totals[list]], list);
    await refused(400, 'GET', '/api/entities/vladimir-putin/lists/friends', /invalid request: list/);
    await refused(404, 'GET', '/api/entities/nobody-at-all/lists/quotesBy', /no entity/);
  });

  test('GET /api/graph gives the neighbourhood with centrality; no entity is a 400, an unknown one a 404', async () => {
    const { status, body } = await get<GraphView>('/api/graph?entity=Putin&depth=1');
    assert.equal(status, 200);
    const putin = body.nodes.find((n) => n.id === 'vladimir-putin');
    assert.ok(putin && putin.degree > 0);
    const ids = new Set(body.nodes.map((n) => n.id));
    assert.ok(body.edges.some((e) => e.source === 'vladimir-putin' || e.target === 'vladimir-putin'));
    assert.ok(body.edges.every((e) => ids.has(e.source) && ids.has(e.target)), 'app.test: links stay within the neighbourhood');
    assert.ok(body.edges.every((e) => e.evidence.length > 0 && e.evidence.length === e.evidenceCount), 'app.test: every link has evidence, all of it when little');
    const wider = await get<GraphView>('/api/graph?entity=vladimir-putin&depth=2');
    assert.ok(wider.body.nodes.length > body.nodes.length);
    await refused(400, 'GET', '/api/graph', /at least one entity/);
    await refused(400, 'GET', '/api/graph?entity=vladimir-putin&depth=9', /depth/);
    await refused(404, 'GET', '/api/graph?entity=nobody-at-all', /no entity/);
  });

  test('GET /api/graph/edges/{id}: a link\'s evidence a page at a time; a view carries only the first', async () => {
    const { body } = await get<GraphView>('/api/graph?entity=vladimir-putin');
    const link = [...body.edges].sort((a, b) => b.evidenceCount - a.evidenceCount)[0]!;
    assert.ok(link.evidenceCount >= 2, `app.test: ${link.id} has ${link.evidenceCount} sentences`);
    const path = `/api/graph/edges/${encodeURIComponent(link.id)}`;
    const all = (await get<EdgeEvidencePage>(path)).body;
    assert.deepEqual(all.edge, { id: link.id, source: link.source, target: link.target, kind: link.kind });
    assert.deepEqual(all.items, link.evidence);
    assert.equal(all.total, link.evidenceCount);
    const pages = [];
    for (let offset = 0; offset < all.total; offset++) pages.push(...(await get<EdgeEvidencePage>(`${path}?limit=1&offset=${offset}`)).body.items);
    assert.deepEqual(pages, all.items);
    // A view with one sentence per link says how many there are.
    const terse = createApp(createServices(store, { graphEvidence: 1 }));
    const view = (await (await terse.request('/api/graph?entity=vladimir-putin')).json()) as GraphView;
    const same = view.edges.find((e) => e.id === link.id)!;
    assert.deepEqual([same.evidence, same.evidenceCount], [all.items.slice(0, 1), all.total]);
    await refused(404, 'GET', '/api/graph/edges/nobody%7Cknows%7Cnothing', /no link "nobody\|knows\|nothing"/);
  });

  test('GET /api/graph/path finds a chain of evidenced links; none is a 404 saying so', async () => {
    const { status, body } = await get<GraphView>('/api/graph/path?from=Putin&to=Raqqa');
    assert.equal(status, 200);
    assert.equal(body.nodes[0]!.id, 'vladimir-putin');
    assert.equal(body.nodes[body.nodes.length - 1]!.id, 'raqqa');
    // Each step of the chain is backed by at least one link between its two entities.
    for (let i = 1; i < body.nodes.length; i++) {
      const [a, b] = [body.nodes[i - 1]!.id, body.nodes[i]!.id];
      assert.ok(body.edges.some((e) => (e.source === a && e.target === b) || (e.source === b && e.target === a)), `app.test: ${a} – ${b}`);
    }
    // An entity with no link at all cannot be reached.
    const entities = await get<Paged<EntitySummary>>('/api/entities?limit=200');
    let isolated: EntitySummary | undefined;
    for (const e of entities.body.items.slice().reverse()) {
      if ((await get<GraphView>(`/api/graph?entity=${e.id}`)).body.edges.length === 0) {
        isolated = e;
        break;
      }
    }
    assert.ok(isolated, 'app.test: the seeds have an entity without links');
    await refused(404, 'GET', `/api/graph/path?from=vladimir-putin&to=${isolated.id}`, /^no path between "Vladimir Putin" and ".+" in the corpus$/);
    await refused(404, 'GET', '/api/graph/path?from=vladimir-putin&to=nobody-at-all', /no entity "nobody-at-all"/);
    await refused(400, 'GET', '/api/graph/path?from=vladimir-putin', /to/);
  });

  test('GET /api/timeline: dated events oldest first, filtered by type, actor and place', async () => {
    const all = await get<{ items: TimelineItem[] }>('/api/timeline');
    assert.equal(all.status, 200);
    assert.ok(all.body.items.length > 0);
    const starts = all.body.items.map((i) => i.start);
    assert.deepEqual(starts, [...starts].sort());
    for (const item of all.body.items) {
      assert.ok(item.start <= item.end);
      assert.ok(item.reports.length > 0 && item.credibility >= 1 && item.credibility <= 6);
    }
    const type = all.body.items[0]!.type;
    const ofType = await get<{ items: TimelineItem[] }>(`/api/timeline?type=${type}`);
    assert.ok(ofType.body.items.length > 0 && ofType.body.items.length <= all.body.items.length);
    assert.ok(ofType.body.items.every((i) => i.type === type || i.label.length > 0));
    const none = await get<{ items: TimelineItem[] }>('/api/timeline?type=no_such_type');
    assert.deepEqual(none.body.items, []);
    const withPlace = all.body.items.find((i) => i.location);
    assert.ok(withPlace, 'app.test: some seed event has a place');
    const atPlace = await get<{ items: TimelineItem[] }>(`/api/timeline?place=${encodeURIComponent(withPlace.location!.name)}`);
    assert.ok(atPlace.body.items.some((i) => i.id === withPlace.id));
    assert.ok(atPlace.body.items.every((i) => i.location?.id === withPlace.location!.id));
    const withActor = all.body.items.find((i) => i.actors.length > 0)!;
    const byActor = await get<{ items: TimelineItem[] }>(`/api/timeline?actor=${withActor.actors[0]!.id}`);
    assert.ok(byActor.body.items.every((i) => [...i.actors, ...i.targets].some((r) => r.id === withActor.actors[0]!.id)));
    await refused(404, 'GET', '/api/timeline?actor=nobody-at-all', /no entity/);
  });

  test('GET /api/map gives GeoJSON points for places, Moscow among them', async () => {
    const { status, body } = await get<MapResponse>('/api/map');
    assert.equal(status, 200);
    assert.equal(body.type, 'FeatureCollection');
    const moscow = body.features.find((f) => f.properties?.['id'] === 'moscow');
    assert.ok(moscow);
    if (moscow.geometry.type !== 'Point') return assert.fail('app.test: places are points');
    const [lon = 0, lat = 0] = moscow.geometry.coordinates;
    assert.ok(Math.abs(lat - 55.75) < 0.5 && Math.abs(lon - 37.62) < 0.5);
  });

  test('GET /api/claims answers for the seed corpus a page at a time, filtered on the server', async () => {
    const whole = (await get<ClaimsPage>('/api/claims?limit=200')).body;
    assert.ok(whole.total > 3 && whole.total <= 200, `app.test: ${whole.total} board items`);
    assert.equal(whole.items.length, whole.total);
    assert.ok(whole.items.every((i) => i.reports.length > 0));
    const first = await get<ClaimsPage>('/api/claims');
    assert.deepEqual([first.body.limit, first.body.offset, first.body.total], [20, 0, whole.total]);
    // Pages put together are the board, in its order.
    const pages: string[] = [];
    for (let offset = 0; offset < whole.total; offset += 3) pages.push(...(await get<ClaimsPage>(`/api/claims?limit=3&offset=${offset}`)).body.items.map((i) => i.key));
    assert.deepEqual(pages, whole.items.map((i) => i.key));
    for (const [show, keep] of [['contested', (i: BoardItem) => i.contradictions.length > 0], ['corroborated', (i: BoardItem) => i.independentSources >= 2]] as const) {
      const shown = (await get<ClaimsPage>(`/api/claims?show=${show}&limit=200`)).body;
      assert.deepEqual(shown.items.map((i) => i.key), whole.items.filter(keep).map((i) => i.key), show);
      assert.equal(shown.total, whole.counts[show]);
    }
    const events = (await get<ClaimsPage>('/api/claims?kind=event&limit=200')).body;
    assert.deepEqual(events.items.map((i) => i.key), whole.items.filter((i) => i.kind === 'event').map((i) => i.key));
    assert.equal(events.counts.all, events.total);
    await refused(400, 'GET', '/api/claims?show=disputed', /invalid request: show/);
    await refused(400, 'GET', '/api/claims?limit=0', /invalid request: limit/);
  });

  test('GET /api/failures lists an input that failed', async () => {
    assert.deepEqual((await get('/api/failures')).body, { items: [], total: 0, limit: 20, offset: 0 });
    const empty = join(corpus.folder, 'empty.txt');
    writeFileSync(empty, '');
    assert.equal((await ingestInto(store, [empty])).failed, 1);
    const failures = await get<{ items: { input: string; reason: string }[] }>('/api/failures');
    assert.deepEqual(failures.body.items.map((f) => [f.input, f.reason]), [[empty, 'empty file']]);
  });

  test('unknown endpoints are JSON 404s; a malformed body is a 400, not a crash', async () => {
    await refused(404, 'GET', '/api/nothing-here', /no such endpoint: GET \/api\/nothing-here/);
    await refused(404, 'DELETE', '/api/documents', /no such endpoint/);
    await refused(400, 'POST', '/api/entities/merge', /invalid request/, '{"keep": ');
  });

  test('grading: a source grade and an item override need a valid value and a reason', async () => {
    const put = (path: string, body: unknown) => call<{ error?: string }>('PUT', path, body);
    await refused(400, 'PUT', '/api/grades/sources/Daily%20Beast', /grade/, { grade: 'Z', reason: 'checked' });
    await refused(400, 'PUT', '/api/grades/sources/Daily%20Beast', /reason: a reason is required/, { grade: 'B' });
    await refused(400, 'PUT', '/api/grades/sources/Daily%20Beast', /reason: a reason is required/, { grade: 'B', reason: '  ' });
    const graded = await put('/api/grades/sources/Daily%20Beast', { grade: 'B', reason: 'good record', who: 'ana' });
    assert.equal(graded.status, 200);
    assert.deepEqual((await get<{ outlet: string; grade: string }[]>('/api/grades/sources')).body.map((g) => [g.outlet, g.grade]), [['Daily Beast', 'B']]);
    await refused(400, 'PUT', '/api/grades/event/1', /credibility/, { credibility: 7, reason: 'x' });
    await refused(400, 'PUT', '/api/grades/claim/1', /kind/, { credibility: 2, reason: 'x' });
    await refused(400, 'PUT', '/api/grades/event/1', /reason/, { credibility: 2 });
    await refused(404, 'PUT', '/api/grades/event/999999', /no event 999999/, { credibility: 2, reason: 'x' });
  });

  test('merge, split and undo round-trip through the API, each recorded with who and why', async () => {
    const path = join(corpus.folder, 'merge.db');
    copyFileSync(corpus.path, path);
    const own = await SqliteStore.open(path);
    const local = createApp(createServices(own));
    try {
      const post = <T>(p: string, body: unknown) => call<T>('POST', p, body, local);
      const before = (await call<EntityProfile>('GET', '/api/entities/islamic-state', undefined, local)).body;
      const merged = await post<EntityProfile>('/api/entities/merge', { keep: 'ISIS', remove: 'ISIS-K', who: 'ana', why: 'testing a merge' });
      assert.equal(merged.status, 200);
      assert.equal(merged.body.id, 'islamic-state');
      assert.equal(merged.body.mentionCount, before.mentionCount + 4);
      const change = merged.body.changes.find((c) => c.kind === 'merge' && c.who === 'ana');
      assert.ok(change && change.why === 'testing a merge');
      const again = await post<{ error: string }>('/api/entities/merge', { keep: 'islamic-state', remove: 'islamic-state-khorasan-province', why: 'twice' });
      assert.equal(again.status, 400, 'app.test: a merged id now names the kept entity');
      assert.equal((await post<{ error: string }>('/api/entities/merge', { keep: 'islamic-state', remove: 'russia' })).status, 400, 'app.test: a merge needs a reason');
      assert.equal((await post<{ error: string }>('/api/entities/merge', { keep: 'islamic-state', remove: 'nobody-at-all', why: 'x' })).status, 404);
      const byPrefix = await post<{ error: string }>('/api/entities/merge', { keep: 'Islamic', remove: 'Vlad', why: 'x' });
      assert.deepEqual([byPrefix.status, byPrefix.body.error], [404, 'no entity "Vlad"'], 'app.test: a merge takes no guess by prefix');

      const split = await post<EntityProfile>('/api/entities/islamic-state/split', { names: ['ISIS-K'], who: 'ana', why: 'a different group' });
      assert.equal(split.status, 200);
      assert.equal(split.body.mentionCount, 4);
      assert.deepEqual(split.body.aliases.map((a) => a.name), ['ISIS-K']);
      const kept = (await call<EntityProfile>('GET', '/api/entities/islamic-state', undefined, local)).body;
      assert.equal(kept.mentionCount, before.mentionCount);
      assert.equal((await post<{ error: string }>('/api/entities/islamic-state/split', { names: [], why: 'x' })).status, 400);
      assert.equal((await post<{ error: string }>('/api/entities/islamic-state/split', { names: ['Nobody'], why: 'x' })).status, 400);
      assert.equal((await post<{ error: string }>('/api/entities/islamic-state/split', { names: ['ISIS'] })).status, 400);

      // Undoing the split then the merge gives back the entity as ingested, under its own id.
      const splitChange = kept.changes.find((c) => c.kind === 'split')!;
      assert.equal((await post<EntityProfile>(`/api/entities/changes/${splitChange.id}/undo`, { why: 'undo the split' })).body.mentionCount, before.mentionCount + 4);
      const restored = await post<EntityProfile>(`/api/entities/changes/${change.id}/undo`, { why: 'undo the merge' });
      assert.equal(restored.status, 200);
      assert.equal(restored.body.id, 'islamic-state-khorasan-province');
      assert.equal(restored.body.mentionCount, 4);
      assert.equal((await call<EntityProfile>('GET', '/api/entities/islamic-state', undefined, local)).body.mentionCount, before.mentionCount);
      assert.equal((await post<{ error: string }>(`/api/entities/changes/${change.id}/undo`, { why: 'again' })).status, 400, 'app.test: an undone change is not undone twice');
      assert.equal((await post<{ error: string }>('/api/entities/changes/99999/undo', { why: 'x' })).status, 404);
    } finally {
      await own.close();
    }
  });
});
