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

// Below this many consonants a skeleton matches too many unrelated names to be worth trying.
const MIN_SKELETON = 3;
// Consonant matching is for names written in many transliterations: places of some size.
const MIN_SKELETON_POPULATION = 5000;

// Most keys name one place: store it bare, and an array only when a second one comes.
type Bucket<T> = T | T[];

/** Places by name and by its looser spellings; built once, then only read. */
export class PlaceGazetteer {
  readonly size: number;
  private readonly exact = new Map<string, Bucket<PlaceRecord>>();
  private readonly loose = new Map<string, Bucket<PlaceRecord>>();
  private readonly skeleton = new Map<string, Bucket<{ place: PlaceRecord; loose: string }>>();

  /** `names` gives each place's alternative names (the record's own name is always used). */
  constructor(places: Iterable<{ place: PlaceRecord; names?: readonly string[] }>) {
    let size = 0;
    for (const { place, names = [] } of places) {
      size++;
      const first = exactKey(place.name);
      this.index(place, first);
      for (let i = 0; i < names.length; i++) {
        const key = exactKey(names[i]!);
        if (key !== first) this.index(place, key);
      }
    }
    this.size = size;
  }

  private index(place: PlaceRecord, exact: string): void {
    if (!exact) return;
    add(this.exact, exact, place, (p) => p);
    const loose = looseOfExact(exact);
    // Most names fold to themselves; `candidates` also tries the loose key among exact keys.
    if (loose !== exact) add(this.loose, loose, place, (p) => p);
    if (place.population < MIN_SKELETON_POPULATION && place.kind === 'city') return;
    const bones = skeletonOfLoose(loose);
    if (bones.length >= MIN_SKELETON) add(this.skeleton, bones, { place, loose }, (e) => e.place);
  }

  /** Places the name may mean: exact and folded matches, or failing those, consonant matches. */
  candidates(name: string): Candidate[] {
    const out = new Map<PlaceRecord, Candidate>();
    const exact = exactKey(name);
    const loose = looseOfExact(exact);
    for (const place of items(this.exact.get(exact))) out.set(place, { place, tier: 0 });
    for (const place of items(this.loose.get(loose))) if (!out.has(place)) out.set(place, { place, tier: 1 });
    if (loose !== exact) for (const place of items(this.exact.get(loose))) if (!out.has(place)) out.set(place, { place, tier: 1 });
    if (out.size === 0) {
      const bones = skeletonOfLoose(loose);
      if (bones.length < MIN_SKELETON) return [];
      for (const entry of items(this.skeleton.get(bones))) {
        if (skeletonCompatible(loose, entry.loose)) out.set(entry.place, { place: entry.place, tier: 2 });
      }
    }
    return [...out.values()];
  }
}

function add<T>(index: Map<string, Bucket<T>>, key: string, item: T, placeOf: (item: T) => PlaceRecord): void {
  if (!key) return;
  const bucket = index.get(key);
  if (bucket === undefined) index.set(key, item);
  else if (Array.isArray(bucket)) {
    // A place's names are indexed together, so a repeat can only be the last one added.
    if (placeOf(bucket[bucket.length - 1]!) !== placeOf(item)) bucket.push(item);
  } else if (placeOf(bucket) !== placeOf(item)) index.set(key, [bucket, item]);
}

function items<T>(bucket: Bucket<T> | undefined): readonly T[] {
  return bucket === undefined ? [] : Array.isArray(bucket) ? bucket : [bucket];
}
