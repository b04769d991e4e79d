import type { SqlExecutor } from '../sql/executor.js';
import type { Condition, SearchFilter } from '../sql/dialect.js';
import { countByEntitySql, everyWord, type CountByEntity } from '../sql/entity-shortcut.js';
import { FIRST_READ, settled, walkPostings, weighTerms, type Candidate, type PostingLists, type Term } from '../sql/postings-walk.js';
import { parseTsquery } from './query-terms.js';
import { TSQUERY } from './tsquery.js';

/**
 * PostgreSQL ranking: BM25 over the impact-ordered postings (migration 3), as SQLite ranks — the
 * sum over the query's words of idf × the word's stored weight in the document, the best found by
 * walking the words' lists (postings-walk.ts) through a cursor per word. Where that would read too
 * far, or the query has OR or -word, or a phrase within a filter, every match is scored instead.
 */

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
  /** Postings read from each word's list at first (then more each step). */
  firstRead?: number;
}

/** The `depth` best matches and how many documents match. */
export async function rankedMatches(
  db: SqlExecutor, query: string, filter: SearchFilter, depth: number, options: RankingOptions = { walk: true },
): Promise<Ranked> {
  const [parsed] = await db.all<{ query: string }>(`SELECT ${TSQUERY}::text AS query`, [query]);
  const terms = parseTsquery(parsed!.query);
  if (!terms) return { ranked: [], total: 0, how: 'scored every match' };
  const weighted = await idfs(db, terms.lexemes);
  const { filtered } = filter;
  // An entity in few documents: each of them scored, where they have every word.
  const entity = options.walk && terms.plain && !terms.phrase ? await filter.entity() : null;
  if (entity?.few) return scoreEveryMatch(db, havingEveryWord(weighted, filter.driving), weighted, depth);
  // A phrase within a filter: the full-text index and the filter's own index find its few
  // documents faster than walking far down two lists for the few that pass.
  if (options.walk && terms.plain && !(terms.phrase && filtered)) {
    // A phrase's documents are read once from the full-text index (which keeps positions), on
    // another connection: the postings say which documents have the words, not where.
    const phrased = terms.phrase ? settled(phraseMatches(db, query)) : null;
    // The count, also beside the walk, unless known: one word without filters (its list's
    // length) or a phrase without filters (its documents).
    const counting = phrased ? phrased.then((matches) => () => matches().size)
      : filtered || weighted.length > 1 ? settled(countMatches(db, query, filter.matches, filtered, entity ? { driving: filter.driving, terms: weighted } : null)) : null;
    // Past the cut by one at least: the cut's score must be seen to beat what is left unread.
    const settings = { depth, firstRead: options.firstRead ?? Math.max(FIRST_READ, depth + 1), phrased, round: float4 };
    const walked = await db.transaction((tx) => withCursors(tx, weighted, (lists) => walkPostings(lists, weighted, settings), filter.candidates, filtered));
    if (walked) {
      const total = walked.complete ? walked.best.length : counting ? counting.then((count) => count()) : weighted[0]!.documents;
      return { ranked: await withIds(db, walked.best.slice(0, depth)), total, how: walked.complete ? 'walked all' : 'walked part' };
    }
  }
  return scoreEveryMatch(db, fullTextMatches(query, filter.matches), weighted, depth);
}

/** Each word with its idf, from the documents-per-word counts (search_words; '' counts all documents). */
async function idfs(db: SqlExecutor, lexemes: readonly string[]): Promise<Term[]> {
  const rows = await db.all<{ lexeme: string; documents: string }>(
    "SELECT lexeme, documents FROM search_words WHERE lexeme IN (SELECT jsonb_array_elements_text(?::jsonb))",
    [JSON.stringify(['', ...lexemes])],
  );
  return weighTerms(lexemes, new Map(rows.map((row) => [row.lexeme, Number(row.documents)])));
}

/**
 * The words' lists through a cursor each, in one transaction; the filter tested on the
 * candidates' rows (their dates came with the postings).
 */
async function withCursors<T>(
  tx: SqlExecutor, terms: readonly Term[], work: (lists: PostingLists) => Promise<T>, filter: Condition, filtered: boolean,
): Promise<T> {
  // Each list read in its index's order, never sorted.
  await setPlanner(tx, { enable_seqscan: 'off', enable_bitmapscan: 'off', enable_sort: 'off' });
  for (const [i, term] of terms.entries()) {
    await tx.run(
      `DECLARE word${i} NO SCROLL CURSOR FOR SELECT seq, impact, published FROM search_postings
       WHERE lexeme = ? ORDER BY impact DESC, published DESC NULLS LAST, seq DESC`,
      [term.lexeme],
    );
  }
  // The cursors' plans are fixed; the look-ups and filter tests are planned as usual.
  await setPlanner(tx, { enable_seqscan: 'on', enable_bitmapscan: 'on', enable_sort: 'on' });
  return work({
    async next(word, count) {
      const rows = await tx.all<{ seq: string; impact: string; published: string | null }>(`FETCH ${count} FROM word${word}`);
      return rows.map((row) => ({ seq: Number(row.seq), impact: float4(row.impact), published: row.published }));
    },
    async weights(lexeme, seqs) {
      const rows = await tx.all<{ seq: string; impact: string }>(
        "SELECT seq, impact FROM search_postings WHERE lexeme = ? AND seq = ANY (string_to_array(?, ',')::bigint[])",
        [lexeme, seqs.join(',')],
      );
      return new Map(rows.map((row) => [Number(row.seq), float4(row.impact)]));
    },
    async keep(documents) {
      const dated = documents.map((d) => ({ seq: d.seq, published: d.published ?? null }));
      if (!filtered) return dated;
      const passing = await tx.all<{ seq: string }>(
        `SELECT d.seq FROM documents d WHERE d.seq = ANY (string_to_array(?, ',')::bigint[]) AND ${filter.sql}`,
        [dated.map((d) => d.seq).join(','), ...filter.params],
      );
      const pass = new Set(passing.map((row) => Number(row.seq)));
      return dated.filter((d) => pass.has(d.seq));
    },
  });
}

/** The documents holding the query (its phrases with their words in place), from the full-text index. */
async function phraseMatches(db: SqlExecutor, query: string): Promise<Set<number>> {
  const rows = await db.all<{ seq: string }>(`SELECT d.seq FROM documents d WHERE d.search_vector @@ ${TSQUERY}`, [query]);
  return new Set(rows.map((row) => Number(row.seq)));
}

/**
 * The full-text matches passing the filter, as a set of their own: tested together with a date
 * or outlet range in one scan, PostgreSQL rechecks each row's vector from TOAST (250 against
 * 100 ms for a phrase in six months).
 */
function fullTextMatches(query: string, filter: Condition): Condition {
  return {
    sql: `SELECT d.seq, d.id, d.published FROM documents d
      WHERE d.seq IN (SELECT x.seq FROM documents x WHERE x.search_vector @@ ${TSQUERY}) AND ${filter.sql}`,
    params: [query, ...filter.params],
  };
}

/** The filter's documents (it names few: the planner starts from them) that have every word. */
function havingEveryWord(terms: readonly Term[], driving: Condition): Condition {
  return {
    sql: `SELECT d.seq, d.id, d.published FROM documents d WHERE ${driving.sql} AND ${everyWord(terms)}`,
    params: [...driving.params, ...terms.map((term) => term.lexeme)],
  };
}

/**
 * Every match scored, best first (OR, -word, an entity in few documents, or where walking would
 * read too far). The sum is taken in the query's word order and rounded to real, as the walk
 * does, so both agree exactly.
 */
async function scoreEveryMatch(db: SqlExecutor, matches: Condition, weighted: Term[], depth: number): Promise<Ranked> {
  const rows = await db.all<{ id: string; score: string; total: string }>(
    `WITH matches AS MATERIALIZED (${matches.sql}),
     terms AS (SELECT t.lexeme, t.idf, t.ord FROM jsonb_to_recordset(?::jsonb) AS t(lexeme text, idf float8, ord int))
     SELECT m.id, s.score, count(*) OVER () AS total FROM matches m CROSS JOIN LATERAL (
       SELECT coalesce(sum(p.impact::float8 * t.idf ORDER BY t.ord), 0)::real AS score
       FROM terms t JOIN search_postings p ON p.lexeme = t.lexeme AND p.seq = m.seq
     ) s
     ORDER BY s.score DESC, m.published DESC NULLS LAST, m.seq DESC LIMIT ?`,
    [...matches.params, JSON.stringify(weighted.map((term, ord) => ({ ...term, ord }))), depth],
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

/** A real as PostgreSQL sends it (the shortest text that reads back as the same real). */
function float4(text: string | number): number {
  return Math.fround(Number(text));
}

/**
 * Counted from the full-text index's bitmap, the filter tested on the matches' rows (their
 * outlet, date, id, number): given the choice, the planner would rather read an outlet's or a month's
 * documents through their own index and test each one's vector from TOAST (120–170 ms against
 * 30–50 ms for a common word in one outlet at 100k documents). OFFSET 0 keeps the filter outside.
 * With an entity facet, from the postings instead: the entity's documents and each word's
 * postings come in document order, and PostgreSQL merges them (a word in 40,000 documents within
 * one in 45,000 at 100k documents: 70–95 ms from the bitmap, which reads each match's row to test
 * the entity; 22–57 ms merged), whichever is rarer.
 */
async function countMatches(db: SqlExecutor, query: string, filter: Condition, filtered: boolean, byEntity: CountByEntity | null): Promise<number> {
  return db.transaction(async (tx) => {
    // No parallel workers: on a few cores they would take the walk's running beside it.
    if (byEntity) {
      await setPlanner(tx, { max_parallel_workers_per_gather: '0' });
      const counting = countByEntitySql(byEntity);
      const [row] = await tx.all<{ n: string }>(counting.sql, counting.params);
      return Number(row!.n);
    }
    await setPlanner(tx, { enable_seqscan: 'off', max_parallel_workers_per_gather: '0' });
    // Without a filter no column is read, so the bitmap is counted without visiting the table
    // (88 → 45 ms for "Donald Trump", 69,493 matches at 100k documents).
    const [row] = await tx.all<{ n: number }>(
      filtered
        ? `SELECT count(*) AS n FROM (SELECT d.seq, d.id, d.outlet, d.published FROM documents d WHERE d.search_vector @@ ${TSQUERY} OFFSET 0) d
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
