import { findCandidates, type Candidate, type KeyLookup, type PlaceIndex, type PlaceKind, type PlaceRecord } from './gazetteer.js';

/**
 * A gazetteer read from `PlaceGazetteer.compile()` output: the lines are kept as they are,
 * keys are found by binary search and places are decoded when first asked for, so that
 * loading costs one split of the text rather than hashing 150,000 names.
 */
export class CompiledGazetteer implements PlaceIndex {
  readonly size: number;
  private readonly lines: string[];
  private readonly placesAt: number;
  private readonly tables: Record<'E' | 'L' | 'S', { start: number; end: number }>;
  private readonly decoded = new Map<number, PlaceRecord>();
  private readonly lookup: KeyLookup;

  constructor(compiled: string) {
    this.lines = compiled.split('\n');
    const section = (at: number, tag: string): number => {
      const [seen, count] = (this.lines[at] ?? '').split('\t');
      if (seen !== tag || !/^\d+$/.test(count ?? '')) throw new Error(`compiled gazetteer: expected section ${tag} at line ${at + 1}`);
      return Number(count);
    };
    this.size = section(0, 'P');
    this.placesAt = 1;
    let at = 1 + this.size;
    const tables = {} as Record<'E' | 'L' | 'S', { start: number; end: number }>;
    for (const tag of ['E', 'L', 'S'] as const) {
      const count = section(at, tag);
      tables[tag] = { start: at + 1, end: at + 1 + count };
      at += 1 + count;
    }
    this.tables = tables;
    const ids = (cell: string | undefined) => (cell ? cell.split(',').map(Number) : []);
    this.lookup = {
      exact: (key) => ids(this.find('E', key)),
      loose: (key) => ids(this.find('L', key)),
      skeleton: (key) => {
        const cell = this.find('S', key);
        if (!cell) return [];
        return cell.split(',').map((item) => {
          const colon = item.indexOf(':');
          return [Number(item.slice(0, colon)), item.slice(colon + 1)] as const;
        });
      },
      place: (id) => this.place(id),
    };
  }

  candidates(name: string): Candidate[] {
    return findCandidates(name, this.lookup);
  }

  /** The value cell of `key` in a sorted table, or undefined. */
  private find(tag: 'E' | 'L' | 'S', key: string): string | undefined {
    let { start: low, end: high } = this.tables[tag];
    while (low < high) {
      const mid = (low + high) >>> 1;
      const line = this.lines[mid]!;
      const tab = line.indexOf('\t');
      const here = line.slice(0, tab);
      if (here === key) return line.slice(tab + 1);
      if (here < key) low = mid + 1;
      else high = mid;
    }
    return undefined;
  }

  private place(id: number): PlaceRecord {
    let place = this.decoded.get(id);
    if (!place) {
      const [name, lat, lon, country, kind, featureClass, population, admin1] = this.lines[this.placesAt + id]!.split('\t');
      place = {
        name: name!, lat: Number(lat), lon: Number(lon), country: country || null, kind: kind as PlaceKind,
        featureClass: featureClass!, population: Number(population), ...(admin1 ? { admin1 } : {}),
      };
      this.decoded.set(id, place);
    }
    return place;
  }
}
