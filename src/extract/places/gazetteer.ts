import { exactKey, looseOfExact, skeletonCompatible, skeletonOfLoose } from './fold.js';

export type PlaceKind = 'country' | 'region' | 'city' | 'point';

/** One place the gazetteer knows: a country, a region (state, province, area) or a settlement. */
export interface PlaceRecord {
  name: string;
  lat: number;
  lon: number;
  /** ISO 3166-1 alpha-2, or null for places in no one country (continents, seas). */
  country: string | null;
  kind: PlaceKind;
  /** GeoNames feature code (PCLI country, ADM1 first-order division, PPLC capital, PPL town…). */
  featureClass: string;
  population: number;
  /** GeoNames first-order division code within the country ("IL" for Illinois), when known. */
  admin1?: string;
}

/** A place a name may mean, and how loosely the name had to be read to find it. */
export interface Candidate {
  place: PlaceRecord;
  /** 0: same words; 1: articles or transliteration folded; 2: consonants only. */
  tier: 0 | 1 | 2;
}

/** What the resolver asks of a gazetteer. */
export interface PlaceIndex {
  readonly size: number;
  /** Places the name may mean: exact and folded matches, or failing those, consonant matches. */
  candidates(name: string): Candidate[];
}

// Below this many consonants a skeleton matches too many unrelated names to be worth trying.
const MIN_SKELETON = 3;
// Consonant matching is for names written in many transliterations: places of some size.
const MIN_SKELETON_POPULATION = 5000;

/** The three key tables, by place number. */
export interface KeyLookup {
  exact(key: string): readonly number[];
  loose(key: string): readonly number[];
  /** Place numbers with the loose key each was indexed under. */
  skeleton(key: string): readonly (readonly [number, string])[];
  place(id: number): PlaceRecord;
}

/** The candidate search shared by the in-memory and the compiled gazetteer. */
export function findCandidates(name: string, lookup: KeyLookup): Candidate[] {
  const out = new Map<number, Candidate>();
  const exact = exactKey(name);
  const loose = looseOfExact(exact);
  for (const id of lookup.exact(exact)) out.set(id, { place: lookup.place(id), tier: 0 });
  for (const id of lookup.loose(loose)) if (!out.has(id)) out.set(id, { place: lookup.place(id), tier: 1 });
  // Most names fold to themselves and are indexed only under their exact key.
  if (loose !== exact) for (const id of lookup.exact(loose)) if (!out.has(id)) out.set(id, { place: lookup.place(id), tier: 1 });
  if (out.size === 0) {
    const bones = skeletonOfLoose(loose);
    if (bones.length < MIN_SKELETON) return [];
    for (const [id, indexedLoose] of lookup.skeleton(bones)) {
      if (skeletonCompatible(loose, indexedLoose)) out.set(id, { place: lookup.place(id), tier: 2 });
    }
  }
  return [...out.values()];
}

/** Places by name and by its looser spellings, built in memory; `compile` writes it out for fast loading. */
export class PlaceGazetteer implements PlaceIndex {
  private readonly places: PlaceRecord[] = [];
  private readonly exact = new Map<string, number[]>();
  private readonly loose = new Map<string, number[]>();
  private readonly skeleton = new Map<string, [number, string][]>();
  private readonly lookup: KeyLookup;

  /** `names` gives each place's alternative names (the record's own name is always used). */
  constructor(places: Iterable<{ place: PlaceRecord; names?: readonly string[] }>) {
    for (const { place, names = [] } of places) {
      const id = this.places.push(place) - 1;
      const first = exactKey(place.name);
      this.index(id, place, first);
      for (const name of names) {
        const key = exactKey(name);
        if (key !== first) this.index(id, place, key);
      }
    }
    const empty: never[] = [];
    this.lookup = {
      exact: (key) => this.exact.get(key) ?? empty,
      loose: (key) => this.loose.get(key) ?? empty,
      skeleton: (key) => this.skeleton.get(key) ?? empty,
      place: (id) => this.places[id]!,
    };
  }

  get size(): number {
    return this.places.length;
  }

  candidates(name: string): Candidate[] {
    return findCandidates(name, this.lookup);
  }

  /** The gazetteer as text that `CompiledGazetteer` reads back without recomputing any key. */
  compile(): string {
    const clean = (s: string) => s.replace(/[\t\n\r]/g, ' ');
    const lines = [`P\t${this.places.length}`];
    for (const p of this.places) {
      lines.push([clean(p.name), p.lat, p.lon, p.country ?? '', p.kind, p.featureClass, p.population, p.admin1 ?? ''].join('\t'));
    }
    const table = <T>(tag: string, map: Map<string, T[]>, cell: (item: T) => string) => {
      const keys = [...map.keys()].sort();
      lines.push(`${tag}\t${keys.length}`);
      for (const key of keys) lines.push(`${key}\t${map.get(key)!.map(cell).join(',')}`);
    };
    table('E', this.exact, String);
    table('L', this.loose, String);
    table('S', this.skeleton, ([id, loose]) => `${id}:${loose}`);
    return lines.join('\n');
  }

  private index(id: number, place: PlaceRecord, exact: string): void {
    if (!exact) return;
    add(this.exact, exact, id);
    const loose = looseOfExact(exact);
    if (loose !== exact) add(this.loose, loose, id);
    if (place.population < MIN_SKELETON_POPULATION && place.kind === 'city') return;
    const bones = skeletonOfLoose(loose);
    if (bones.length < MIN_SKELETON) return;
    const list = this.skeleton.get(bones);
    if (!list) this.skeleton.set(bones, [[id, loose]]);
    else if (list[list.length - 1]![0] !== id) list.push([id, loose]);
  }
}

function add(index: Map<string, number[]>, key: string, id: number): void {
  const list = index.get(key);
  // A place's names are indexed together, so a repeat can only be the last one added.
  if (!list) index.set(key, [id]);
  else if (list[list.length - 1] !== id) list.push(id);
}
