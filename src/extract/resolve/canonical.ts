import type { AliasTable } from '../entities/aliases.js';
import { isAcronym } from '../entities/names.js';
import type { EntityType } from '../types.js';
import type { Clusters } from './clusters.js';
import { IdAllocator } from './id-allocator.js';
import { isSingleWordPerson, type LocalEntity } from './local-entities.js';
import { withoutArticle, type NameKeyCache } from './name-keys.js';
import type { AliasSource, CanonicalEntity, Merge, Resolution, ResolverDocument } from './types.js';

/** A resolved cluster: its corpus id, name and type, and its local entities (indices). */
export interface ResolvedCluster {
  id: string;
  name: string;
  type: EntityType;
  root: number;
  members: number[];
}

/**
 * Ids, names and types of the clusters (in order of their first local entity), and the corpus
 * id of every local entity: all a growing corpus needs after each batch of new documents.
 */
export function assignIds(locals: LocalEntity[], clusters: Clusters): { clusters: ResolvedCluster[]; localIds: string[] } {
  const ids = new IdAllocator();
  const localIds: string[] = new Array<string>(locals.length);
  const resolved = clusters.groups().map((members): ResolvedCluster => {
    const root = members[0]!;
    const group = members.map((m) => locals[m]!);
    const entry = clusters.aliasEntryOf(root);
    const type = entry?.type ?? majorityType(group);
    const name = entry?.name ?? canonicalName(group);
    const id = group[0]!.isValue ? ids.allocate(`${type} ${name}`, type, false) : ids.allocate(name, type, true);
    for (const m of members) localIds[m] = id;
    return { id, name, type, root, members };
  });
  return { clusters: resolved, localIds };
}

/**
 * One document's in-document id → corpus id, and each mention's ("start:end") corpus id, from
 * its local entities (`indices`). An id whose literal mentions went to one entity and whose
 * mentions meaning a state went to another keeps the literal one ("moscow" stays the city).
 */
export function documentIds(locals: LocalEntity[], localIds: readonly string[], indices: Iterable<number>): { idMap: Map<string, string>; mentionIds: Map<string, string> } {
  const idMap = new Map<string, string>();
  const mentionIds = new Map<string, string>();
  const metonyms: number[] = [];
  for (const i of indices) {
    const local = locals[i]!;
    if (local.standsFor) metonyms.push(i);
    else idMap.set(local.localId, localIds[i]!);
    for (const m of local.mentions) mentionIds.set(`${m.start}:${m.end}`, localIds[i]!);
  }
  for (const i of metonyms) if (!idMap.has(locals[i]!.localId)) idMap.set(locals[i]!.localId, localIds[i]!);
  return { idMap, mentionIds };
}

/** Names, types, ids, aliases and merge reasons of the resolved clusters. */
export function buildEntities(docs: ResolverDocument[], locals: LocalEntity[], clusters: Clusters, aliases: AliasTable, keys: NameKeyCache): Resolution {
  const { clusters: resolved, localIds } = assignIds(locals, clusters);
  const byDoc = docs.map((): number[] => []);
  locals.forEach((local, i) => byDoc[local.doc]!.push(i));
  const perDoc = byDoc.map((indices) => documentIds(locals, localIds, indices));
  const entities: CanonicalEntity[] = resolved.map(({ id, name, type, root, members }) => {
    const group = members.map((m) => locals[m]!);
    return {
      id,
      name,
      type,
      aliases: aliasSources(group),
      mentions: group
        .flatMap((l) => l.mentions.map((m) => ({ doc: l.doc, file: l.file, start: m.start, end: m.end, text: m.text })))
        .sort((a, b) => a.doc - b.doc || a.start - b.start)
        .map(({ file, start, end, text }) => ({ file, start, end, text })),
      merges: distinctMerges([...group.flatMap((l) => inDocumentMerges(l, aliases, keys)), ...clusters.mergesOf(root)]),
    };
  });
  return { entities, idMaps: perDoc.map((d) => d.idMap), mentionIds: perDoc.map((d) => d.mentionIds) };
}

function majorityType(group: LocalEntity[]): EntityType {
  const counts = new Map<EntityType, number>();
  for (const local of group) for (const [type, n] of local.typeCounts) counts.set(type, (counts.get(type) ?? 0) + n);
  let best = group[0]!.type;
  for (const [type, count] of counts) if (count > (counts.get(best) ?? 0)) best = type;
  return best;
}

/**
 * The fullest name written: not an acronym, most words, the singular of a nationality,
 * then the most mentioned, then the first.
 */
function canonicalName(group: LocalEntity[]): string {
  if (group[0]!.isValue) return group[0]!.value ?? group[0]!.surfaces[0]!;
  const counts = new Map<string, number>();
  const add = (name: string, n: number) => counts.set(name, (counts.get(name) ?? 0) + n);
  for (const local of group) {
    // A capital meaning its state counts as the state's name.
    if (local.standsFor) add(local.standsFor.state, local.surfaceCounts.reduce((sum, n) => sum + n, 0));
    else local.surfaces.forEach((surface, i) => add(surface, local.surfaceCounts[i]!));
  }
  const isNorp = group[0]!.type === 'NORP';
  const score = (s: string) => [
    isAcronym(s) ? 0 : 1,
    withoutArticle(s).split(/\s+/).length,
    isNorp && /s$/.test(s) ? 0 : 1,
    counts.get(s) ?? 0,
  ];
  const names = [...new Set(group.flatMap((l) => (l.standsFor ? [l.standsFor.state] : l.surfaces)))];
  let best = names[0]!;
  for (const name of names.slice(1)) {
    const a = score(name);
    const b = score(best);
    const i = a.findIndex((x, k) => x !== b[k]);
    if (i >= 0 && a[i]! > b[i]!) best = name;
  }
  return best;
}

function aliasSources(group: LocalEntity[]): AliasSource[] {
  const files = new Map<string, Set<string>>();
  for (const local of group) for (const surface of local.surfaces) {
    const set = files.get(surface) ?? new Set<string>();
    set.add(local.file);
    files.set(surface, set);
  }
  return [...files].map(([name, set]) => ({ name, files: [...set] }));
}

/** Why the extractor gave several names in one document one id, told again for the record. */
function inDocumentMerges(local: LocalEntity, aliases: AliasTable, keys: NameKeyCache): Merge[] {
  if (local.standsFor) {
    const { state, cue } = local.standsFor;
    return local.surfaces.map((surface) => ({ names: [state, surface], reason: `capital for its state: "${surface} ${cue}" in ${local.file} means ${state}` }));
  }
  const first = local.surfaces[0];
  if (!first || local.isValue) return [];
  const main = local.aliasEntry?.name && local.surfaces.includes(local.aliasEntry.name)
    ? local.aliasEntry.name
    : local.surfaces.reduce((a, b) => (b.split(/\s+/).length > a.split(/\s+/).length ? b : a), first);
  return local.surfaces.filter((s) => s !== main).map((surface): Merge => {
    const entry = aliases.lookup(surface);
    let reason: string;
    if (entry && entry === local.aliasEntry && surface !== entry.name) reason = `alias file: ${surface} = ${entry.name}`;
    else if (isAcronym(surface)) reason = `acronym ${surface} of ${main} in ${local.file}`;
    else if (isSingleWordPerson(surface, local.type)) reason = `${nameWord(surface, main, keys)} of ${main} in the same document (${local.file})`;
    else if (keys.of(surface).transliteration === keys.of(main).transliteration) reason = `transliteration fold: ${surface} ~ ${main}`;
    else reason = `one entity in ${local.file} (in-document id ${local.localId})`;
    return { names: [main, surface], reason };
  });
}

/** Which word of the full name a single-word person name is (the in-document id step matches either end). */
function nameWord(word: string, full: string, keys: NameKeyCache): string {
  const words = full.split(/\s+/);
  const key = keys.of(word).fold;
  if (keys.of(words[words.length - 1]!).fold === key) return 'surname';
  if (keys.of(words[0]!).fold === key) return 'first name';
  return 'short name';
}

/** Each pair of names with its reason once, however many documents repeat it. */
function distinctMerges(merges: Merge[]): Merge[] {
  const seen = new Set<string>();
  return merges.filter((m) => {
    const key = `${[...m.names].sort().join('\u0000')}\u0000${m.reason}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
