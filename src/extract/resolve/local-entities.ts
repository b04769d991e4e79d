import type { AliasEntry, AliasTable } from '../entities/aliases.js';
import { groupOf, VALUE_TYPES } from '../entities/assign-ids.js';
import { cleanName, isAcronym } from '../entities/names.js';
import type { EntityType } from '../types.js';
import { stateMetonymCue, type Capitals } from './metonymy.js';
import type { ResolverDocument, ResolverMention } from './types.js';

/** The mentions one document gave one in-document id: the unit the resolver merges. */
export interface LocalEntity {
  doc: number;
  file: string;
  localId: string;
  type: EntityType;
  /** PERSON, "actor" (ORG/GPE/LOC/FAC/NORP), or the type itself: merges stay inside a group. */
  group: string;
  /** Names as written (cleaned: no possessive, no lower-case "the"), most used first. */
  surfaces: string[];
  /** How many mentions have each surface (in the order of `surfaces`). */
  surfaceCounts: number[];
  /** How many mentions have each type (one shared array per combination: a corpus holds hundreds of thousands). */
  typeCounts: readonly TypeCount[];
  /** Emptied once the resolver no longer needs them (EntityResolver.compact). */
  mentions: ResolverMention[];
  aliasEntry?: AliasEntry;
  /** The surface the alias file knows. */
  aliasSurface?: string;
  /** Dates, times and numbers. */
  isValue: boolean;
  value?: string;
  /** Only acronyms or a single-word person name: joined to a fuller name only when that is unambiguous. */
  bare: boolean;
  /** Mentions of a capital that mean its state ("Moscow supports…"), split from the city's. */
  standsFor?: { state: string; names: string[]; cue: string };
  /** Worked out from the fields above on first use and kept: a growing corpus is re-resolved often. */
  memo: {
    /** The strong keys, as (rule index, key, the name it came from) triples in one flat array: a corpus holds hundreds of thousands. */
    strongKeys?: readonly (number | string)[];
  };
}

/** The names a local entity is matched under: its surfaces, or for a capital meaning its state, the state's names. */
export function keyNames(local: LocalEntity): string[] {
  return local.standsFor ? local.standsFor.names : local.surfaces;
}

/**
 * Groups a document's mentions by their in-document id, in order of first mention. With the
 * text and a capitals list, mentions of a capital that mean its state form a group of their own.
 */
export function localEntities(doc: ResolverDocument, docIndex: number, aliases: AliasTable, capitals?: Capitals): LocalEntity[] {
  const byId = new Map<string, { localId: string; mentions: ResolverMention[]; standsFor?: LocalEntity['standsFor'] }>();
  for (const mention of [...doc.entities].sort((a, b) => a.start - b.start)) {
    const cue = doc.text !== undefined && capitals ? stateMetonymCue(doc.text, mention, capitals) : undefined;
    const key = cue ? `${mention.id}\u0000state` : mention.id;
    const group = byId.get(key);
    if (group) group.mentions.push(mention);
    else byId.set(key, { localId: mention.id, mentions: [mention], ...(cue ? { standsFor: { ...capitals!.get(mention.text)!, cue } } : {}) });
  }
  return [...byId.values()].map(({ localId, mentions, standsFor }) => {
    const typeCounts = countTypes(mentions);
    const type = standsFor ? 'GPE' : majorityType(mentions[0]!.type, typeCounts);
    const { surfaces, surfaceCounts } = rankedSurfaces(mentions);
    const isValue = VALUE_TYPES.has(type);
    let aliasEntry: AliasEntry | undefined;
    let aliasSurface: string | undefined;
    if (!isValue) {
      for (const surface of standsFor ? standsFor.names : surfaces) {
        const entry = aliases.lookup(surface);
        if (entry && groupOf(entry.type) === groupOf(type)) {
          aliasEntry = entry;
          aliasSurface = surface;
          break;
        }
      }
    }
    const value = mentions.find((m) => m.value !== undefined)?.value;
    return {
      doc: docIndex,
      file: doc.file,
      localId,
      type: aliasEntry?.type ?? type,
      group: groupOf(aliasEntry?.type ?? type),
      surfaces,
      surfaceCounts,
      typeCounts,
      mentions,
      aliasEntry,
      aliasSurface,
      isValue,
      ...(value !== undefined ? { value } : {}),
      bare: !isValue && !standsFor && surfaces.every((s) => isAcronym(s) || isSingleWordPerson(s, type)),
      ...(standsFor ? { standsFor } : {}),
      memo: {},
    };
  });
}

export function isSingleWordPerson(name: string, type: EntityType): boolean {
  return type === 'PERSON' && !/\s/.test(name);
}

export type TypeCount = readonly [EntityType, number];
const sharedTypeCounts = new Map<string, readonly TypeCount[]>();

/** Mentions per type, in order of first appearance; equal counts share one array. */
function countTypes(mentions: ResolverMention[]): readonly TypeCount[] {
  const counts = new Map<EntityType, number>();
  for (const m of mentions) counts.set(m.type, (counts.get(m.type) ?? 0) + 1);
  const key = [...counts].join(';');
  let shared = sharedTypeCounts.get(key);
  if (!shared) sharedTypeCounts.set(key, (shared = [...counts]));
  return shared;
}

/** The type most mentions have; ties go to the earliest. */
function majorityType(first: EntityType, counts: readonly TypeCount[]): EntityType {
  let best = first;
  let most = counts.find(([type]) => type === first)![1];
  for (const [type, count] of counts) {
    if (count > most) {
      best = type;
      most = count;
    }
  }
  return best;
}

/** Distinct cleaned surfaces, most frequent first, ties by first appearance, with their counts. */
function rankedSurfaces(mentions: ResolverMention[]): { surfaces: string[]; surfaceCounts: number[] } {
  const counts = new Map<string, number>();
  for (const m of mentions) {
    const name = cleanName(m.text);
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  return { surfaces: ranked.map(([name]) => name), surfaceCounts: ranked.map(([, n]) => n) };
}
