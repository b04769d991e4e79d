import type { Condition, SearchFilter } from '../sql/dialect.js';
import { countByEntity, countByEntitySql, everyWord, type CountByEntity } from '../sql/entity-shortcut.js';
import type { SqlExecutor } from '../sql/executor.js';
import { byRanking, FIRST_READ, scoreOf, walkPostings, weighTerms, type Candidate, type PostingLists, type Term } from '../sql/postings-walk.js';
import type { QueryTokenizer } from './query-words.js';

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

/** Documents read by number through the narrow index of their keys (their rows hold the text). */
export const BY_NUMBER = 'INDEXED BY documents_keys';
// A list of document numbers as one parameter: a step may name thousands.
const SEQS = 'SELECT value FROM json_each(?)';
// Doubles as they are: SQLite sums the same way (word order, left to right).
const exact = (sum: number) => sum;

/**
 * The `depth` best matches of an FTS5 query (toFts5Query's) and how many documents match.
 * Documents saved since the postings were last added to (search_pending, at most a few dozen)
 * are matched by FTS5 and weighed here, with the same tokenizer and formula, beside the rest.
 */
export async function rankedMatches(
  db: SqlExecutor, match: string, tokenizer: QueryTokenizer, filter: SearchFilter, depth: number, options: RankingOptions,
): Promise<Ranked> {
  const words = tokenizer.words(match);
  if (words.lexemes.length === 0) return { ranked: [], total: 0, how: 'scored every match' };
  const terms = await idfs(db, words.lexemes);
  const queued = await queuedMatches(db, match, terms, filter.candidates, tokenizer);
  const { filtered } = filter;
  // An entity in few documents: each of them scored, where they have every word.
  const entity = options.walk && words.plain && !words.phrase ? await filter.entity() : null;
  if (entity?.few) return scoreEveryMatch(db, null, terms, filter.driving, depth, queued);
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
      // Known without counting: every match seen, one word's list length, a phrase's documents
      // (FTS5's counts include the queued documents; the postings' do not).
      const total = walked.complete ? walked.best.length + queued.length
        : filtered ? await countMatches(db, match, filter.matches, countByEntity(terms, filter.driving, entity), queued.length)
        : phrase ? phrase.size
        : terms.length === 1 ? terms[0]!.documents + queued.length
        : await countMatches(db, match, null);
      const best = [...walked.best, ...queued].sort(byRanking).slice(0, depth);
      return { ranked: await withIds(db, best), total, how: walked.complete ? 'walked all' : 'walked part' };
    }
  }
  return scoreEveryMatch(db, match, terms, filter.matches, depth, queued);
}

/** The queued documents that match the query and pass the filter, scored as the postings would score them. */
async function queuedMatches(db: SqlExecutor, match: string, terms: readonly Term[], filter: Condition, tokenizer: QueryTokenizer): Promise<Candidate[]> {
  const queued = await db.all<{ seq: number }>('SELECT seq FROM search_pending ORDER BY seq');
  if (queued.length === 0) return [];
  // The newest documents (saved since the last flush): FTS5 reads only the end of each word's list.
  const waiting = new Set(queued.map((q) => q.seq));
  const matching = (await db.all<{ seq: number }>(
    'SELECT rowid AS seq FROM documents_fts WHERE documents_fts MATCH ? AND rowid >= ?',
    [match, queued[0]!.seq],
  )).filter((m) => waiting.has(m.seq));
  if (matching.length === 0) return [];
  const kept = await keep(db, filter, matching.map((m) => m.seq));
  if (kept.length === 0) return [];
  const documents = await db.all<{ seq: number; title: string | null; text: string }>(
    `SELECT seq, title, text FROM documents WHERE seq IN (${SEQS})`,
    [JSON.stringify(kept.map((k) => k.seq))],
  );
  const weights = tokenizer.weights(documents, terms.map((term) => term.lexeme));
  // A word a document lacks adds idf × 0 (OR), as scoreEveryMatch's coalesce does.
  return kept.map((k) => ({ ...k, score: scoreOf(terms.map((term) => term.idf * (weights.get(k.seq)?.get(term.lexeme) ?? 0)), exact) }));
}

/** Of these documents, those passing the filter, with their dates. */
function keep(db: SqlExecutor, filter: Condition, seqs: readonly number[]): Promise<{ seq: number; published: string | null }[]> {
  return db.all<{ seq: number; published: string | null }>(
    `SELECT d.seq, d.published FROM documents d ${BY_NUMBER} WHERE d.seq IN (${SEQS}) AND ${filter.sql}`,
    [JSON.stringify(seqs), ...filter.params],
  );
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
    keep: (documents) => keep(db, filter, documents.map((d) => d.seq)),
  };
}

/** The documents holding the query (its phrases with their words in place), from the full-text index. */
async function phraseMatches(db: SqlExecutor, match: string): Promise<Set<number>> {
  const rows = await db.all<{ seq: number }>('SELECT rowid AS seq FROM documents_fts WHERE documents_fts MATCH ?', [match]);
  return new Set(rows.map((row) => row.seq));
}

/**
 * How many documents match the query (and pass the filter, where there is one), counted without
 * scoring: by FTS5, or from the facets' documents where `countByEntity` says they are fewer.
 */
async function countMatches(
  db: SqlExecutor, match: string, filter: Condition | null, byEntity: CountByEntity | null = null, queued = 0,
): Promise<number> {
  if (byEntity) {
    // From the postings, which do not hold the queued documents yet.
    const counting = countByEntitySql(byEntity, BY_NUMBER);
    const [row] = await db.all<{ n: number }>(counting.sql, counting.params);
    return row!.n + queued;
  }
  const [row] = await db.all<{ n: number }>(
    filter
      ? `SELECT count(*) AS n FROM documents_fts JOIN documents d ${BY_NUMBER} ON d.seq = documents_fts.rowid
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
 * filter then names few documents, and the planner starts from them). The queued documents are
 * scored apart (queuedMatches) and ranked in.
 */
async function scoreEveryMatch(
  db: SqlExecutor, match: string | null, terms: readonly Term[], filter: Condition, depth: number, queued: readonly Candidate[],
): Promise<Ranked> {
  const score = terms.map(() => 'coalesce((SELECT p.impact FROM search_postings p WHERE p.lexeme = ? AND p.seq = d.seq), 0) * ?').join(' + ');
  const rows = await db.all<{ id: string; seq: number; published: string | null; score: number; total: number }>(
    match
      ? `SELECT d.id, d.seq, d.published, ${score} AS score, count(*) OVER () AS total
         FROM documents_fts JOIN documents d ${BY_NUMBER} ON d.seq = documents_fts.rowid
         WHERE documents_fts MATCH ? AND ${filter.sql} AND d.seq NOT IN (SELECT seq FROM search_pending)
         ORDER BY score DESC, (d.published IS NULL), d.published DESC, d.seq DESC LIMIT ?`
      : `SELECT d.id, d.seq, d.published, ${score} AS score, count(*) OVER () AS total FROM documents d ${BY_NUMBER}
         WHERE ${filter.sql} AND ${everyWord(terms)}
         ORDER BY score DESC, (d.published IS NULL), d.published DESC, d.seq DESC LIMIT ?`,
    [
      ...terms.flatMap((term) => [term.lexeme, term.idf]),
      ...(match ? [match, ...filter.params] : [...filter.params, ...terms.map((term) => term.lexeme)]),
      depth,
    ],
  );
  const total = (rows[0]?.total ?? 0) + queued.length;
  if (queued.length === 0) return { ranked: rows.map(({ id, score }) => ({ id, score })), total, how: 'scored every match' };
  const best = [...rows, ...queued].sort(byRanking).slice(0, depth);
  return { ranked: await withIds(db, best), total, how: 'scored every match' };
}

async function withIds(db: SqlExecutor, best: Candidate[]): Promise<{ id: string; score: number }[]> {
  if (best.length === 0) return [];
  const rows = await db.all<{ seq: number; id: string }>(
    `SELECT seq, id FROM documents ${BY_NUMBER} WHERE seq IN (${SEQS})`,
    [JSON.stringify(best.map((b) => b.seq))],
  );
  const ids = new Map(rows.map((row) => [row.seq, row.id]));
  return best.map((b) => ({ id: ids.get(b.seq)!, score: b.score }));
}
