import type { EntityType } from '../types.js';
import type { AliasTable } from './aliases.js';
import { cleanName, foldName, initialsOf, isAcronym, slugify } from './names.js';

export interface TypedMention {
  start: number;
  end: number;
  text: string;
  type: EntityType;
  value?: string;
}

export interface IdentifiedMention extends TypedMention {
  id: string;
  /** The canonical name of the entity within this document. */
  name: string;
}

export const VALUE_TYPES = new Set<EntityType>(['DATE', 'TIME', 'MONEY', 'PERCENT', 'QUANTITY', 'CARDINAL', 'ORDINAL']);
const PLACE_OR_GROUP = new Set<EntityType>(['ORG', 'GPE', 'LOC', 'FAC', 'NORP']);

interface Cluster {
  name: string;
  type: EntityType;
  mentions: number[];
  fromAlias: boolean;
}

/**
 * Gives mentions of the same entity within one document the same id: alias-file names,
 * surnames after full names ("Putin" after "Vladimir Putin"), acronyms defined in the
 * text ("Federal Security Service (FSB)") or matching a name's initials, and identical
 * names. Value mentions (dates, numbers) share an id when they share a value.
 * The mention's type may be corrected to the alias file's type.
 */
export function assignIds(text: string, mentions: TypedMention[], aliases: AliasTable): IdentifiedMention[] {
  const typed = mentions.map((m) => ({ ...m }));
  const clusterOf = new Array<number>(typed.length).fill(-1);
  const clusters: Cluster[] = [];
  const byKey = new Map<string, number>();

  const join = (index: number, cluster: number) => {
    clusterOf[index] = cluster;
    clusters[cluster]!.mentions.push(index);
  };
  const open = (index: number, name: string, type: EntityType, fromAlias: boolean) => {
    clusters.push({ name, type, mentions: [], fromAlias });
    join(index, clusters.length - 1);
    byKey.set(`${groupOf(type)}:${foldName(name)}`, clusters.length - 1);
  };

  // Pass 1: names from the alias file and full names, in text order.
  typed.forEach((mention, i) => {
    if (VALUE_TYPES.has(mention.type)) return;
    const entry = aliases.lookup(mention.text);
    if (entry && groupOf(entry.type) === groupOf(mention.type)) {
      mention.type = entry.type;
      const key = `${groupOf(entry.type)}:${foldName(entry.name)}`;
      const found = byKey.get(key);
      if (found === undefined) open(i, entry.name, entry.type, true);
      else join(i, found);
      return;
    }
    if (isShortName(mention) || isAcronym(mention.text)) return; // resolved in pass 2
    const key = `${groupOf(mention.type)}:${foldName(mention.text)}`;
    const found = byKey.get(key);
    if (found === undefined) open(i, cleanName(mention.text), mention.type, false);
    else join(i, found);
  });

  // Pass 2: surnames, acronyms, and whatever is still alone. Only pass 1 made multi-word
  // clusters, so they can be indexed once here.
  const byNameWord = indexByNameWord(clusters);
  const byInitials = indexByInitials(clusters);
  typed.forEach((mention, i) => {
    if (clusterOf[i] !== -1 || VALUE_TYPES.has(mention.type)) return;
    const target =
      (isShortName(mention) ? findFullName(mention, i, typed, byNameWord, clusters) : undefined) ??
      (isAcronym(mention.text) ? findExpansion(text, mention, i, typed, clusterOf, byInitials) : undefined) ??
      byKey.get(`${groupOf(mention.type)}:${foldName(mention.text)}`);
    if (target !== undefined) join(i, target);
    else open(i, cleanName(mention.text), mention.type, false);
  });

  const ids = assignClusterIds(clusters, typed);
  const valueIds = new Map<string, string>();
  return typed.map((mention, i) => {
    if (clusterOf[i] === -1) {
      const key = `${mention.type}:${mention.value ?? mention.text.toLowerCase()}`;
      let id = valueIds.get(key);
      if (!id) {
        id = `${mention.type === 'DATE' || mention.type === 'TIME' ? 'd' : 'n'}${valueIds.size + 1}`;
        valueIds.set(key, id);
      }
      return { ...mention, id, name: mention.value ?? mention.text };
    }
    const cluster = clusters[clusterOf[i]!]!;
    return { ...mention, id: ids[clusterOf[i]!]!, name: cluster.name };
  });
}

/** Names in one group may be one entity even if the tagger typed them differently. */
export function groupOf(type: EntityType): string {
  if (type === 'PERSON') return 'person';
  if (PLACE_OR_GROUP.has(type)) return 'actor';
  return type.toLowerCase();
}

function isShortName(mention: TypedMention): boolean {
  return mention.type === 'PERSON' && !/\s/.test(cleanName(mention.text));
}

/** First and last words of multi-word PERSON names → their clusters. */
function indexByNameWord(clusters: Cluster[]): Map<string, number[]> {
  const index = new Map<string, number[]>();
  clusters.forEach((cluster, c) => {
    if (cluster.type !== 'PERSON') return;
    const parts = cleanName(cluster.name).split(/\s+/).map(foldName);
    if (parts.length < 2) return;
    for (const word of new Set([parts[0]!, parts[parts.length - 1]!])) index.set(word, [...(index.get(word) ?? []), c]);
  });
  return index;
}

/** Initials of multi-word actor names → the first cluster with them, per group. */
function indexByInitials(clusters: Cluster[]): Map<string, number> {
  const index = new Map<string, number>();
  clusters.forEach((cluster, c) => {
    if (!/\s/.test(cluster.name)) return;
    const key = `${groupOf(cluster.type)}:${initialsOf(cluster.name)}`;
    if (!index.has(key)) index.set(key, c);
  });
  return index;
}

/** "Putin" → the nearest full PERSON name ending (or starting) with that word, preferring earlier ones. */
function findFullName(mention: TypedMention, index: number, all: TypedMention[], byNameWord: Map<string, number[]>, clusters: Cluster[]): number | undefined {
  let best: number | undefined;
  let bestDistance = Infinity;
  for (const c of byNameWord.get(foldName(mention.text)) ?? []) {
    for (const m of clusters[c]!.mentions) {
      // An earlier full name beats a later one at the same distance.
      const distance = Math.abs(all[m]!.start - mention.start) + (m > index ? 1e6 : 0);
      if (distance < bestDistance) {
        bestDistance = distance;
        best = c;
      }
    }
  }
  return best;
}

/** "(FSB)" right after a name, or an acronym whose letters are a name's initials. */
function findExpansion(text: string, mention: TypedMention, index: number, all: TypedMention[], clusterOf: number[], byInitials: Map<string, number>): number | undefined {
  const previous = all[index - 1];
  if (previous && clusterOf[index - 1] !== -1 && /^\s*\($/.test(text.slice(previous.end, mention.start)) && text[mention.end] === ')') {
    return clusterOf[index - 1];
  }
  return byInitials.get(`${groupOf(mention.type)}:${mention.text.replace(/\./g, '')}`);
}

/**
 * Slugs of canonical names, given in order of first mention so that ids are stable;
 * a second entity with the same slug gets its type, then a number.
 */
function assignClusterIds(clusters: Cluster[], mentions: TypedMention[]): string[] {
  const firstStart = clusters.map((c) => c.mentions.reduce((min, m) => Math.min(min, mentions[m]!.start), Infinity));
  const order = clusters.map((_, c) => c).sort((a, b) => firstStart[a]! - firstStart[b]!);
  const used = new Set<string>();
  const ids = new Array<string>(clusters.length);
  for (const c of order) {
    const cluster = clusters[c]!;
    let id = slugify(cluster.name);
    if (used.has(id)) id = `${id}-${cluster.type.toLowerCase()}`;
    for (let n = 2; used.has(id); n++) id = `${slugify(cluster.name)}-${n}`;
    used.add(id);
    ids[c] = id;
  }
  return ids;
}
