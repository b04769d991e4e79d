import type { Condition, SearchFilter } from '../sql/dialect.js';
import type { SqlExecutor } from '../sql/executor.js';
import { FIRST_READ, walkPostings, weighTerms, type Candidate, type PostingLists, type Term } from '../sql/postings-walk.js';
import { flushBeforeSearch } from './pending-postings.js';
import type { QueryWords } from './query-words.js';

/**
 * SQLite ranking: BM25 over the impact-ordered postings (migration 3), the best found by walking
 * the words' lists (postings-walk.ts), each read on from where the last read stopped. FTS5 still
 * decides which documents hold a phrase and counts matches. With OR, or where walking would read
 * too far, every match is scored from the postings instead (the same scores, summed the same way).
 */

export interface Ranked {
  ranked: { id: string; score: number }[];
  total: number;
  /** How the ranking was found: the postings read in part or to their end, or every match scored. */
  how: 'walked part' | 'walked all' | 'scored every match';
}

export interface RankingOptions {
  /** false: score every match (the full ranking the walk must agree with). */
  walk: boolean;
  /** Postings read from each word's list at first (then more each step). */
  firstRead?: number;
}

// A list of document numbers as one parameter: a step may name thousands.
const SEQS = 'SELECT value FROM json_each(?)';
// Doubles as they are: SQLite sums the same way (word order, left to right).
const exact = (sum: number) => sum;

/** The `depth` best matches of an FTS5 query (toFts5Query's) and how many documents match. */
export async function rankedMatches(
  db: SqlExecutor, match: string, words: QueryWords, filter: SearchFilter, depth: number, options: RankingOptions,
): Promise<Ranked> {
  if (words.lexemes.length === 0) return { ranked: [], total: 0, how: 'scored every match' };
  await flushBeforeSearch(db);
  const terms = await idfs(db, words.lexemes);
  const { filtered } = filter;
  // An entity in few documents: each of them scored, where they have every word.
  if (options.walk && words.plain && !words.phrase && filter.few) return scoreEveryMatch(db, null, terms, filter.driving, depth);
  // A phrase within a filter: FTS5 and the filter's own index find its few documents faster
  // than walking far down two lists for the few that pass.
  if (options.walk && words.plain && !(words.phrase && filtered)) {
    const phrase = words.phrase ? await phraseMatches(db, match) : null;
    const settings = {
      depth,
      // Past the cut by one at least: the cut's score must be seen to beat what is left unread.
      firstRead: options.firstRead ?? Math.max(FIRST_READ, depth + 1),
      phrased: phrase ? Promise.resolve(() => phrase) : null,
      round: exact,
    };
    const walked = await walkPostings(postingLists(db, terms, filter.candidates), terms, settings);
    if (walked) {
      // Known without counting: every match seen, one word's list length, a phrase's documents.
      const total = walked.complete ? walked.best.length
        : filtered ? await countMatches(db, match, filter.matches, byEntity(words, terms, filter))
        : phrase ? phrase.size
        : terms.length === 1 ? terms[0]!.documents
        : await countMatches(db, match, null);
      return { ranked: await withIds(db, walked.best.slice(0, depth)), total, how: walked.complete ? 'walked all' : 'walked part' };
    }
  }
  return scoreEveryMatch(db, match, terms, filter.matches, depth);
}

/** Each word with its idf, from the documents-per-word counts (search_words; '' counts all documents). */
async function idfs(db: SqlExecutor, lexemes: readonly string[]): Promise<Term[]> {
  const rows = await db.all<{ lexeme: string; documents: number }>(
    `SELECT lexeme, documents FROM search_words WHERE lexeme IN (${SEQS})`,
    [JSON.stringify(['', ...lexemes])],
  );
  return weighTerms(lexemes, new Map(rows.map((row) => [row.lexeme, row.documents])));
}

/**
 * Each word's list read on from the last posting read (keyset: lower weight, or the same weight
 * and an older document), in the ranked index's order; candidates' dates read as they are tested.
 */
function postingLists(db: SqlExecutor, terms: readonly Term[], filter: Condition): PostingLists {
  const last = terms.map((): { impact: number; seq: number } | null => null);
  return {
    async next(word, count) {
      const after = last[word];
      const rows = await db.all<{ seq: number; impact: number }>(
        `SELECT seq, impact FROM search_postings INDEXED BY search_postings_ranked
         WHERE lexeme = ? ${after ? 'AND (impact < ? OR (impact = ? AND seq < ?))' : ''}
         ORDER BY impact DESC, seq DESC LIMIT ?`,
        [terms[word]!.lexeme, ...(after ? [after.impact, after.impact, after.seq] : []), count],
      );
      if (rows.length) last[word] = rows.at(-1)!;
      return rows;
    },
    async weights(lexeme, seqs) {
      const rows = await db.all<{ seq: number; impact: number }>(
        `SELECT seq, impact FROM search_postings WHERE lexeme = ? AND seq IN (${SEQS})`,
        [lexeme, JSON.stringify(seqs)],
      );
      return new Map(rows.map((row) => [row.seq, row.impact]));
    },
    keep(documents) {
      return db.all<{ seq: number; published: string | null }>(
        `SELECT d.seq, d.published FROM documents d INDEXED BY documents_keys WHERE d.seq IN (${SEQS}) AND ${filter.sql}`,
        [JSON.stringify(documents.map((d) => d.seq)), ...filter.params],
      );
    },
  };
}

/** The documents holding the query (its phrases with their words in place), from the full-text index. */
async function phraseMatches(db: SqlExecutor, match: string): Promise<Set<number>> {
  const rows = await db.all<{ seq: number }>('SELECT rowid AS seq FROM documents_fts WHERE documents_fts MATCH ?', [match]);
  return new Set(rows.map((row) => row.seq));
}

/**
 * With an entity facet and a query of plain words, all of them in more documents than the
 * entity: the facets' documents, for counting from them (each looked up in the words' postings)
 * rather than from FTS5's matches.
 */
function byEntity(words: QueryWords, terms: readonly Term[], filter: SearchFilter): { driving: Condition; terms: readonly Term[] } | null {
  const fewer = filter.entityDocuments !== null && terms.every((term) => term.documents > filter.entityDocuments!);
  return words.plain && !words.phrase && fewer ? { driving: filter.driving, terms } : null;
}

/**
 * How many documents match the query (and pass the filter, where there is one), counted without
 * scoring: by FTS5, or from the facets' documents where `byEntity` says they are fewer.
 */
async function countMatches(
  db: SqlExecutor, match: string, filter: Condition | null, byEntity: { driving: Condition; terms: readonly Term[] } | null = null,
): Promise<number> {
  if (byEntity) {
    const [row] = await db.all<{ n: number }>(
      `SELECT count(*) AS n FROM documents d WHERE ${byEntity.driving.sql} AND ${everyWord(byEntity.terms)}`,
      [...byEntity.driving.params, ...byEntity.terms.map((term) => term.lexeme)],
    );
    return row!.n;
  }
  const [row] = await db.all<{ n: number }>(
    filter
      ? `SELECT count(*) AS n FROM documents_fts JOIN documents d INDEXED BY documents_keys ON d.seq = documents_fts.rowid
         WHERE documents_fts MATCH ? AND ${filter.sql}`
      : 'SELECT count(*) AS n FROM documents_fts WHERE documents_fts MATCH ?',
    filter ? [match, ...filter.params] : [match],
  );
  return row!.n;
}

/**
 * Every match scored, best first (OR, or where walking would read too far): each word's weight
 * looked up, summed in the query's word order as the walk sums them, so both agree exactly. The
 * matches are FTS5's; or, without `match`, the filter's documents that have every word (the
 * filter then names few documents, and the planner starts from them).
 */
async function scoreEveryMatch(db: SqlExecutor, match: string | null, terms: readonly Term[], filter: Condition, depth: number): Promise<Ranked> {
  const score = terms.map(() => 'coalesce((SELECT p.impact FROM search_postings p WHERE p.lexeme = ? AND p.seq = d.seq), 0) * ?').join(' + ');
  const rows = await db.all<{ id: string; score: number; total: number }>(
    match
      ? `SELECT d.id, ${score} AS score, count(*) OVER () AS total
         FROM documents_fts JOIN documents d INDEXED BY documents_keys ON d.seq = documents_fts.rowid
         WHERE documents_fts MATCH ? AND ${filter.sql}
         ORDER BY score DESC, (d.published IS NULL), d.published DESC, d.seq DESC LIMIT ?`
      : `SELECT d.id, ${score} AS score, count(*) OVER () AS total FROM documents d
         WHERE ${filter.sql} AND ${everyWord(terms)}
         ORDER BY score DESC, (d.published IS NULL), d.published DESC, d.seq DESC LIMIT ?`,
    [
      ...terms.flatMap((term) => [term.lexeme, term.idf]),
      ...(match ? [match, ...filter.params] : [...filter.params, ...terms.map((term) => term.lexeme)]),
      depth,
    ],
  );
  return { ranked: rows.map(({ id, score }) => ({ id, score })), total: rows[0]?.total ?? 0, how: 'scored every match' };
}

async function withIds(db: SqlExecutor, best: Candidate[]): Promise<{ id: string; score: number }[]> {
  if (best.length === 0) return [];
  const rows = await db.all<{ seq: number; id: string }>(
    `SELECT seq, id FROM documents INDEXED BY documents_keys WHERE seq IN (${SEQS})`,
    [JSON.stringify(best.map((b) => b.seq))],
  );
  const ids = new Map(rows.map((row) => [row.seq, row.id]));
  return best.map((b) => ({ id: ids.get(b.seq)!, score: b.score }));
}

/** Document `d` has every word (each word's lexeme a parameter, in order). */
function everyWord(terms: readonly Term[]): string {
  return terms.map(() => 'EXISTS (SELECT 1 FROM search_postings p WHERE p.lexeme = ? AND p.seq = d.seq)').join(' AND ');
}
