/**
 * BM25 ranking over impact-ordered postings (both stores keep them: each document's words with
 * their BM25 weight, best first per word), without scoring every match: one word reads its list
 * from the top; several words are read side by side, each new document's other weights looked
 * up, until the `depth`-th best found outscores anything still unread (the threshold algorithm).
 * The database-specific reads are behind PostingLists.
 */

/** Past this many postings read (tens of ms), scoring every match is the cheaper way. */
export const MOST_READ = 40_000;
export const FIRST_READ = 500;
const LONGEST_READ = 8000;

export interface Term {
  lexeme: string;
  idf: number;
  /** How many documents have the word. */
  documents: number;
}

export interface Posting {
  seq: number;
  impact: number;
  /** The document's date where the list keeps it (else read with the filter: PostingLists.keep). */
  published?: string | null;
}

export interface Candidate {
  seq: number;
  published: string | null;
  score: number;
}

/** A document first read in this step, with the weights of the words whose lists it came from. */
interface Fresh {
  seq: number;
  published?: string | null;
  impacts: Map<string, number>;
}

/** One database's postings, read in one snapshot where it has them. */
export interface PostingLists {
  /** The next `count` postings of the `word`-th term's list, best first (fewer at its end). */
  next(word: number, count: number): Promise<Posting[]>;
  /** The word's weight in those of the documents that have it. */
  weights(lexeme: string, seqs: readonly number[]): Promise<Map<number, number>>;
  /** The documents that pass the search's filter, with their dates. */
  keep(documents: readonly { seq: number; published?: string | null }[]): Promise<{ seq: number; published: string | null }[]>;
}

export interface WalkSettings {
  depth: number;
  /** Postings read from each word's list at first (then more each step: see nextStep). */
  firstRead: number;
  /** Documents holding the query's phrases, where it has any (the postings say which words a document has, not where). */
  phrased: Promise<() => Set<number>> | null;
  /** A sum of idf × weight as the database's full ranking rounds it (PostgreSQL: to real). */
  round(sum: number): number;
}

export interface Walked {
  /** Best first; all the matches when `complete`. */
  best: Candidate[];
  complete: boolean;
}

/** The walk's best matches, or null when it would read more than MOST_READ postings. */
export async function walkPostings(lists: PostingLists, terms: readonly Term[], settings: WalkSettings): Promise<Walked | null> {
  const { depth } = settings;
  const thresholds = terms.map(() => Infinity);
  const exhausted = terms.map(() => false);
  const seen = new Set<number>();
  const found: Candidate[] = [];
  let read = 0;
  for (let step = settings.firstRead; ; step = nextStep(step, found.length, read / terms.length, depth)) {
    const fresh = new Map<number, Fresh>();
    for (const [i, term] of terms.entries()) {
      if (exhausted[i]) continue;
      const rows = await lists.next(i, step);
      read += rows.length;
      if (rows.length < step) exhausted[i] = true;
      if (rows.length) thresholds[i] = rows.at(-1)!.impact;
      for (const row of rows) {
        if (seen.has(row.seq)) continue;
        // Read from several lists in one step: those weights need no look-up.
        const known = fresh.get(row.seq) ?? { seq: row.seq, published: row.published, impacts: new Map<string, number>() };
        known.impacts.set(term.lexeme, row.impact);
        fresh.set(row.seq, known);
      }
    }
    for (const seq of fresh.keys()) seen.add(seq);
    found.push(...await score(lists, terms, settings, [...fresh.values()]));
    found.sort(byRanking);
    // Every document with all the words has been seen once one word's list is read to its end.
    if (exhausted.some(Boolean)) return { best: found, complete: true };
    // Anything unread scores at most `bound`: strictly below the cut, it can neither enter nor tie.
    const bound = scoreOf(terms.map((term, i) => term.idf * thresholds[i]!), settings.round);
    if (found.length >= depth && found[depth - 1]!.score > bound) return { best: found, complete: false };
    // At the rate documents have been kept so far, would the cut be reached within MOST_READ?
    // (A filter or word pair that keeps few: scoring its matches is cheaper than reading on.)
    if (read >= MOST_READ || (found.length / read) * MOST_READ < depth) return null;
  }
}

/**
 * How many postings to read next from each list (`read` so far from each): twice as many, or as
 * many as the share kept so far says the cut needs (a filter keeping one in eight: eight times the rest).
 */
function nextStep(step: number, found: number, read: number, depth: number): number {
  const needed = found > 0 ? Math.ceil(((depth - found) * read) / found * 1.2) : 0;
  return Math.min(Math.max(step * 2, needed), LONGEST_READ);
}

/** The new documents' scores, kept where they have every word, hold the phrase and pass the filter. */
async function score(lists: PostingLists, terms: readonly Term[], settings: WalkSettings, fresh: Fresh[]): Promise<Candidate[]> {
  if (fresh.length === 0) return [];
  // The weights that came with the lists are known; the others are looked up.
  for (const { lexeme } of terms.length > 1 ? terms : []) {
    const missing = fresh.filter((f) => !f.impacts.has(lexeme));
    if (missing.length === 0) continue;
    const weights = await lists.weights(lexeme, missing.map((f) => f.seq));
    for (const f of missing) {
      const weight = weights.get(f.seq);
      if (weight !== undefined) f.impacts.set(lexeme, weight);
    }
  }
  let whole = fresh.filter((f) => f.impacts.size === terms.length);
  if (whole.length && settings.phrased) {
    const holding = (await settings.phrased)();
    whole = whole.filter((f) => holding.has(f.seq));
  }
  if (whole.length === 0) return [];
  const bySeq = new Map(whole.map((f) => [f.seq, f]));
  return (await lists.keep(whole)).map(({ seq, published }) => ({
    seq,
    published,
    score: scoreOf(terms.map((term) => term.idf * bySeq.get(seq)!.impacts.get(term.lexeme)!), settings.round),
  }));
}

/** A sum of idf × weight in word order, rounded as the database's full ranking rounds it. */
export function scoreOf(parts: readonly number[], round: (sum: number) => number): number {
  let sum = 0;
  for (const part of parts) sum += part;
  return round(sum);
}

/** The search's ranking: best score, then newest published (undated last), then newest saved. */
export function byRanking(a: Candidate, b: Candidate): number {
  if (a.score !== b.score) return b.score - a.score;
  if ((a.published === null) !== (b.published === null)) return a.published === null ? 1 : -1;
  if (a.published !== b.published) return a.published! < b.published! ? 1 : -1;
  return b.seq - a.seq;
}

/**
 * The query's words with their idf as FTS5 computes it, ln((N − n + 0.5) / (n + 0.5)) and at
 * least 1e-6, from how many documents have each word (`documents`; under '' how many there are).
 */
export function weighTerms(lexemes: readonly string[], documents: ReadonlyMap<string, number>): Term[] {
  const all = documents.get('') ?? 0;
  return lexemes.map((lexeme) => {
    const withWord = documents.get(lexeme) ?? 0;
    return { lexeme, documents: withWord, idf: Math.max(Math.log((all - withWord + 0.5) / (withWord + 0.5)), 1e-6) };
  });
}

/** A promise's outcome kept until asked for, so a failure is not left unhandled meanwhile. */
export function settled<T>(promise: Promise<T>): Promise<() => T> {
  return promise.then((value) => () => value, (error: unknown) => () => { throw error; });
}
