import type { SqlExecutor } from '../sql/executor.js';
import type { Condition } from '../sql/dialect.js';
import { parseTsquery } from './query-terms.js';
import { TSQUERY } from './tsquery.js';

/**
 * PostgreSQL ranking: BM25 over the impact-ordered postings (migration 3), as SQLite's FTS5
 * ranks — the sum over the query's words of idf × the word's stored weight in the document.
 * Each word's postings are read best first, so the best matches are found without scoring every
 * match: one word reads its list from the top; several words are read side by side, each new
 * document's other weights looked up, until the `depth`-th best found outscores anything still
 * unread (the threshold algorithm). Where that would read too far, or the query has OR or -word,
 * or a phrase within a filter, every match is scored instead.
 */

// Past this many postings read (about 40 ms), scoring every match is the cheaper way.
const MOST_READ = 40_000;
const FIRST_READ = 500;
const LONGEST_READ = 8000;

export interface Ranked {
  ranked: { id: string; score: number }[];
  /** Still being counted, perhaps, on another connection. */
  total: number | Promise<number>;
  /** How the ranking was found: the postings read in part or to their end, or every match scored. */
  how: 'walked part' | 'walked all' | 'scored every match';
}

export interface RankingOptions {
  /** false: score every match (the full ranking the walk must agree with). */
  walk: boolean;
  /** Postings read from each word's list at first (then more each step: see nextStep). */
  firstRead?: number;
}

interface Term {
  lexeme: string;
  idf: number;
  /** How many documents have the word. */
  documents: number;
}

/** A document first read in this step, with the weights of the words whose lists it came from. */
interface Fresh {
  seq: number;
  published: string | null;
  impacts: Map<string, number>;
}

interface Candidate {
  seq: number;
  published: string | null;
  score: number;
}

/** The `depth` best matches and how many documents match. */
export async function rankedMatches(
  db: SqlExecutor, query: string, filter: Condition, depth: number, options: RankingOptions = { walk: true },
): Promise<Ranked> {
  const [parsed] = await db.all<{ query: string }>(`SELECT ${TSQUERY}::text AS query`, [query]);
  const terms = parseTsquery(parsed!.query);
  if (!terms) return { ranked: [], total: 0, how: 'scored every match' };
  const weighted = await idfs(db, terms.lexemes);
  const filtered = filter.params.length > 0 || filter.sql !== '1 = 1';
  // A phrase within a filter: the full-text index and the filter's own index find its few
  // documents faster than walking far down two lists for the few that pass.
  if (options.walk && terms.plain && !(terms.phrase && filtered)) {
    // A phrase's documents are read once from the full-text index (which keeps positions), on
    // another connection: the postings say which documents have the words, not where.
    const phrased = terms.phrase ? settled(phraseMatches(db, query)) : null;
    // The count, also beside the walk, unless known: one word without filters (its list's
    // length) or a phrase without filters (its documents).
    const counting = phrased ? phrased.then((matches) => () => matches().size)
      : filtered || weighted.length > 1 ? settled(countMatches(db, query, filter, filtered)) : null;
    // Past the cut by one at least: the cut's score must be seen to beat what is left unread.
    const walked = await walk(db, weighted, filter, filtered, phrased, depth, options.firstRead ?? Math.max(FIRST_READ, depth + 1));
    if (walked) {
      const total = walked.complete ? walked.best.length : counting ? counting.then((count) => count()) : weighted[0]!.documents;
      return { ranked: await withIds(db, walked.best.slice(0, depth)), total, how: walked.complete ? 'walked all' : 'walked part' };
    }
  }
  return scoreEveryMatch(db, query, weighted, filter, depth);
}

/** Each word with its idf as FTS5 computes it: ln((N − n + 0.5) / (n + 0.5)), at least 1e-6. */
async function idfs(db: SqlExecutor, lexemes: readonly string[]): Promise<Term[]> {
  const rows = await db.all<{ lexeme: string; idf: number; df: string }>(
    `SELECT l.lexeme, coalesce(w.documents, 0) AS df,
       greatest(ln((n.documents - coalesce(w.documents, 0) + 0.5) / (coalesce(w.documents, 0) + 0.5)), 1e-6)::float8 AS idf
     FROM jsonb_array_elements_text(?::jsonb) WITH ORDINALITY l(lexeme, ord)
     LEFT JOIN search_words w ON w.lexeme = l.lexeme
     CROSS JOIN (SELECT coalesce(max(documents), 0) AS documents FROM search_words WHERE lexeme = '') n
     ORDER BY l.ord`,
    [JSON.stringify(lexemes)],
  );
  return rows.map((row) => ({ lexeme: row.lexeme, idf: Number(row.idf), documents: Number(row.df) }));
}

interface Walked {
  /** Best first; all the matches when `complete`. */
  best: Candidate[];
  complete: boolean;
}

/**
 * The threshold algorithm over the words' lists, in one transaction with a cursor per word.
 * Null when it would read more than MOST_READ postings.
 */
async function walk(
  db: SqlExecutor, weighted: Term[], filter: Condition, filtered: boolean, phrased: Promise<() => Set<number>> | null, depth: number, firstRead: number,
): Promise<Walked | null> {
  return db.transaction(async (tx) => {
    // Each list read in its index's order, never sorted.
    await setPlanner(tx, { enable_seqscan: 'off', enable_bitmapscan: 'off', enable_sort: 'off' });
    for (const [i, term] of weighted.entries()) {
      await tx.run(
        `DECLARE word${i} NO SCROLL CURSOR FOR SELECT seq, impact, published FROM search_postings
         WHERE lexeme = ? ORDER BY impact DESC, published DESC NULLS LAST, seq DESC`,
        [term.lexeme],
      );
    }
    // The cursors' plans are fixed; the look-ups and filter tests are planned as usual.
    await setPlanner(tx, { enable_seqscan: 'on', enable_bitmapscan: 'on', enable_sort: 'on' });
    const thresholds = weighted.map(() => Infinity);
    const exhausted = weighted.map(() => false);
    const seen = new Set<number>();
    const found: Candidate[] = [];
    let read = 0;
    for (let step = firstRead; ; step = nextStep(step, found.length, read / weighted.length, depth)) {
      const fresh = new Map<number, Fresh>();
      for (const [i, term] of weighted.entries()) {
        if (exhausted[i]) continue;
        const rows = await tx.all<{ seq: string; impact: string; published: string | null }>(`FETCH ${step} FROM word${i}`);
        read += rows.length;
        if (rows.length < step) exhausted[i] = true;
        if (rows.length) thresholds[i] = float4(rows.at(-1)!.impact);
        for (const row of rows) {
          const seq = Number(row.seq);
          if (seen.has(seq)) continue;
          // Read from several lists in one step: those weights need no look-up.
          const known = fresh.get(seq) ?? { seq, published: row.published, impacts: new Map<string, number>() };
          known.impacts.set(term.lexeme, float4(row.impact));
          fresh.set(seq, known);
        }
      }
      for (const seq of fresh.keys()) seen.add(seq);
      found.push(...await score(tx, weighted, filter, filtered, phrased, [...fresh.values()]));
      found.sort(byRanking);
      // Every document with all the words has been seen once one word's list is read to its end.
      if (exhausted.some(Boolean)) return { best: found, complete: true };
      // Anything unread scores at most `bound`: strictly below the cut, it can neither enter nor tie.
      const bound = scoreOf(weighted.map((term, i) => term.idf * thresholds[i]!));
      if (found.length >= depth && found[depth - 1]!.score > bound) return { best: found, complete: false };
      // At the rate documents have been kept so far, would the cut be reached within MOST_READ?
      // (A filter or word pair that keeps few: scoring its matches is cheaper than reading on.)
      if (read >= MOST_READ || (found.length / read) * MOST_READ < depth) return null;
    }
  });
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
async function score(
  tx: SqlExecutor, weighted: Term[], filter: Condition, filtered: boolean, phrased: Promise<() => Set<number>> | null, fresh: Fresh[],
): Promise<Candidate[]> {
  if (fresh.length === 0) return [];
  // The weights that came with the lists are known; the others are looked up.
  if (weighted.length > 1) await lookUpWeights(tx, weighted, fresh);
  let kept = fresh.filter((f) => f.impacts.size === weighted.length);
  if (kept.length && phrased) {
    const holding = (await phrased)();
    kept = kept.filter((k) => holding.has(k.seq));
  }
  if (kept.length && filtered) {
    const passing = await tx.all<{ seq: string }>(
      `SELECT d.seq FROM documents d WHERE d.seq = ANY (string_to_array(?, ',')::bigint[]) AND ${filter.sql}`,
      [kept.map((k) => k.seq).join(','), ...filter.params],
    );
    const pass = new Set(passing.map((row) => Number(row.seq)));
    kept = kept.filter((k) => pass.has(k.seq));
  }
  return kept.map((k) => ({
    seq: k.seq,
    published: k.published,
    score: scoreOf(weighted.map((term) => term.idf * k.impacts.get(term.lexeme)!)),
  }));
}

/** The missing words' weights in the new documents (a document lacking a word gets none for it). */
async function lookUpWeights(tx: SqlExecutor, weighted: Term[], fresh: Fresh[]): Promise<void> {
  const bySeq = new Map(fresh.map((f) => [f.seq, f]));
  for (const { lexeme } of weighted) {
    const seqs = fresh.filter((f) => !f.impacts.has(lexeme)).map((f) => f.seq);
    if (seqs.length === 0) continue;
    const rows = await tx.all<{ seq: string; impact: string }>(
      "SELECT seq, impact FROM search_postings WHERE lexeme = ? AND seq = ANY (string_to_array(?, ',')::bigint[])",
      [lexeme, seqs.join(',')],
    );
    for (const row of rows) bySeq.get(Number(row.seq))!.impacts.set(lexeme, float4(row.impact));
  }
}

/** The documents holding the query (its phrases with their words in place), from the full-text index. */
async function phraseMatches(db: SqlExecutor, query: string): Promise<Set<number>> {
  const rows = await db.all<{ seq: string }>(`SELECT d.seq FROM documents d WHERE d.search_vector @@ ${TSQUERY}`, [query]);
  return new Set(rows.map((row) => Number(row.seq)));
}

/**
 * Every match scored, best first (OR, -word, or where walking would read too far). The sum is
 * taken in the query's word order and rounded to real, as the walk does, so both agree exactly.
 */
async function scoreEveryMatch(db: SqlExecutor, query: string, weighted: Term[], filter: Condition, depth: number): Promise<Ranked> {
  const rows = await db.all<{ id: string; score: string; total: string }>(
    // The full-text matches as a set of their own: tested together with a date or outlet range
    // in one scan, PostgreSQL rechecks each row's vector from TOAST (250 against 100 ms for a phrase in six months).
    `WITH matches AS MATERIALIZED (SELECT d.seq, d.id, d.published FROM documents d
       WHERE d.seq IN (SELECT x.seq FROM documents x WHERE x.search_vector @@ ${TSQUERY}) AND ${filter.sql}),
     terms AS (SELECT t.lexeme, t.idf, t.ord FROM jsonb_to_recordset(?::jsonb) AS t(lexeme text, idf float8, ord int))
     SELECT m.id, s.score, count(*) OVER () AS total FROM matches m CROSS JOIN LATERAL (
       SELECT coalesce(sum(p.impact::float8 * t.idf ORDER BY t.ord), 0)::real AS score
       FROM terms t JOIN search_postings p ON p.lexeme = t.lexeme AND p.seq = m.seq
     ) s
     ORDER BY s.score DESC, m.published DESC NULLS LAST, m.seq DESC LIMIT ?`,
    [query, ...filter.params, JSON.stringify(weighted.map((term, ord) => ({ ...term, ord }))), depth],
  );
  return {
    ranked: rows.map((row) => ({ id: row.id, score: float4(row.score) })),
    total: rows.length ? Number(rows[0]!.total) : 0,
    how: 'scored every match',
  };
}

async function withIds(db: SqlExecutor, best: Candidate[]): Promise<{ id: string; score: number }[]> {
  if (best.length === 0) return [];
  const rows = await db.all<{ seq: string; id: string }>(
    "SELECT seq, id FROM documents WHERE seq = ANY (string_to_array(?, ',')::bigint[])",
    [best.map((b) => b.seq).join(',')],
  );
  const ids = new Map(rows.map((row) => [Number(row.seq), row.id]));
  return best.map((b) => ({ id: ids.get(b.seq)!, score: b.score }));
}

/** A sum of idf × weight in word order, rounded to real as scoreEveryMatch's SQL rounds it. */
function scoreOf(parts: readonly number[]): number {
  let sum = 0;
  for (const part of parts) sum += part;
  return Math.fround(sum);
}

/** A real as PostgreSQL sends it (the shortest text that reads back as the same real). */
function float4(text: string | number): number {
  return Math.fround(Number(text));
}

// As search.ts's RANKING: best score, then newest published (undated last), then newest saved.
function byRanking(a: Candidate, b: Candidate): number {
  if (a.score !== b.score) return b.score - a.score;
  if ((a.published === null) !== (b.published === null)) return a.published === null ? 1 : -1;
  if (a.published !== b.published) return a.published! < b.published! ? 1 : -1;
  return b.seq - a.seq;
}

/** A promise's outcome kept until asked for, so a failure is not left unhandled meanwhile. */
function settled<T>(promise: Promise<T>): Promise<() => T> {
  return promise.then((value) => () => value, (error: unknown) => () => { throw error; });
}

/**
 * Counted from the full-text index's bitmap, the filter tested on the matches' rows (their
 * outlet, date, id): given the choice, the planner would rather read an outlet's or a month's
 * documents through their own index and test each one's vector from TOAST (120–170 ms against
 * 30–50 ms for a common word in one outlet at 100k documents). OFFSET 0 keeps the filter outside.
 */
async function countMatches(db: SqlExecutor, query: string, filter: Condition, filtered: boolean): Promise<number> {
  return db.transaction(async (tx) => {
    // No parallel workers: on a few cores they would take the walk's running beside it.
    await setPlanner(tx, { enable_seqscan: 'off', max_parallel_workers_per_gather: '0' });
    // Without a filter no column is read, so the bitmap is counted without visiting the table
    // (88 → 45 ms for "Donald Trump", 69,493 matches at 100k documents).
    const [row] = await tx.all<{ n: number }>(
      filtered
        ? `SELECT count(*) AS n FROM (SELECT d.id, d.outlet, d.published FROM documents d WHERE d.search_vector @@ ${TSQUERY} OFFSET 0) d
           WHERE ${filter.sql}`
        : `SELECT count(*) AS n FROM documents d WHERE d.search_vector @@ ${TSQUERY}`,
      filtered ? [query, ...filter.params] : [query],
    );
    return Number(row!.n);
  });
}

/** Planner settings for the current transaction only. */
async function setPlanner(tx: SqlExecutor, settings: Record<string, string>): Promise<void> {
  const names = Object.keys(settings);
  await tx.all(`SELECT ${names.map(() => 'set_config(?, ?, true)').join(', ')}`, names.flatMap((name) => [name, settings[name]!]));
}
