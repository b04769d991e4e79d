import { distanceKm } from './distance.js';
import { exactKey } from './fold.js';
import type { Candidate, PlaceIndex, PlaceRecord } from './gazetteer.js';

/** A place name in the text. Mentions sharing a `key` (e.g. an entity id) get one place. */
export interface Toponym {
  start: number;
  end: number;
  text: string;
  key?: string;
}

/** What a document's context tells about its places, beside the place names themselves. */
export interface PlaceKnowledge {
  gazetteer: PlaceIndex;
  /** Lower-cased demonym ("syrian") → ISO country code: "Syrian rebels" puts Syria in context. */
  demonyms: ReadonlyMap<string, string>;
}

// Weights of the ranking, in orders of magnitude of population (the prior's unit).
const WEIGHTS = {
  /** Share of the document's country evidence that points at the candidate's country. */
  country: 3,
  /** Share of the other places' first-order divisions (states, provinces) that is the candidate's. */
  region: 2,
  /** "Springfield, Illinois": the candidate lies in the region or country named after it. */
  admin: 4,
  /** Listed next to places of the candidate's kind. */
  sibling: 1.5,
  /** "Washington state": the words around the name call it a region. */
  wording: 3,
  /** Closeness to where the document's other places were first placed. */
  proximity: 4,
  /** A spelling found only by folding articles or transliteration. */
  looseTier: 0.5,
  /** A spelling found only by its consonants. */
  skeletonTier: 1.5,
};
const PROXIMITY_SCALE_KM = 300;
// Closeness is measured to at most this many other places (the most mentioned), so a long
// document with thousands of place names stays linear.
const MAX_NEIGHBOURS = 50;
// A candidate scoring within this much of its name's best stays a plausible neighbour.
const PLAUSIBLE_MARGIN = 1;
const MAX_PLAUSIBLE = 5;
// Pass 2 weighs only the best of pass 1 ("Springfield" has dozens of towns; the 90th never wins).
const MAX_FINALISTS = 20;
const CAPITAL_BONUS = 0.5;
// A name shared by a region and a town of similar size ("New York", "Washington") usually means the town.
const REGION_PENALTY = 1;
const SECTION_PENALTY = 1; // PPLX: a neighbourhood, seldom what a bare name means

interface Group {
  key: string;
  members: number[];
  candidates: Candidate[];
  /** Candidates that lie in the region or country named right after a member ("X, Y"). */
  inside: Set<PlaceRecord>;
  /** A member is called a region by the words around it ("Washington state", "the state of Washington"). */
  calledRegion: boolean;
  /** Other groups listed next to a member ("Alaska, Alabama and Arizona"). */
  siblings: Set<number>;
}

/**
 * Places for toponyms of one document, or null where the gazetteer knows none. Ranking:
 * population and feature class (the prior), the countries the document talks about,
 * "Town, Region" pairs, then closeness to the document's other places.
 */
export function resolvePlaces(text: string, toponyms: readonly Toponym[], knowledge: PlaceKnowledge): (PlaceRecord | null)[] {
  const { gazetteer } = knowledge;
  const groups = groupToponyms(toponyms, gazetteer);
  for (const group of groups) {
    markAdministrativeContext(text, toponyms, group, gazetteer);
    group.calledRegion = group.members.some((i) => calledRegion(text, toponyms[i]!));
  }
  markSiblings(text, toponyms, groups);

  // Pass 1: prior, countries implied by demonyms and countries named among the other toponyms.
  // Each group's own votes are left out of its context, so that no name vouches for itself.
  const countryVotes = groups.map((group) => {
    const votes = new Votes();
    const country = group.candidates.find((c) => c.tier === 0 && c.place.kind === 'country');
    if (country?.place.country) votes.add(country.place.country, group.members.length);
    return votes;
  });
  const demonymVotes = new Votes();
  for (const country of demonymCountries(text, knowledge.demonyms)) demonymVotes.add(country, 1);
  let countries = Votes.sum([demonymVotes, ...countryVotes]);
  const firstRanking = groups.map((group, g) => ranked(group, (c) => priorScore(c)
    + WEIGHTS.country * countries.shareWithout(c.place.country, countryVotes[g]!)
    + adminScore(c, group)
    + wordingScore(c, group)));
  const first = firstRanking.map((ranking) => ranking[0]?.place ?? null);
  // The places each name may still mean after pass 1: closeness is measured to the nearest of
  // them, so that "Huntsville" and "Walker County" can settle on the pair that lies together.
  const plausible = firstRanking.map((ranking) => ranking
    .filter((r) => r.score >= ranking[0]!.score - PLAUSIBLE_MARGIN && r.place.kind !== 'country')
    .slice(0, MAX_PLAUSIBLE)
    .map((r) => r.place));

  // Pass 2: the first choices of the other toponyms join the evidence: their countries,
  // their first-order divisions, and closeness to them.
  const regionVotes = groups.map(() => new Votes());
  groups.forEach((group, g) => {
    const place = first[g];
    if (!place || place.kind === 'country') return;
    if (place.country) countryVotes[g]!.add(place.country, group.members.length);
    if (place.country && place.admin1) regionVotes[g]!.add(regionKey(place), group.members.length);
  });
  countries = Votes.sum([demonymVotes, ...countryVotes]);
  const regions = Votes.sum(regionVotes);
  const neighbours = mostMentioned(groups, first, MAX_NEIGHBOURS + 1);
  const chosen = groups.map((group, g) => {
    const others = neighbours.filter((o) => o !== g).slice(0, MAX_NEIGHBOURS).map((o) => plausible[o]!);
    const finalists = firstRanking[g]!.slice(0, MAX_FINALISTS).map((r) => r.candidate);
    return best(finalists, (c) => priorScore(c)
      + WEIGHTS.country * countries.shareWithout(c.place.country, countryVotes[g]!)
      + WEIGHTS.region * (c.place.admin1 ? regions.shareWithout(regionKey(c.place), regionVotes[g]!) : 0)
      + adminScore(c, group)
      + wordingScore(c, group)
      + siblingScore(c.place, group, first)
      + proximityScore(c.place, others));
  });

  const out: (PlaceRecord | null)[] = toponyms.map(() => null);
  groups.forEach((group, g) => { for (const i of group.members) out[i] = chosen[g] ?? null; });
  return out;
}

function groupToponyms(toponyms: readonly Toponym[], gazetteer: PlaceIndex): Group[] {
  const byKey = new Map<string, Group & { names: Set<string> }>();
  toponyms.forEach((toponym, i) => {
    const name = cleanToponym(toponym.text);
    const key = toponym.key ?? exactKey(name);
    let group = byKey.get(key);
    if (!group) {
      group = { key, members: [], candidates: [], inside: new Set(), calledRegion: false, siblings: new Set(), names: new Set() };
      byKey.set(key, group);
    }
    group.members.push(i);
    if (group.names.has(name)) return; // each spelling is looked up once
    group.names.add(name);
    for (const candidate of candidatesOf(name, gazetteer)) {
      const known = group.candidates.find((c) => c.place === candidate.place);
      if (!known) group.candidates.push(candidate);
      else if (candidate.tier < known.tier) known.tier = candidate.tier;
    }
  });
  return [...byKey.values()];
}

// "Incirlik Air Base", "Domodedovo Airport": a facility the gazetteer lacks lies in the place it is named after.
const FACILITY_HEAD = /\s+(?:(?:International\s+)?Airport|Air\s*(?:Base|Field|port)|Airbase|Air Force Base|Naval\s+(?:Base|Station)|Military\s+Base|Base|Prison|Camp|Refugee Camp|Dam|Port|Harbou?r|Station|Railway Station|Bridge)$/i;

function candidatesOf(name: string, gazetteer: PlaceIndex): Candidate[] {
  const found = gazetteer.candidates(name);
  if (found.length > 0) return found;
  const head = FACILITY_HEAD.exec(name);
  return head ? gazetteer.candidates(name.slice(0, head.index)).filter((c) => c.place.kind === 'city') : [];
}

/** The name without a leading "the" or a trailing possessive. */
export function cleanToponym(text: string): string {
  return text.replace(/^the\s+/i, '').replace(/['’]s?$/, '').trim();
}

// ", Illinois", ", Ill.", ", N.Y.", ", Syria": up to three capitalised words after a comma.
const FOLLOWING_REGION = /^,\s*((?:\p{Lu}[\p{L}.'’-]*)(?:\s+\p{Lu}[\p{L}.'’-]*){0,2})/u;

function markAdministrativeContext(text: string, toponyms: readonly Toponym[], group: Group, gazetteer: PlaceIndex): void {
  for (const i of group.members) {
    const match = FOLLOWING_REGION.exec(text.slice(toponyms[i]!.end, toponyms[i]!.end + 40));
    if (!match) continue;
    const words = match[1]!.split(/\s+/);
    for (let n = words.length; n > 0; n--) {
      const containers = gazetteer.candidates(words.slice(0, n).join(' '))
        .filter((c) => c.tier < 2 && (c.place.kind === 'region' || c.place.kind === 'country'))
        .map((c) => c.place);
      if (containers.length === 0) continue;
      for (const candidate of group.candidates) {
        if (candidate.place.kind === 'country') continue;
        if (containers.some((container) => contains(container, candidate.place))) group.inside.add(candidate.place);
      }
      break;
    }
  }
}

function contains(container: PlaceRecord, place: PlaceRecord): boolean {
  if (container === place || container.country !== place.country || container.country === null) return false;
  if (container.kind === 'country') return true;
  if (container.admin1 !== undefined && place.admin1 !== undefined) return container.admin1 === place.admin1;
  return distanceKm(container, place) < 400;
}

function priorScore({ place, tier }: Candidate): number {
  let score = Math.log10(place.population + 10);
  if (place.featureClass === 'PPLC') score += CAPITAL_BONUS;
  if (place.featureClass === 'PPLX') score -= SECTION_PENALTY;
  if (place.kind === 'region') score -= REGION_PENALTY;
  if (tier === 1) score -= WEIGHTS.looseTier;
  if (tier === 2) score -= WEIGHTS.skeletonTier;
  return score;
}

const REGION_WORD_AFTER = /^\s+(?:state|province|region|county|governorate|oblast)\b/;
const REGION_WORD_BEFORE = /\b(?:state|province|region|governorate) of\s+$/i;

function calledRegion(text: string, toponym: Toponym): boolean {
  return REGION_WORD_AFTER.test(text.slice(toponym.end, toponym.end + 15)) || REGION_WORD_BEFORE.test(text.slice(Math.max(0, toponym.start - 20), toponym.start));
}

// What may stand between two names of one list: a comma or "and"/"or", with a few words
// ("twelve in Ontario, eight in Alberta") but no sentence punctuation.
const LIST_SEPARATOR = /^(?=[^.;:!?()"“”]{1,24}$)[^,]*(?:,|\b(?:and|or)\b)/;

function markSiblings(text: string, toponyms: readonly Toponym[], groups: Group[]): void {
  const groupOf = new Map<number, number>();
  groups.forEach((group, g) => { for (const i of group.members) groupOf.set(i, g); });
  const order = toponyms.map((_, i) => i).sort((a, b) => toponyms[a]!.start - toponyms[b]!.start);
  for (let k = 1; k < order.length; k++) {
    const before = toponyms[order[k - 1]!]!;
    const after = toponyms[order[k]!]!;
    if (after.start < before.end || !LIST_SEPARATOR.test(text.slice(before.end, after.start))) continue;
    const a = groupOf.get(order[k - 1]!)!;
    const b = groupOf.get(order[k]!)!;
    if (a === b) continue;
    groups[a]!.siblings.add(b);
    groups[b]!.siblings.add(a);
  }
}

/** Names in one list tend to be of one kind: states with states, countries with countries. */
function siblingScore(place: PlaceRecord, group: Group, first: readonly (PlaceRecord | null)[]): number {
  if (group.siblings.size === 0) return 0;
  let same = 0;
  for (const sibling of group.siblings) if (first[sibling]?.kind === place.kind) same++;
  return (WEIGHTS.sibling * same) / group.siblings.size;
}

function wordingScore(candidate: Candidate, group: Group): number {
  return group.calledRegion && candidate.place.kind === 'region' ? WEIGHTS.wording : 0;
}

function adminScore(candidate: Candidate, group: Group): number {
  return group.inside.has(candidate.place) ? WEIGHTS.admin : 0;
}

function proximityScore(place: PlaceRecord, others: readonly (readonly PlaceRecord[])[]): number {
  if (others.length === 0) return 0;
  let sum = 0;
  for (const alternatives of others) {
    let nearest = Infinity;
    for (const other of alternatives) nearest = Math.min(nearest, distanceKm(place, other));
    sum += Math.exp(-nearest / PROXIMITY_SCALE_KM);
  }
  return (WEIGHTS.proximity * sum) / others.length;
}

/** Candidates by score, best first (ties keep the gazetteer's order). */
function ranked(group: Group, score: (candidate: Candidate) => number): { candidate: Candidate; place: PlaceRecord; score: number }[] {
  return group.candidates.map((c) => ({ candidate: c, place: c.place, score: score(c) })).sort((a, b) => b.score - a.score);
}

function best(candidates: readonly Candidate[], score: (candidate: Candidate) => number): PlaceRecord | null {
  let top: PlaceRecord | null = null;
  let topScore = -Infinity;
  for (const candidate of candidates) {
    const s = score(candidate);
    if (s > topScore) { top = candidate.place; topScore = s; }
  }
  return top;
}

/** Weighted votes for countries or regions; `share` is a key's part of all the votes. */
class Votes {
  private readonly counts = new Map<string, number>();
  private total = 0;

  add(key: string, weight: number): void {
    this.counts.set(key, (this.counts.get(key) ?? 0) + weight);
    this.total += weight;
  }

  /** The key's share of these votes once `own` (a part of them) is taken out. */
  shareWithout(key: string | null, own: Votes): number {
    const total = this.total - own.total;
    if (key === null || total <= 0) return 0;
    return ((this.counts.get(key) ?? 0) - (own.counts.get(key) ?? 0)) / total;
  }

  static sum(all: readonly Votes[]): Votes {
    const out = new Votes();
    for (const votes of all) for (const [key, count] of votes.counts) out.add(key, count);
    return out;
  }
}

/** Groups whose first choice is a place finer than a country, most mentioned first. */
function mostMentioned(groups: readonly Group[], first: readonly (PlaceRecord | null)[], limit: number): number[] {
  return groups
    .map((group, g) => ({ g, mentions: group.members.length }))
    .filter(({ g }) => first[g] !== null && first[g]!.kind !== 'country')
    .sort((a, b) => b.mentions - a.mentions || a.g - b.g)
    .slice(0, limit)
    .map(({ g }) => g);
}

function regionKey(place: PlaceRecord): string {
  return `${place.country}/${place.admin1}`;
}

/** Countries implied by capitalised demonyms in the text ("Syrian", "Russians"). */
function demonymCountries(text: string, demonyms: ReadonlyMap<string, string>): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(/\b\p{Lu}\p{Ll}+\b/gu)) {
    const word = match[0].toLowerCase();
    const country = demonyms.get(word) ?? (word.endsWith('s') ? demonyms.get(word.slice(0, -1)) : undefined);
    if (country) found.push(country);
  }
  return found;
}
