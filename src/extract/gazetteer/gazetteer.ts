// Name lists as tagger features: which listed phrases cover each token, and where in
// the phrase the token sits. Lists are compiled at training time and travel inside the
// model file, so nothing is read or decoded at run time.

/** Longest phrase (in tokens) worth looking up. */
const MAX_PHRASE_TOKENS = 6;

export interface GazetteerEntry {
  /** Lower-cased tokens joined by single spaces. */
  phrase: string;
  category: string;
}

export interface GazetteerHit {
  category: string;
  /** B, I, L or U: the token's place in the matched phrase. */
  position: string;
}

export class Gazetteer {
  readonly categories: readonly string[];
  /** phrase → bit mask over categories. */
  private readonly phrases: Map<string, number>;
  /** Every proper prefix of a phrase, so that a lookup can stop early. */
  private readonly prefixes: Set<string>;

  private constructor(categories: string[], phrases: Map<string, number>) {
    this.categories = categories;
    this.phrases = phrases;
    this.prefixes = new Set();
    for (const key of phrases.keys()) {
      let at = key.indexOf(' ');
      while (at >= 0) {
        this.prefixes.add(key.slice(0, at));
        at = key.indexOf(' ', at + 1);
      }
    }
  }

  static fromEntries(entries: Iterable<GazetteerEntry>): Gazetteer {
    const categories: string[] = [];
    const phrases = new Map<string, number>();
    for (const { phrase, category } of entries) {
      const key = phrase.trim().toLowerCase().split(/\s+/).join(' ');
      if (!key || key.split(' ').length > MAX_PHRASE_TOKENS) continue;
      let bit = categories.indexOf(category);
      if (bit < 0) {
        if (categories.length === 31) throw new Error(`gazetteer: too many categories (at "${category}")`);
        bit = categories.push(category) - 1;
      }
      phrases.set(key, (phrases.get(key) ?? 0) | (1 << bit));
    }
    return new Gazetteer(categories, phrases);
  }

  get size(): number {
    return this.phrases.size;
  }

  /**
   * Hits per token of one sentence. `lower` holds the lower-cased tokens; `mayStart`
   * says where a phrase may begin (the caller passes capitalised tokens, so that
   * "may" or "reading" do not fire as places).
   */
  match(lower: readonly string[], mayStart: (index: number) => boolean): GazetteerHit[][] {
    const hits: GazetteerHit[][] = lower.map(() => []);
    for (let start = 0; start < lower.length; start++) {
      if (!mayStart(start)) continue;
      let key = '';
      for (let end = start + 1; end <= lower.length && end - start <= MAX_PHRASE_TOKENS; end++) {
        key = end === start + 1 ? lower[start]! : `${key} ${lower[end - 1]}`;
        const mask = this.phrases.get(key);
        if (mask !== undefined) this.record(hits, start, end, mask);
        if (!this.prefixes.has(key)) break;
      }
    }
    return hits;
  }

  private record(hits: GazetteerHit[][], start: number, end: number, mask: number): void {
    for (let bit = 0; bit < this.categories.length; bit++) {
      if (!(mask & (1 << bit))) continue;
      const category = this.categories[bit]!;
      for (let i = start; i < end; i++) {
        const position = end - start === 1 ? 'U' : i === start ? 'B' : i === end - 1 ? 'L' : 'I';
        hits[i]!.push({ category, position });
      }
    }
  }

  /** The form stored in the model file: the categories on the first line, then "phrase<TAB>category bit mask in base 36". */
  serialize(): string {
    const lines: string[] = [this.categories.join('\t')];
    for (const [phrase, mask] of this.phrases) lines.push(`${phrase}\t${mask.toString(36)}`);
    return lines.join('\n');
  }

  static deserialize(text: string): Gazetteer {
    const lines = text.split('\n');
    const categories = lines[0] ? lines[0].split('\t') : [];
    const phrases = new Map<string, number>();
    for (let i = 1; i < lines.length; i++) {
      const line = lines[i]!;
      const tab = line.lastIndexOf('\t');
      phrases.set(line.slice(0, tab), parseInt(line.slice(tab + 1), 36));
    }
    return new Gazetteer(categories, phrases);
  }
}
