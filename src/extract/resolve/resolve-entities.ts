import type { AliasTable } from '../entities/aliases.js';
import { buildEntities } from './canonical.js';
import { Clusters } from './clusters.js';
import { isSingleWordPerson, keyNames, localEntities, type LocalEntity } from './local-entities.js';
import type { Capitals } from './metonymy.js';
import { NameKeyCache, type NameKeys } from './name-keys.js';
import type { Resolution, ResolverDocument } from './types.js';

/**
 * Entities across documents. Each document's in-document entities (its ids) are merged when
 * the alias file names them as one actor, when they share a name, a transliteration key or
 * (nationalities) a singular; then a lone surname or acronym joins the one fuller name in the
 * corpus it can belong to, and stays apart when there are several. Merges never cross type
 * groups (Jordan the country is not Michael Jordan) nor join two alias-file actors (ISIS and
 * ISIS-K). Deterministic for a given document order.
 */
export function resolveEntities(docs: ResolverDocument[], aliases: AliasTable, options: ResolveOptions = {}): Resolution {
  const keys = options.keys ?? new NameKeyCache();
  const locals = docs.flatMap((doc, d) => localEntities(doc, d, aliases, options.capitals));
  return resolveLocals(docs, locals, aliases, keys);
}

/** The clustering over local entities already made (EntityResolver keeps them between additions). */
export function resolveLocals(docs: ResolverDocument[], locals: LocalEntity[], aliases: AliasTable, keys: NameKeyCache): Resolution {
  return buildEntities(docs, locals, clusterLocals(locals, keys), aliases, keys);
}

/** The local entities joined into entities: by strong keys first, then bare names. */
export function clusterLocals(locals: LocalEntity[], keys: NameKeyCache): Clusters {
  const clusters = new Clusters(locals);
  joinByStrongKeys(locals, clusters, keys);
  joinBareNames(locals, clusters, keys);
  return clusters;
}

export interface ResolveOptions {
  /** Capitals and their states: "Moscow supports…" (in a document given with its text) joins Russia. */
  capitals?: Capitals;
  /** Keys of names already seen, to share between resolutions of a growing corpus. */
  keys?: NameKeyCache;
}

type KeyOf = (local: LocalEntity, surface: NameKeys) => string | undefined;
type ReasonOf = (first: string, second: string, local: LocalEntity) => string;

/** Names that mean one entity wherever they appear, strongest evidence first. */
function joinByStrongKeys(locals: LocalEntity[], clusters: Clusters, keys: NameKeyCache): void {
  const full = (local: LocalEntity, surface: string) => !local.isValue && !keys.of(surface).acronym && !isSingleWordPerson(surface, local.type);
  const rules: [KeyOf, ReasonOf][] = [
    [
      (l) => (l.aliasEntry ? `alias:${l.aliasEntry.name}` : undefined),
      (a, b, l) => `alias file: ${[a, b].find((s) => s !== l.aliasEntry!.name) ?? a} = ${l.aliasEntry!.name}`,
    ],
    [(l, k) => (l.isValue ? undefined : `name:${l.group}:${l.bare ? 'bare:' : ''}${k.fold}`), () => 'same name'],
    [
      (l, k) => (l.isValue || k.transliteration.length < 4 ? undefined : `translit:${l.group}:${l.bare ? 'bare:' : ''}${k.transliteration}`),
      (a, b) => `transliteration fold: ${a} ~ ${b}`,
    ],
    [(l, k) => (l.type === 'NORP' ? `norp:${k.nationality}` : undefined), (a, b) => `nationality: ${a} ~ ${b}`],
    [(l) => (l.isValue && l.value && isAbsoluteValue(l.value) ? `value:${l.type}:${l.value}` : undefined), () => 'same date value'],
  ];
  // A local entity's keys never change: worked out once, as a growing corpus is re-resolved often.
  const keysOf = (local: LocalEntity): RuleKeys => {
    if (!local.memo.strongKeys) {
      // Bare names (acronyms, lone surnames) key only among themselves: they join fuller names later, when unambiguous.
      const surfaces = keyNames(local).filter((surface) => local.bare || local.isValue || full(local, surface));
      const found: (number | string)[] = [];
      rules.forEach(([keyOf], r) => {
        for (const surface of surfaces) {
          const key = keyOf(local, keys.of(surface));
          if (key !== undefined) found.push(r, key, surface);
        }
      });
      // A copy of the right size: a growing array keeps room for more, times every local entity.
      local.memo.strongKeys = found.length ? found.slice() : NO_KEYS;
    }
    return local.memo.strongKeys;
  };
  rules.forEach(([, reasonOf], r) => {
    const holders = new Map<string, { index: number; surface: string }>();
    locals.forEach((local, i) => {
      const found = keysOf(local);
      for (let k = 0; k < found.length; k += 3) {
        if (found[k] !== r) continue;
        const key = found[k + 1] as string;
        const surface = found[k + 2] as string;
        const holder = holders.get(key);
        if (!holder) holders.set(key, { index: i, surface });
        else if (clusters.find(holder.index) !== clusters.find(i)) {
          const reason = keys.of(holder.surface).fold === keys.of(surface).fold ? 'same name' : reasonOf(holder.surface, surface, local);
          clusters.join(holder.index, i, { names: [holder.surface, surface], reason });
        }
      }
    });
  });
}

type RuleKeys = NonNullable<LocalEntity['memo']['strongKeys']>;
const NO_KEYS: RuleKeys = [];

/** Dates precise to the day, month or year stand for one period in every article. */
function isAbsoluteValue(value: string): boolean {
  return /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/.test(value);
}

/**
 * "Putin" joins the one full name ending in Putin anywhere in the corpus, "FSB" the one
 * name it was defined for (or, from three letters, the one name with those initials).
 * With two candidates (John Smith and Jane Smith) the short name stays on its own.
 */
function joinBareNames(locals: LocalEntity[], clusters: Clusters, keys: NameKeyCache): void {
  // key → cluster → the first local entity in it with that key (named in the merge reason).
  // By cluster (the strong merges are done), so a name written in a thousand articles is one candidate.
  const bySurname: Index = new Map();
  const byAcronym: Index = new Map();
  const byInitials: Index = new Map();
  const add = (index: Index, key: string, i: number) => {
    const byRoot = index.get(key) ?? new Map<number, number>();
    if (!byRoot.has(clusters.find(i))) byRoot.set(clusters.find(i), i);
    index.set(key, byRoot);
  };
  locals.forEach((local, i) => {
    if (local.bare || local.isValue) return;
    for (const surface of local.surfaces) {
      const multiWord = /\s/.test(surface);
      const k = keys.of(surface);
      if (local.type === 'PERSON' && k.surname) add(bySurname, k.surname, i);
      if (k.acronym) add(byAcronym, `${local.group}:${surface.replace(/\./g, '')}`, i);
      else if (multiWord && local.type !== 'PERSON') add(byInitials, `${local.group}:${k.initials}`, i);
    }
  });

  const bareRoots = new Map<number, number[]>();
  locals.forEach((local, i) => {
    const root = clusters.find(i);
    const list = bareRoots.get(root);
    if (list) list.push(i);
    else bareRoots.set(root, [i]);
  });
  for (const [root, members] of bareRoots) {
    if (!members.every((m) => locals[m]!.bare) || clusters.aliasEntryOf(root)) continue;
    const candidates = new Map<number, { local: number; surface: string; how: string }>();
    for (const m of members) {
      const local = locals[m]!;
      for (const surface of local.surfaces) {
        const found = isSingleWordPerson(surface, local.type)
          ? tagged(bySurname.get(keys.of(surface).transliteration), 'surname')
          : tagged(byAcronym.get(`${local.group}:${surface.replace(/\./g, '')}`), 'acronym') ??
            (surface.replace(/\./g, '').length >= 3 ? tagged(byInitials.get(`${local.group}:${surface.replace(/\./g, '')}`), 'initials') : undefined);
        for (const c of found?.locals.values() ?? []) {
          if (clusters.canJoin(root, c)) candidates.set(clusters.find(c), { local: c, surface, how: found!.how });
        }
      }
    }
    if (candidates.size !== 1) continue;
    const [{ local: target, surface, how }] = [...candidates.values()];
    const full = locals[target]!;
    clusters.join(target, root, { names: [fullestName(full), surface], reason: bareReason(how, surface, full) });
  }
}

type Index = Map<string, Map<number, number>>;

function tagged(locals: Map<number, number> | undefined, how: string): { locals: Map<number, number>; how: string } | undefined {
  return locals && locals.size > 0 ? { locals, how } : undefined;
}

function fullestName(local: LocalEntity): string {
  return local.surfaces.find((s) => /\s/.test(s)) ?? local.surfaces[0]!;
}

function bareReason(how: string, surface: string, full: LocalEntity): string {
  const name = fullestName(full);
  if (how === 'surname') return `surname of ${name}, the only full name with it in the corpus`;
  if (how === 'acronym') return `acronym ${surface} defined for ${name} in ${full.file}`;
  return `initials of ${name}, the only name with them in the corpus`;
}
