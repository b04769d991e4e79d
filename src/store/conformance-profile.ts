import assert from 'node:assert/strict';
import { airstrikeArticle, article, meetingArticle, spanOf, type TestArticle } from './conformance-documents.js';
import type { EntityList, EntityOverview, Store, StoredExtraction } from './store.js';

// Conformance: an entity's profile lists and overview, which the stores read in SQL a page at a
// time, hold exactly what reading every article's extraction says (the reference below).

type StoreTest = (title: string, body: (store: Store) => Promise<void>) => void;

const LISTS: readonly EntityList[] = ['documents', 'eventsAsActor', 'eventsAsTarget', 'quotesBy', 'quotesAbout', 'relations'];
const save = (store: Store, { document, extraction }: TestArticle) => store.saveDocument(document, extraction);

/** Putin as target, named inside another's quote, quoting himself, and on relations with an entity and with nothing. */
const UNDATED_TEXT = 'Shoigu said "Putin will win" before rebels attacked Putin. Putin allied with Assad. Putin backed his men. ' +
  '"Putin never retreats," Putin said.';

export function undatedArticle(): TestArticle {
  return article(UNDATED_TEXT, {
    mentions: [
      ['Shoigu', 'PERSON', 'sergei-shoigu'], ['Putin', 'PERSON', 'vladimir-putin'], ['rebels', 'ORG', 'rebels'],
      ['Putin', 'PERSON', 'vladimir-putin', 1], ['Putin', 'PERSON', 'vladimir-putin', 2], ['Assad', 'PERSON', 'bashar-al-assad'],
      ['Putin', 'PERSON', 'vladimir-putin', 3], ['Putin', 'PERSON', 'vladimir-putin', 4], ['Putin', 'PERSON', 'vladimir-putin', 5],
    ],
    events: [(text) => ({
      type: 'armed_attack', trigger: spanOf(text, 'attacked'), actors: ['rebels'], targets: ['vladimir-putin'], location: null,
      date: null, killed: null, certainty: 'asserted',
    })],
    quotes: [
      (text) => ({
        speaker: 'sergei-shoigu', speakerText: 'Shoigu', speakerSpan: spanOf(text, 'Shoigu'), speakerNamed: true, cue: 'said',
        cueSpan: spanOf(text, 'said'), content: spanOf(text, 'Putin will win'), direct: true, certainty: 'asserted',
      }),
      (text) => ({
        speaker: 'vladimir-putin', speakerText: 'Putin', speakerSpan: spanOf(text, 'Putin', 5), speakerNamed: true, cue: 'said',
        cueSpan: spanOf(text, 'said', 1), content: spanOf(text, 'Putin never retreats,'), direct: true, certainty: 'asserted',
      }),
    ],
    relations: [
      (text) => ({ type: 'military_allies_of', source: 'vladimir-putin', target: 'bashar-al-assad', evidence: spanOf(text, 'Putin allied with Assad.') }),
      (text) => ({ type: 'military_allies_of', source: 'vladimir-putin', target: 'his-men', evidence: spanOf(text, 'Putin backed his men.') }),
    ],
  });
}

/** Two articles published the same day (ties go by document id), under a name merged in later. */
function sameDayArticle(n: number, published = '2016-01-05'): TestArticle {
  // Earlier articles name him later in the text: the first place goes by article, then by offset.
  const text = `${'Then '.repeat(3 - n)}Vova met Assad in Sochi, report ${n} says.`;
  const made = article(text, {
    document: { published },
    mentions: [['Vova', 'PERSON', 'vova'], ['Assad', 'PERSON', 'bashar-al-assad'], ['Sochi', 'GPE', 'sochi']],
    events: [(t) => ({
      type: 'meeting', trigger: spanOf(t, 'met'), actors: ['vova'], targets: ['bashar-al-assad'], location: 'sochi',
      date: null, killed: null, certainty: 'asserted',
    })],
  });
  // A place given with the mention: the overview's geo is the first in document order.
  made.extraction.entities[0]!.geo = { lat: 43.6 + n, lon: 39.7, country: 'RU', precision: 'city', name: `Sochi ${n}` };
  return made;
}

/** What reading every extraction says an entity's lists hold, newest article first, in stored order within one. */
async function reference(store: Store, entityId: string): Promise<Record<EntityList, string[]> & EntityOverview> {
  const extractions: StoredExtraction[] = [];
  for await (const x of store.allExtractions()) extractions.push(x);
  const documentOrder = await store.entityDocumentIds(entityId);
  const mentions = extractions.flatMap((x) => x.mentions.filter((m) => m.entityId === entityId))
    .sort((a, b) => documentOrder.indexOf(a.documentId) - documentOrder.indexOf(b.documentId) || a.start - b.start || a.id - b.id);
  const mine = extractions.filter((x) => x.mentions.some((m) => m.entityId === entityId))
    .sort((a, b) => (b.document.published ?? '').localeCompare(a.document.published ?? '') || (a.document.id < b.document.id ? -1 : 1));
  const has = (ids: string[]) => ids.includes(entityId);
  const role = (e: StoredExtraction['events'][number], r: string) => e.participants.filter((p) => p.role === r).flatMap((p) => p.entityIds);
  const key = (x: StoredExtraction, id: number | string) => `${x.document.id}#${id}`;
  const within = (x: StoredExtraction, q: StoredExtraction['quotes'][number]) =>
    x.mentions.some((m) => m.entityId === entityId && m.start >= q.content.start && m.end <= q.content.end);
  const published = mine.flatMap((x) => (x.document.published ? [x.document.published] : [])).sort();
  const months = new Map<string, number>();
  for (const m of mentions) {
    const month = extractions.find((x) => x.document.id === m.documentId)!.document.published?.slice(0, 7);
    if (month?.length === 7) months.set(month, (months.get(month) ?? 0) + 1);
  }
  return {
    documents: mine.map((x) => key(x, 'document')),
    eventsAsActor: mine.flatMap((x) => x.events.filter((e) => has(role(e, 'actor'))).map((e) => key(x, e.id))),
    eventsAsTarget: mine.flatMap((x) => x.events.filter((e) => has(role(e, 'target'))).map((e) => key(x, e.id))),
    quotesBy: mine.flatMap((x) => x.quotes.filter((q) => has(q.speakerEntityIds)).map((q) => key(x, q.id))),
    quotesAbout: mine.flatMap((x) => x.quotes.filter((q) => !has(q.speakerEntityIds) && within(x, q)).map((q) => key(x, q.id))),
    relations: mine.flatMap((x) => x.relations
      .filter((r) => (has(r.sourceEntityIds) || has(r.targetEntityIds)) && r.sourceEntityIds.length > 0 && r.targetEntityIds.length > 0)
      .map((r) => key(x, r.id))),
    firstSeen: published[0] ?? null,
    lastSeen: published.at(-1) ?? null,
    mentionsByMonth: [...months].sort(([a], [b]) => a.localeCompare(b)).map(([month, count]) => ({ month, count })),
    geo: mentions.find((m) => m.geo)?.geo ?? null,
  };
}

/** Every page of one list, two at a time, as keys like the reference's. */
async function paged(store: Store, entityId: string, list: EntityList): Promise<{ keys: string[]; totals: number[] }> {
  const keys: string[] = [];
  const totals: number[] = [];
  for (let offset = 0; ; offset += 2) {
    const page = await store.entityListPage(entityId, list, { limit: 2, offset });
    totals.push(page.total);
    keys.push(...page.items.map((item) => ('documentId' in item ? `${item.documentId}#${item.id}` : `${item.id}#document`)));
    if (page.items.length < 2) return { keys, totals };
  }
}

export function profileConformance(test: StoreTest): void {
  test('an entity’s profile lists and overview, a page at a time, hold what its articles’ extractions say', async (store) => {
    const dated = await save(store, airstrikeArticle());
    await save(store, meetingArticle());
    await save(store, undatedArticle());
    for (const n of [1, 2, 3]) await save(store, sameDayArticle(n, n === 3 ? '2016-01' : undefined));

    const check = async (entityId: string, when: string) => {
      const expected = await reference(store, entityId);
      for (const list of LISTS) {
        const { keys, totals } = await paged(store, entityId, list);
        assert.deepEqual(keys, expected[list], `${entityId} ${list} ${when}`);
        assert.ok(totals.every((t) => t === expected[list].length), `${entityId} ${list} totals ${when}: ${totals.join(', ')}`);
      }
      const { documents: _, eventsAsActor: _a, eventsAsTarget: _t, quotesBy: _b, quotesAbout: _q, relations: _r, ...overview } = expected;
      assert.deepEqual(await store.entityOverview(entityId), overview, `${entityId} overview ${when}`);
      return expected;
    };

    const before = await check('vladimir-putin', 'before the merge');
    // Every kind of row is present, so no list passes by being empty on both sides.
    for (const list of LISTS) assert.ok(before[list].length > 0, `putin has ${list}`);
    assert.equal(before.quotesAbout.length, 1, 'his own quote naming him is his, not about him');
    assert.equal(before.relations.length, 1, 'a relation to no entity is not shown');
    assert.equal(before.documents.at(-1)!.split('#')[0], (await store.listDocuments({}, {})).items.find((d) => d.published === null)!.id, 'undated last');
    assert.equal(before.documents[0], `${dated.id}#document`);
    await check('bashar-al-assad', 'before the merge');
    const past = await store.entityListPage('vladimir-putin', 'quotesAbout', { limit: 5, offset: 100 });
    assert.deepEqual([past.items, past.total], [[], before.quotesAbout.length], 'a page past the end still says how many there are');

    await store.mergeEntities('vova', 'vladimir-putin', { who: 'analyst-1', why: 'a nickname' });
    const after = await check('vladimir-putin', 'after the merge');
    assert.equal(after.documents.length, 6);
    const sameDay = after.documents.slice(0, 2).map((k) => k.split('#')[0]!);
    assert.deepEqual(sameDay, [...sameDay].sort(), 'two articles of one day by document id');
    assert.equal(after.geo?.name, 'Sochi 1', 'the first place in document order');
    assert.deepEqual(after.mentionsByMonth.map((m) => m.month), ['2015-10', '2015-11', '2016-01']);
    await check('vova', 'merged away');
    assert.deepEqual((await store.entityListPage('vova', 'documents', {})).total, 0);

    await assert.rejects(store.entityListPage('vladimir-putin', 'nothing' as EntityList, {}), /no entity list "nothing"/);
  });
}
