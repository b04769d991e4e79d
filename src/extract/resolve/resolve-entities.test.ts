import { test } from 'node:test';
import assert from 'node:assert/strict';
import { AliasTable } from '../entities/aliases.js';
import { slugify } from '../entities/names.js';
import type { EntityType } from '../types.js';
import { EntityResolver } from './entity-resolver.js';
import { resolveEntities } from './resolve-entities.js';
import type { Resolution, ResolverDocument } from './types.js';

const aliases = new AliasTable({
  entries: [
    { name: 'Islamic State', type: 'ORG', aliases: ['ISIS', 'IS', 'the Islamic State'], distinctFrom: ['ISIS-K'] },
    { name: 'Islamic State Khorasan Province', type: 'ORG', aliases: ['ISIS-K', 'ISKP'] },
  ],
});
const noAliases = AliasTable.empty();

/** A hand-made extraction: [text, type, in-document id (default: slug of the text), value?] per mention. */
function doc(file: string, mentions: [string, EntityType, string?, string?][]): ResolverDocument {
  let offset = 0;
  return {
    file,
    entities: mentions.map(([text, type, id, value]) => {
      const start = offset;
      offset += text.length + 1;
      return { start, end: start + text.length, text, type, id: id ?? slugify(text), ...(value ? { value } : {}) };
    }),
  };
}

/** Corpus id of each mention, per document, in order. */
function ids(resolution: Resolution, docs: ResolverDocument[]): string[][] {
  return docs.map((d, i) => d.entities.map((m) => resolution.idMaps[i]!.get(m.id)!));
}

const cases: [string, AliasTable, ResolverDocument[], string[][]][] = [
  [
    'ISIS, IS and Islamic State are one actor, ISIS-K another',
    aliases,
    [doc('a', [['ISIS', 'ORG'], ['ISIS-K', 'ORG']]), doc('b', [['Islamic State', 'ORG'], ['IS', 'ORG']]), doc('c', [['ISKP', 'ORG']])],
    [['islamic-state', 'islamic-state-khorasan-province'], ['islamic-state', 'islamic-state'], ['islamic-state-khorasan-province']],
  ],
  [
    'ISIS-K stays apart from ISIS without the alias file too',
    noAliases,
    [doc('a', [['ISIS', 'ORG']]), doc('b', [['ISIS-K', 'ORG'], ['ISIS', 'ORG']])],
    [['isis'], ['isis-k', 'isis']],
  ],
  [
    'a lone surname joins the one full name in the corpus',
    noAliases,
    [doc('a', [['Vladimir Putin', 'PERSON']]), doc('b', [['Putin', 'PERSON']]), doc('c', [['Putin', 'PERSON']])],
    [['vladimir-putin'], ['vladimir-putin'], ['vladimir-putin']],
  ],
  [
    'a surname shared by two full names stays apart',
    noAliases,
    [doc('a', [['John Smith', 'PERSON']]), doc('b', [['Jane Smith', 'PERSON']]), doc('c', [['Smith', 'PERSON']])],
    [['john-smith'], ['jane-smith'], ['smith']],
  ],
  [
    'transliterations of a place fold',
    noAliases,
    [doc('a', [['Raqqa', 'GPE'], ['Deir Ezzor', 'GPE']]), doc('b', [['A-Raqqa', 'GPE'], ['Deir e-Zor', 'GPE']]), doc('c', [['Ar Raqqah', 'LOC'], ['Deir ez-Zor', 'GPE']])],
    [['raqqa', 'deir-ezzor'], ['raqqa', 'deir-ezzor'], ['raqqa', 'deir-ezzor']],
  ],
  [
    'Al-Baghdadi is the surname of Abu Bakr al-Baghdadi',
    noAliases,
    [doc('a', [['Abu Bakr al-Baghdadi', 'PERSON']]), doc('b', [['Al-Baghdadi', 'PERSON']])],
    [['abu-bakr-al-baghdadi'], ['abu-bakr-al-baghdadi']],
  ],
  [
    'Jordan the country is not Michael Jordan; Jordan the person is',
    noAliases,
    [doc('a', [['Jordan', 'GPE']]), doc('b', [['Michael Jordan', 'PERSON']]), doc('c', [['Jordan', 'PERSON']])],
    [['jordan'], ['michael-jordan'], ['michael-jordan']],
  ],
  [
    'same name in different type groups stays apart',
    noAliases,
    [doc('a', [['Washington', 'GPE']]), doc('b', [['Washington', 'PERSON']])],
    [['washington'], ['washington-person']],
  ],
  [
    'an acronym defined in one document explains it in another',
    noAliases,
    [doc('a', [['Federal Security Service', 'ORG', 'fss'], ['FSB', 'ORG', 'fss']]), doc('b', [['FSB', 'ORG']])],
    [['federal-security-service', 'federal-security-service'], ['federal-security-service']],
  ],
  [
    'an acronym defined for two names stays apart',
    noAliases,
    [doc('a', [['Federal Security Service', 'ORG', 'x'], ['FSB', 'ORG', 'x']]), doc('b', [['Fiji Sugar Board', 'ORG', 'y'], ['FSB', 'ORG', 'y']]), doc('c', [['FSB', 'ORG']])],
    [['federal-security-service', 'federal-security-service'], ['fiji-sugar-board', 'fiji-sugar-board'], ['fsb']],
  ],
  [
    'nationality words fold singular and plural',
    noAliases,
    [doc('a', [['Russians', 'NORP']]), doc('b', [['Russian', 'NORP']])],
    [['russian'], ['russian']],
  ],
  [
    'calendar dates meet across documents, relative dates do not',
    noAliases,
    [doc('a', [['13 October 2015', 'DATE', 'd1', '2015-10-13'], ['yesterday', 'DATE', 'd2']]), doc('b', [['October 13, 2015', 'DATE', 'd1', '2015-10-13'], ['yesterday', 'DATE', 'd2']])],
    [['date-2015-10-13', 'date-yesterday'], ['date-2015-10-13', 'date-yesterday-2']],
  ],
];

for (const [name, table, docs, expected] of cases) {
  test(`resolve-entities.test: ${name}`, () => {
    assert.deepEqual(ids(resolveEntities(docs, table), docs), expected, `resolve-entities.test: ${name}`);
  });
}

test('resolve-entities.test: entities carry name, type, aliases with files, mentions and merge reasons', () => {
  const docs = [doc('a.txt', [['ISIS', 'ORG'], ['Vladimir Putin', 'PERSON']]), doc('b.txt', [['Islamic State', 'ORG'], ['Putin', 'PERSON']])];
  const { entities } = resolveEntities(docs, aliases);
  const isis = entities.find((e) => e.id === 'islamic-state')!;
  assert.equal(isis.name, 'Islamic State');
  assert.equal(isis.type, 'ORG');
  assert.deepEqual(isis.aliases, [{ name: 'ISIS', files: ['a.txt'] }, { name: 'Islamic State', files: ['b.txt'] }]);
  assert.deepEqual(isis.mentions, [{ file: 'a.txt', start: 0, end: 4, text: 'ISIS' }, { file: 'b.txt', start: 0, end: 13, text: 'Islamic State' }]);
  assert.deepEqual(isis.merges.map((m) => m.reason), ['alias file: ISIS = Islamic State']);
  const putin = entities.find((e) => e.id === 'vladimir-putin')!;
  assert.match(putin.merges[0]!.reason, /^surname of Vladimir Putin/);
});

test('resolve-entities.test: in-document merges are explained too', () => {
  const docs = [doc('a.txt', [['Vladimir Putin', 'PERSON', 'vp'], ['Putin', 'PERSON', 'vp'], ['Federal Security Service', 'ORG', 'f'], ['FSB', 'ORG', 'f']])];
  const reasons = resolveEntities(docs, noAliases).entities.flatMap((e) => e.merges.map((m) => m.reason));
  assert.deepEqual(reasons, ['surname of Vladimir Putin in the same document (a.txt)', 'acronym FSB of Federal Security Service in a.txt']);
});

test('resolve-entities.test: the incremental resolver reports ids that change and agrees with the batch', () => {
  const docs = [doc('a', [['Putin', 'PERSON']]), doc('b', [['Vladimir Putin', 'PERSON']]), doc('c', [['Smith', 'PERSON']]), doc('d', [['John Smith', 'PERSON']]), doc('e', [['Jane Smith', 'PERSON']])];
  const resolver = new EntityResolver(noAliases);
  const addAndResolve = (d: ResolverDocument) => {
    resolver.add(d);
    return resolver.resolve().changes;
  };
  assert.deepEqual(addAndResolve(docs[0]!), []);
  assert.deepEqual(addAndResolve(docs[1]!), [{ file: 'a', from: 'putin', to: 'vladimir-putin' }]);
  addAndResolve(docs[2]!);
  assert.deepEqual(addAndResolve(docs[3]!), [{ file: 'c', from: 'smith', to: 'john-smith' }]);
  // A second Smith makes the lone surname ambiguous again.
  assert.deepEqual(addAndResolve(docs[4]!), [{ file: 'c', from: 'john-smith', to: 'smith' }]);
  const batch = resolveEntities(docs, noAliases);
  const { ids, changes } = resolver.resolve();
  assert.deepEqual(changes, []);
  assert.deepEqual(docs.map((_, d) => ids.idMap(d)), batch.idMaps);
  assert.deepEqual(docs.map((_, d) => ids.mentionIds(d)), batch.mentionIds);
  assert.deepEqual(batch.entities.map((e) => ids.nameOf(e.id)), batch.entities.map((e) => e.name));
  assert.deepEqual(resolver.resolution(), batch);
});

test('resolve-entities.test: documents added together are resolved once', () => {
  const resolver = new EntityResolver(noAliases);
  resolver.add(doc('a', [['Putin', 'PERSON']]));
  resolver.add(doc('b', [['Vladimir Putin', 'PERSON']]));
  const { ids, changes } = resolver.resolve();
  assert.deepEqual(changes, [], 'resolve-entities.test: nothing was resolved before, so nothing changed');
  assert.deepEqual([0, 1].map((d) => [...ids.idMap(d).values()]), [['vladimir-putin'], ['vladimir-putin']]);
});

test('resolve-entities.test: a compacted resolver resolves as one that keeps every mention', () => {
  const docs = [
    doc('a', [['Putin', 'PERSON'], ['FSB', 'ORG'], ['Moscow', 'GPE']]),
    doc('b', [['Vladimir Putin', 'PERSON', 'vp'], ['Putin', 'PERSON', 'vp'], ['Federal Security Service', 'ORG', 'f'], ['FSB', 'ORG', 'f']]),
    doc('c', [['Smith', 'PERSON'], ['ISIS', 'ORG'], ['2015', 'DATE', 'd', '2015']]),
    doc('d', [['John Smith', 'PERSON'], ['Islamic State', 'ORG'], ['ISIS-K', 'ORG']]),
    doc('e', [['Jane Smith', 'PERSON'], ['Smith', 'PERSON', 'jane-smith'], ['2015', 'DATE', 'd', '2015']]),
    doc('f', [['Putin', 'PERSON'], ['Smith', 'PERSON'], ['ISKP', 'ORG']]),
  ];
  const kept = new EntityResolver(aliases);
  const compacted = new EntityResolver(aliases);
  for (const batch of [[0], [1, 2], [3], [4, 5]]) {
    for (const d of batch) {
      kept.add(docs[d]!);
      compacted.add(docs[d]!);
    }
    const expected = kept.resolve();
    const actual = compacted.resolve();
    assert.deepEqual(actual.changes, expected.changes, `after documents ${batch.join(', ')}`);
    for (const d of batch) {
      assert.deepEqual(actual.ids.idMap(d), expected.ids.idMap(d));
      assert.deepEqual(actual.ids.mentionIds(d), expected.ids.mentionIds(d));
    }
    compacted.compact();
    for (let d = 0; d <= batch.at(-1)!; d++) assert.deepEqual(actual.ids.idMap(d), expected.ids.idMap(d), `document ${d} after compacting`);
  }
  assert.ok(kept.resolve().changes.length === 0);
  assert.throws(() => compacted.resolution(), /needs every mention: this resolver was compacted/);
});
