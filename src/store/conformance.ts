import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { profileConformance } from './conformance-profile.js';
import { StoreRequestError } from './errors.js';
import {
  AIRSTRIKE_TEXT, airstrikeArticle, article, bombingArticle, isilArticle, meetingArticle, sha256, type TestArticle,
} from './conformance-documents.js';
import type { ResolutionInput, Store, StoredExtraction } from './store.js';

// The store conformance suite: every Store implementation runs these same tests against a
// real database (see sqlite/sqlite-store.test.ts and postgres/postgres-store.test.ts).

export interface StoreBackend {
  /** A fresh, empty, migrated store of its own. */
  open(): Promise<Store>;
  /** Removes everything the opened stores created (files, schemas). */
  cleanUp(): Promise<void>;
}

const save = (store: Store, { document, extraction }: TestArticle) => store.saveDocument(document, extraction);
const analyst = { who: 'analyst-1', why: 'same organisation, different transliteration' };

export function runStoreConformance(name: string, backend: StoreBackend | { skip: string }): void {
  describe(`store conformance: ${name}`, { skip: 'skip' in backend ? backend.skip : false }, () => {
    if ('skip' in backend) return;
    after(() => backend.cleanUp());

    const test = (title: string, body: (store: Store) => Promise<void>) =>
      it(title, async () => {
        const store = await backend.open();
        try {
          await body(store);
        } finally {
          await store.close();
        }
      });

    profileConformance(test);

    test('saves a document and reads it back with every extraction row at its span', async (store) => {
      const saved = await save(store, airstrikeArticle({ url: 'https://example.test/a' }));
      assert.equal(saved.contentHash, sha256(AIRSTRIKE_TEXT));
      assert.equal(saved.text, AIRSTRIKE_TEXT);
      assert.equal(saved.outlet, 'Daily Beast');
      assert.deepEqual(saved.extractor, ['test.stage']);
      assert.ok(!Number.isNaN(Date.parse(saved.ingestedAt)), 'ingestedAt is a timestamp');
      assert.deepEqual(await store.getDocument(saved.id), saved);
      assert.equal(await store.getDocument('no-such-document'), null);

      const stored = (await store.getExtraction(saved.id))!;
      assert.equal(stored.mentions.length, 7);
      for (const mention of stored.mentions) {
        assert.equal(AIRSTRIKE_TEXT.slice(mention.start, mention.end), mention.text, 'mention span');
        assert.equal(mention.documentId, saved.id);
      }
      const date = stored.mentions.find((m) => m.type === 'DATE')!;
      assert.equal(date.entityId, null, 'dates are not entities');
      const putins = stored.mentions.filter((m) => m.localId === 'vladimir-putin');
      assert.deepEqual(putins.map((m) => m.text), ['Vladimir Putin', 'Putin']);
      assert.equal(new Set(putins.map((m) => m.entityId)).size, 1, 'one canonical entity per local entity');

      const [event] = stored.events;
      assert.equal(event!.type, 'airstrike');
      assert.deepEqual(event!.trigger, { start: 13, end: 19, text: 'struck' });
      assert.equal(event!.evidence!.text, 'Russian jets struck Raqqa on Friday.');
      assert.deepEqual(
        event!.participants.map((p) => [p.role, p.localId, p.entityIds.length]),
        [['actor', 'russia', 1], ['location', 'raqqa', 1]],
      );
      assert.equal(event!.credibility, null);

      const [quote] = stored.quotes;
      assert.equal(quote!.content.text, 'The terrorists are finished,');
      assert.equal(quote!.speakerSpan!.text, 'Putin');
      assert.deepEqual(quote!.speakerEntityIds, [putins[0]!.entityId]);
      assert.equal(quote!.direct, true);
      assert.equal(quote!.speakerNamed, true);

      const [relation] = stored.relations;
      assert.equal(relation!.type, 'fighting_against');
      assert.equal(relation!.targetEntityIds.length, 1);
      assert.equal(await store.getExtraction('no-such-document'), null);
    });

    test('resolution inputs: every document with its text and mentions, in listing order', async (store) => {
      const saved = [await save(store, airstrikeArticle()), await save(store, bombingArticle()), await save(store, meetingArticle())];
      const inputs: ResolutionInput[] = [];
      for await (const input of store.resolutionInputs()) inputs.push(input);
      const listed = (await store.listDocuments({}, {})).items.map((d) => d.id);
      assert.deepEqual(inputs.map((i) => i.documentId), listed);
      for (const document of saved) {
        const input = inputs.find((i) => i.documentId === document.id)!;
        assert.equal(input.text, document.text);
        const stored = (await store.getExtraction(document.id))!;
        assert.deepEqual(
          input.mentions,
          stored.mentions.map(({ start, end, text, type, localId, entityId, value }) => ({ start, end, text, type, localId, entityId, value })),
        );
        assert.equal(input.contentHash, document.contentHash);
      }
      const some: ResolutionInput[] = [];
      for await (const input of store.resolutionInputs([saved[2]!.id, 'no-such-document', saved[0]!.id])) some.push(input);
      assert.deepEqual(some, [inputs.find((i) => i.documentId === saved[2]!.id), inputs.find((i) => i.documentId === saved[0]!.id)]);
      assert.deepEqual(await store.contentHashes(), saved.map((d) => ({ documentId: d.id, contentHash: d.contentHash })));
    });

    test('corpus-wide reads: every extraction and every entity, as the paged reads give them', async (store) => {
      await save(store, airstrikeArticle());
      await save(store, bombingArticle());
      await save(store, meetingArticle());
      const extractions: StoredExtraction[] = [];
      for await (const extraction of store.allExtractions()) extractions.push(extraction);
      const listed = (await store.listDocuments({}, {})).items;
      assert.deepEqual(extractions, await Promise.all(listed.map(async (d) => (await store.getExtraction(d.id))!)));
      assert.ok(extractions.some((x) => x.events.length && x.quotes.length && x.relations.length), 'every kind of row is read');
      assert.deepEqual(await store.allEntities(), (await store.listEntities({}, { limit: 200 })).items);
    });

    test('the revision changes with every change the corpus views show, and only then', async (store) => {
      const empty = await store.revision();
      assert.equal(await store.revision(), empty);
      await save(store, bombingArticle());
      await save(store, isilArticle());
      const saved = await store.revision();
      assert.notEqual(saved, empty, 'a document saved');
      await save(store, isilArticle());
      assert.equal(await store.revision(), saved, 'the same document again changes nothing');
      const change = await store.mergeEntities('isil', 'islamic-state', analyst);
      const merged = await store.revision();
      assert.notEqual(merged, saved, 'a merge');
      await store.undoEntityChange(change.id, analyst);
      const undone = await store.revision();
      assert.notEqual(undone, merged, 'an undo');
      await store.setSourceGrade('Reuters', 'B', { who: 'analyst-1', reason: 'revision test' });
      assert.notEqual(await store.revision(), undone, 'a source grade');
    });

    test('saving the same content hash twice stores it once', async (store) => {
      const first = await save(store, airstrikeArticle());
      const again = await save(store, airstrikeArticle({ path: 'elsewhere.txt' }));
      assert.deepEqual(again, first);
      assert.equal((await store.getExtraction(first.id))!.mentions.length, 7);
      assert.equal((await store.listDocuments({}, {})).total, 1);
      assert.deepEqual(await store.findDocumentByHash(first.contentHash), first);
      assert.equal(await store.findDocumentByHash(sha256('never saved')), null);
    });

    test('concurrent saves, including of one document, each land once', async (store) => {
      const saved = await Promise.all([
        save(store, airstrikeArticle()), save(store, bombingArticle()), save(store, airstrikeArticle()), save(store, meetingArticle()),
      ]);
      assert.equal(saved[0]!.id, saved[2]!.id);
      assert.equal((await store.listDocuments({}, {})).total, 3);
      assert.equal((await store.getExtraction(saved[0]!.id))!.mentions.length, 7);
      const putin = await store.getEntity('vladimir-putin');
      assert.equal(putin!.documentCount, 2);
    });

    test('a failing extraction row rolls the whole document back', async (store) => {
      const good = airstrikeArticle();
      const broken: TestArticle = {
        document: good.document,
        extraction: {
          ...good.extraction,
          // A span ending before it starts violates the mentions table's check, after the
          // document, entities and earlier mentions were written in the same transaction.
          entities: [...good.extraction.entities, { start: 30, end: 20, text: '', type: 'GPE', id: 'nowhere' }],
        },
      };
      await assert.rejects(save(store, broken));
      assert.equal(await store.findDocumentByHash(good.document.contentHash), null);
      assert.equal((await store.listDocuments({}, {})).total, 0);
      assert.equal((await store.listEntities({}, {})).total, 0, 'no entity left behind');
      assert.equal((await store.search('airstrike', {}, {})).total, 0, 'nothing indexed');
      const saved = await save(store, good);
      assert.equal((await store.getExtraction(saved.id))!.mentions.length, 7, 'the good document saves afterwards');
    });

    test('SimHash candidates share at least one 16-bit band', async (store) => {
      const a = await save(store, article('First text about Raqqa.', { document: { simhash: 'aaaa000000000000' } }));
      const b = await save(store, article('Second text about Palmyra.', { document: { simhash: '0000bbbb00000000' } }));
      await save(store, article('Third text about Moscow.', { document: { simhash: 'ffffffffffffffff' } }));
      assert.deepEqual((await store.findSimhashCandidates('aaaa111111111111')).map((d) => d.id), [a.id]);
      assert.deepEqual((await store.findSimhashCandidates('1111bbbb2222cccc')).map((d) => d.id), [b.id]);
      assert.deepEqual((await store.findSimhashCandidates('AAAABBBB22223333')).map((d) => d.id).sort(), [a.id, b.id].sort());
      assert.deepEqual(await store.findSimhashCandidates('1234123412341234'), []);
    });

    test('versions at one URL: the newest wins, the older is superseded, copies are duplicates', async (store) => {
      const url = 'https://example.test/story';
      const v1 = await save(store, article('Story, first version.', { document: { url } }));
      const v2 = await save(store, article('Story, corrected version.', { document: { url, versionOf: v1.id } }));
      const copy = await save(store, article('Story, corrected version!', { document: { url: 'https://mirror.test/x', duplicateOf: v2.id } }));
      assert.equal((await store.findLatestByUrl(url))!.id, v2.id);
      assert.equal(await store.findLatestByUrl('https://example.test/none'), null);
      assert.deepEqual((await store.listVersions(url)).map((d) => d.id), [v1.id, v2.id]);
      const statuses = new Map((await store.listDocuments({}, {})).items.map((d) => [d.id, d.status]));
      assert.deepEqual([statuses.get(v1.id), statuses.get(v2.id), statuses.get(copy.id)], ['superseded', 'current', 'duplicate']);
      assert.deepEqual((await store.listDocuments({ status: 'current' }, {})).items.map((d) => d.id), [v2.id]);
    });

    test('failures are recorded with their reason, oldest first, a page at a time', async (store) => {
      await store.recordFailure({ input: 'a.pdf', reason: 'binary file', at: '2026-11-30T10:00:00.000Z' });
      await store.recordFailure({ input: 'https://x.test/', reason: 'HTTP 404', at: '2026-11-30T10:01:00.000Z' });
      assert.deepEqual(await store.listFailures({}), {
        items: [
          { input: 'a.pdf', reason: 'binary file', at: '2026-11-30T10:00:00.000Z' },
          { input: 'https://x.test/', reason: 'HTTP 404', at: '2026-11-30T10:01:00.000Z' },
        ],
        total: 2, limit: 20, offset: 0,
      });
      assert.deepEqual(await store.listFailures({ limit: 1, offset: 1 }), {
        items: [{ input: 'https://x.test/', reason: 'HTTP 404', at: '2026-11-30T10:01:00.000Z' }], total: 2, limit: 1, offset: 1,
      });
    });

    test('lists documents newest published first, filtered and paged', async (store) => {
      await save(store, airstrikeArticle()); // 2015-11-20, Daily Beast
      await save(store, bombingArticle()); // 2015-12-07, Reuters
      await save(store, meetingArticle()); // 2015-10-21, Daily Beast
      const all = await store.listDocuments({}, {});
      assert.deepEqual(all.items.map((d) => d.published), ['2015-12-07', '2015-11-20', '2015-10-21']);
      const beast = await store.listDocuments({ outlet: 'Daily Beast' }, { limit: 1, offset: 1 });
      assert.deepEqual([beast.total, beast.items.map((d) => d.published)], [2, ['2015-10-21']]);
      const november = await store.listDocuments({ publishedFrom: '2015-11', publishedTo: '2015-11' }, {});
      assert.deepEqual(november.items.map((d) => d.published), ['2015-11-20']);
      for (const [to, expected] of [['2015-11-20', ['2015-11-20', '2015-10-21']], ['2015-11-19', ['2015-10-21']], ['2015', ['2015-12-07', '2015-11-20', '2015-10-21']], ['2014', []]] as const) {
        const upTo = await store.listDocuments({ publishedTo: to }, {});
        assert.deepEqual(upTo.items.map((d) => d.published), expected, `up to ${to}, at its precision`);
        assert.deepEqual((await store.search('', { publishedTo: to }, {})).items.map((h) => h.document.published), expected, `search up to ${to}`);
      }
    });

    test('resolves entities across documents by extractor id and by name', async (store) => {
      const a = await save(store, airstrikeArticle());
      const b = await save(store, bombingArticle());
      const c = await save(store, meetingArticle());
      const putin = (await store.getEntity('vladimir-putin'))!;
      assert.deepEqual([putin.name, putin.type, putin.mentionCount, putin.documentCount], ['Vladimir Putin', 'PERSON', 3, 2]);
      const group = (await store.getEntity('islamic-state'))!;
      assert.equal(group.documentCount, 2, 'ISIS in one article, Islamic State in another');
      const later = await save(store, article('Putin spoke again.', { mentions: [['Putin', 'PERSON', 'putin']] }));
      assert.equal((await store.getExtraction(later.id))!.mentions[0]!.entityId, 'vladimir-putin', 'surname seen before');
      assert.equal(await store.getEntity('putin'), null);

      const aliases = await store.listAliases('vladimir-putin');
      const full = aliases.find((alias) => alias.name === 'Vladimir Putin')!;
      assert.deepEqual([full.source, full.documentId, full.start, full.end, full.mentionCount], ['document', a.id, 37, 51, 2]);
      assert.ok(aliases.some((alias) => alias.name === 'Putin' && alias.source === 'document'));
      const putinDocuments = (await store.listEntityMentions('vladimir-putin', {})).items.map((m) => m.documentId);
      assert.deepEqual([...new Set(putinDocuments)], [a.id, c.id, later.id]);
      const groupDocuments = (await store.listEntityMentions('islamic-state', {})).items.map((m) => m.documentId);
      assert.deepEqual([...new Set(groupDocuments)], [a.id, b.id]);
      assert.deepEqual(await store.entityDocumentIds('vladimir-putin'), [a.id, c.id, later.id]);
      assert.deepEqual(await store.entityDocumentIds('islamic-state'), [a.id, b.id]);
      assert.deepEqual(await store.entityDocumentIds('nobody'), []);

      const people = await store.listEntities({ type: 'PERSON' }, {});
      assert.deepEqual(people.items.map((e) => e.id), ['vladimir-putin', 'bashar-al-assad']);
      assert.deepEqual((await store.listEntities({ namePrefix: 'BASH' }, {})).items.map((e) => e.id), ['bashar-al-assad']);
      assert.deepEqual((await store.listEntities({ namePrefix: 'putin', type: 'PERSON' }, {})).items.map((e) => e.id), ['vladimir-putin'], 'a later word of the name');
      assert.deepEqual((await store.listEntities({ namePrefix: 'utin' }, {})).items, [], 'not the middle of a word');
      const mentions = await store.listEntityMentions('vladimir-putin', { limit: 2 });
      assert.deepEqual([mentions.total, mentions.items.map((m) => m.text)], [4, ['Vladimir Putin', 'Putin']]);
    });

    test('an id taken by another type: later documents join the entity made for that name and type, not a new one each', async (store) => {
      await save(store, article('Washington spoke.', { mentions: [['Washington', 'PERSON', 'washington']] }));
      const linked: (string | null)[] = [];
      for (const n of [1, 2, 3]) {
        // As ingest saves: ids and names from the cross-article resolver.
        const saved = await save(store, article(`Troops left Washington on day ${n}.`, {
          mentions: [['Washington', 'GPE', 'washington']], document: { entityNames: { washington: 'Washington' } },
        }));
        linked.push((await store.getExtraction(saved.id))!.mentions[0]!.entityId);
      }
      assert.deepEqual(linked, ['washington-gpe', 'washington-gpe', 'washington-gpe']);
      assert.equal((await store.getEntity('washington'))!.type, 'PERSON', 'the person keeps the id');
      assert.equal((await store.listEntities({ namePrefix: 'washington' }, {})).total, 2);
    });

    test('an analyst alias joins a new document to its entity', async (store) => {
      await save(store, bombingArticle());
      await store.addAlias('islamic-state', 'Daesh', 'analyst', { who: 'analyst-1', why: 'Arabic acronym' });
      const daesh = await save(store, article('Daesh lost ground.', { mentions: [['Daesh', 'ORG', 'daesh']] }));
      assert.equal((await store.getExtraction(daesh.id))!.mentions[0]!.entityId, 'islamic-state');
      const added = (await store.listAliases('islamic-state')).find((alias) => alias.source === 'analyst')!;
      assert.deepEqual([added.name, added.addedBy, added.reason], ['Daesh', 'analyst-1', 'Arabic acronym']);
      await assert.rejects(store.addAlias('islamic-state', 'X', 'analyst', { who: 'a', why: '' }), StoreRequestError);
      await assert.rejects(store.addAlias('nobody', 'X', 'analyst', analyst), StoreRequestError);
    });

    test('an alias file import names entities and joins later documents, once', async (store) => {
      const entries = [{ name: 'Islamic State', type: 'ORG' as const, aliases: ['ISIS', 'ISIL', 'Daesh'] }];
      const importer = { who: 'dossier', why: 'data/aliases.json' };
      assert.deepEqual(await store.importAliases(entries, importer), { entities: 1, aliases: 4 });
      assert.deepEqual(await store.importAliases(entries, importer), { entities: 0, aliases: 0 }, 'idempotent');
      const group = (await store.getEntity('islamic-state'))!;
      assert.deepEqual([group.name, group.type, group.mentionCount], ['Islamic State', 'ORG', 0]);
      const isil = await save(store, isilArticle());
      assert.equal((await store.getExtraction(isil.id))!.mentions[0]!.entityId, 'islamic-state', 'ISIL joins by the alias file');
      const fromFile = (await store.listAliases('islamic-state')).filter((alias) => alias.source === 'alias-file');
      assert.deepEqual(fromFile.map((alias) => [alias.name, alias.addedBy, alias.reason]), [
        ['Islamic State', 'dossier', 'data/aliases.json'], ['ISIS', 'dossier', 'data/aliases.json'],
        ['ISIL', 'dossier', 'data/aliases.json'], ['Daesh', 'dossier', 'data/aliases.json'],
      ]);
    });

    test('merge is logged with who and why, redirects, and undoes exactly', async (store) => {
      await save(store, bombingArticle());
      await save(store, isilArticle());
      assert.ok(await store.getEntity('isil'), 'ISIL is its own entity before the merge');
      await assert.rejects(store.mergeEntities('isil', 'islamic-state', { who: 'analyst-1', why: ' ' }), StoreRequestError);
      await assert.rejects(store.mergeEntities('isil', 'isil', analyst), StoreRequestError);
      await assert.rejects(store.mergeEntities('isil', 'nobody', analyst), StoreRequestError);

      const merge = await store.mergeEntities('isil', 'islamic-state', analyst);
      await documentsFollowMentions(store, ['isil', 'islamic-state']);
      assert.deepEqual(
        [merge.kind, merge.sourceEntityId, merge.targetEntityId, merge.who, merge.why, merge.moved],
        ['merge', 'isil', 'islamic-state', 'analyst-1', analyst.why, 1],
      );
      assert.equal((await store.getEntity('isil'))!.mergedInto, 'islamic-state');
      assert.equal((await store.getEntity('islamic-state'))!.mentionCount, 3);
      assert.deepEqual((await store.listEntities({}, {})).items.map((e) => e.id).includes('isil'), false);
      const newer = await save(store, article('ISIL fighters retreated.', { mentions: [['ISIL', 'ORG', 'isil']] }));
      assert.equal((await store.getExtraction(newer.id))!.mentions[0]!.entityId, 'islamic-state', 'new mentions follow the merge');

      const undo = await store.undoEntityChange(merge.id, { who: 'analyst-2', why: 'ISIL here is a different cell' });
      await documentsFollowMentions(store, ['isil', 'islamic-state']);
      assert.deepEqual([undo.kind, undo.undoes, undo.moved], ['undo', merge.id, 1]);
      assert.equal((await store.getEntity('isil'))!.mergedInto, null);
      assert.equal((await store.getEntity('isil'))!.mentionCount, 1);
      const log = await store.listEntityChanges('isil');
      assert.deepEqual(log.map((c) => [c.kind, c.undoneBy]), [['undo', null], ['merge', undo.id]]);
      await assert.rejects(store.undoEntityChange(merge.id, analyst), StoreRequestError);
      await assert.rejects(store.undoEntityChange(undo.id, analyst), StoreRequestError);
    });

    test('split moves the selected mentions to a new entity and undoes exactly', async (store) => {
      const bombing = await save(store, bombingArticle());
      await save(store, airstrikeArticle());
      await assert.rejects(
        store.splitEntity('islamic-state', {}, { name: 'ISIS' }, analyst),
        StoreRequestError,
        'an empty selection is refused',
      );
      const split = await store.splitEntity('islamic-state', { names: ['isis'] }, { name: 'ISIS' }, analyst);
      assert.deepEqual([split.kind, split.sourceEntityId, split.targetEntityId, split.moved], ['split', 'islamic-state', 'isis', 1]);
      const isis = (await store.getEntity('isis'))!;
      assert.deepEqual([isis.name, isis.type, isis.mentionCount], ['ISIS', 'ORG', 1]);
      const participants = (await store.getExtraction(bombing.id))!.events[0]!.participants;
      assert.deepEqual(participants.find((p) => p.role === 'actor')!.entityIds, ['isis', 'islamic-state']);

      await documentsFollowMentions(store, ['isis', 'islamic-state']);
      const byDocument = await store.splitEntity('isis', { documentIds: [bombing.id] }, { name: 'IS in Palmyra' }, analyst);
      assert.equal(byDocument.moved, 1);
      await documentsFollowMentions(store, ['isis', 'islamic-state', byDocument.targetEntityId]);
      await assert.rejects(store.undoEntityChange(split.id, analyst), StoreRequestError, 'undo needs its items where it left them');
      await store.undoEntityChange(byDocument.id, analyst);
      await store.undoEntityChange(split.id, analyst);
      assert.equal((await store.getEntity('islamic-state'))!.mentionCount, 3);
      assert.equal((await store.getEntity('isis'))!.mergedInto, 'islamic-state');
      assert.equal((await store.listEntityChanges()).length, 4);
      await documentsFollowMentions(store, ['isis', 'islamic-state', byDocument.targetEntityId]);
    });

    test('events across documents: by entity, type and date, latest first', async (store) => {
      const strike = await save(store, airstrikeArticle());
      await save(store, bombingArticle());
      const meeting = await save(store, meetingArticle());
      const all = await store.listEvents({}, {});
      assert.deepEqual(all.items.map((e) => e.type), ['bombing', 'airstrike', 'meeting'], 'by event date, else published');
      const putin = await store.listEvents({ entityId: 'vladimir-putin' }, {});
      assert.deepEqual(putin.items.map((e) => e.documentId), [meeting.id]);
      const [met] = putin.items;
      assert.deepEqual(met!.participants.map((p) => [p.role, p.entityIds]), [
        ['actor', ['vladimir-putin']], ['location', ['moscow']], ['target', ['bashar-al-assad']],
      ]);
      assert.deepEqual(met!.trigger, { start: 15, end: 18, text: 'met' });
      const strikes = await store.listEvents({ type: 'airstrike', from: '2015-11', to: '2015-11' }, {});
      assert.deepEqual([strikes.total, strikes.items[0]!.documentId, strikes.items[0]!.evidence!.text], [
        1, strike.id, 'Russian jets struck Raqqa on Friday.',
      ]);
      assert.equal((await store.listEvents({ type: 'airstrike', to: '2015-10' }, {})).total, 0);
      const paged = await store.listEvents({}, { limit: 1, offset: 2 });
      assert.deepEqual([paged.total, paged.items.map((e) => e.type)], [3, ['meeting']]);
    });

    test('search: full text with snippets, highlights, facets and pages', async (store) => {
      const strike = await save(store, airstrikeArticle());
      const bombing = await save(store, bombingArticle());
      const meeting = await save(store, meetingArticle());

      const hits = await store.search('airstrike', {}, {});
      assert.deepEqual(hits.items.map((h) => h.document.id), [strike.id]);
      const [hit] = hits.items;
      assert.ok(hit!.highlights.length >= 1, 'the matched word is highlighted');
      for (const h of hit!.highlights) assert.match(hit!.snippet.slice(h.start, h.end), /airstrike/i);
      assert.deepEqual(hits.facets.outlet, [{ value: 'Daily Beast', count: 1 }]);
      assert.deepEqual(hits.facets.eventType, [{ value: 'airstrike', count: 1 }]);
      assert.ok(hits.facets.entity.some((f) => f.value === 'vladimir-putin' && f.label === 'Vladimir Putin' && f.count === 1));

      assert.deepEqual((await store.search('"Islamic State"', {}, {})).items.map((h) => h.document.id).sort(), [strike.id, bombing.id].sort());
      assert.equal((await store.search('Raqqa Palmyra', {}, {})).total, 0, 'all words are required');
      assert.equal((await store.search('zeppelin', {}, {})).total, 0);
      assert.equal((await store.search('ISIS-K ("', {}, {})).total, 0, 'punctuation is not syntax');

      const all = await store.search('', {}, {});
      assert.equal(all.total, 3);
      assert.deepEqual(all.facets.month, [
        { value: '2015-10', count: 1 }, { value: '2015-11', count: 1 }, { value: '2015-12', count: 1 },
      ]);
      assert.deepEqual(all.facets.eventType.map((f) => f.value), ['airstrike', 'bombing', 'meeting']);
      assert.deepEqual(all.facets.entityType.find((f) => f.value === 'PERSON'), { value: 'PERSON', count: 2 });
      assert.ok(all.items[0]!.snippet.length > 0, 'an unsearched hit shows its opening');

      const ids = async (facets: Parameters<Store['search']>[1], query = '') =>
        (await store.search(query, facets, {})).items.map((h) => h.document.id).sort();
      assert.deepEqual(await ids({ entityIds: ['vladimir-putin'] }), [strike.id, meeting.id].sort());
      assert.deepEqual(await ids({ entityIds: ['vladimir-putin', 'bashar-al-assad'] }), [meeting.id]);
      assert.deepEqual(await ids({ eventType: 'bombing' }), [bombing.id]);
      assert.deepEqual(await ids({ outlet: 'Reuters' }), [bombing.id]);
      assert.deepEqual(await ids({ entityType: 'NORP' }), [strike.id]);
      assert.deepEqual(await ids({ publishedFrom: '2015-11-01', publishedTo: '2015-11' }), [strike.id]);
      assert.deepEqual(await ids({ outlet: 'Daily Beast' }, 'Putin'), [strike.id, meeting.id].sort());

      const first = await store.search('', {}, { limit: 2, offset: 0 });
      const second = await store.search('', {}, { limit: 2, offset: 2 });
      assert.deepEqual([first.total, first.items.length, second.total, second.items.length], [3, 2, 3, 1]);
      assert.deepEqual(first.items.map((h) => h.document.published), ['2015-12-07', '2015-11-20'], 'newest first');
    });

    test('source reliability: F by default, set with a reason, history kept', async (store) => {
      await save(store, airstrikeArticle());
      assert.deepEqual(await store.getSourceGrade('Daily Beast'), { outlet: 'Daily Beast', grade: 'F', history: [] });
      await store.setSourceGrade('Daily Beast', 'B', { who: 'analyst-1', reason: 'usually reliable, named sources' });
      const graded = await store.setSourceGrade('Daily Beast', 'C', { who: 'analyst-2', reason: 'two corrections this month' });
      assert.equal(graded.grade, 'C');
      assert.deepEqual(graded.history.map((h) => [h.grade, h.who, h.reason]), [
        ['C', 'analyst-2', 'two corrections this month'],
        ['B', 'analyst-1', 'usually reliable, named sources'],
      ]);
      await assert.rejects(store.setSourceGrade('Daily Beast', 'A', { who: 'analyst-1', reason: '' }), StoreRequestError);
      await assert.rejects(store.setSourceGrade('Daily Beast', 'G' as 'A', { who: 'analyst-1', reason: 'x' }), StoreRequestError);
      await store.setSourceGrade('Kremlin Press', 'E', { who: 'analyst-1', reason: 'state media' });
      assert.deepEqual((await store.listSourceGrades()).map((g) => [g.outlet, g.grade]), [
        ['Daily Beast', 'C'], ['Kremlin Press', 'E'],
      ]);
    });

    test('information credibility per event and quote: overridable with a reason, history kept', async (store) => {
      const saved = await save(store, airstrikeArticle());
      const { events, quotes } = (await store.getExtraction(saved.id))!;
      const event = { kind: 'event' as const, id: events[0]!.id };
      assert.deepEqual(await store.getCredibility(event), { current: null, history: [] });
      await store.setCredibility(event, 2, { who: 'analyst-1', reason: 'confirmed by a second outlet' });
      const record = await store.setCredibility(event, 3, { who: 'analyst-2', reason: 'the second outlet copied the first' });
      assert.equal(record.current, 3);
      assert.deepEqual(record.history.map((h) => h.credibility), [3, 2]);
      assert.equal((await store.getExtraction(saved.id))!.events[0]!.credibility, 3);
      await store.setCredibility({ kind: 'quote', id: quotes[0]!.id }, 6, { who: 'analyst-1', reason: 'cannot be judged' });
      assert.equal((await store.getExtraction(saved.id))!.quotes[0]!.credibility, 6);
      await assert.rejects(store.setCredibility(event, 7, { who: 'a', reason: 'r' }), StoreRequestError);
      await assert.rejects(store.setCredibility(event, 2, { who: 'a', reason: '' }), StoreRequestError);
      await assert.rejects(store.setCredibility({ kind: 'event', id: 999999 }, 2, { who: 'a', reason: 'r' }), StoreRequestError);
    });
  });
}

/** An entity's documents are those its mentions are in, in document order, after any merge, split or undo. */
async function documentsFollowMentions(store: Store, entityIds: string[]): Promise<void> {
  for (const id of entityIds) {
    const mentions = (await store.listEntityMentions(id, { limit: 200 })).items;
    const documents = [...new Set(mentions.map((m) => m.documentId))];
    assert.deepEqual(await store.entityDocumentIds(id), documents, `documents of ${id}`);
    // The search facets count the same documents (these corpora have fewer than 20 entities).
    const { facets } = await store.search('', {}, { limit: 1 });
    assert.equal(facets.entity.find((f) => f.value === id)?.count ?? 0, documents.length, `documents of ${id} in the entity facet`);
  }
}
