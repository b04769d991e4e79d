import { placeholders, type SqlExecutor } from '../sql/executor.js';
import type { Condition, SqlDialect } from '../sql/dialect.js';
import { MARK_END, MARK_START } from '../sql/snippet.js';
import { toFts5Query } from './fts-query.js';

// FTS5 over documents_fts (title, text). bm25 is lower-is-better, so the score is its
// negation; a title match weighs four body matches.
const SCORE = '-bm25(documents_fts, 4.0, 1.0)';

export const sqliteDialect: SqlDialect = {
  entityLock: null,
  matchedIdColumn: '+d.id',
  newestFirstHint: 'INDEXED BY documents_newest',

  matchingDocuments(query: string, filter: Condition, minScore?: number): Condition | null {
    const match = toFts5Query(query);
    if (!match) return null;
    // The floor is tested on the index row, before its document is read.
    const floor = minScore === undefined ? '' : `AND ${SCORE} >= ?`;
    return {
      sql: `SELECT d.id, d.published, d.seq, ${SCORE} AS score
            FROM documents_fts JOIN documents d INDEXED BY documents_keys ON d.seq = documents_fts.rowid
            WHERE documents_fts MATCH ? ${floor} AND ${filter.sql}`,
      params: [match, ...(minScore === undefined ? [] : [minScore]), ...filter.params],
    };
  },

  async bestMatches(db: SqlExecutor, query: string, depth: number): Promise<{ ranked: { id: string; score: number }[] } | { floor: number }> {
    const match = toFts5Query(query);
    if (!match) return { ranked: [] };
    // One more than asked for: if it scores below the last one kept, the cut is exact.
    const rows = await db.all<{ id: string; score: number }>(
      `WITH best AS (SELECT rowid AS seq, ${SCORE} AS score FROM documents_fts WHERE documents_fts MATCH ? ORDER BY score DESC LIMIT ?)
       SELECT d.id, best.score FROM best JOIN documents d INDEXED BY documents_keys ON d.seq = best.seq
       ORDER BY best.score DESC, (d.published IS NULL), d.published DESC, d.seq DESC`,
      [match, depth + 1],
    );
    if (rows.length <= depth) return { ranked: rows };
    const cut = Number(rows[depth - 1]!.score);
    return Number(rows[depth]!.score) < cut ? { ranked: rows.slice(0, depth) } : { floor: cut };
  },

  async countMatches(db: SqlExecutor, query: string): Promise<number> {
    const match = toFts5Query(query);
    if (!match) return 0;
    const [row] = await db.all<{ n: number }>('SELECT count(*) AS n FROM documents_fts WHERE documents_fts MATCH ?', [match]);
    return Number(row!.n);
  },

  // The page's documents are named by rowid, so FTS5 reads only their rows, not every match.
  async snippets(db: SqlExecutor, query: string, documentIds: readonly string[]): Promise<Map<string, string>> {
    const match = toFts5Query(query);
    if (!match || documentIds.length === 0) return new Map();
    const rows = await db.all<{ id: string; snippet: string }>(
      `SELECT d.id, snippet(documents_fts, 1, ?, ?, '…', 32) AS snippet
       FROM documents_fts JOIN documents d ON d.seq = documents_fts.rowid
       WHERE documents_fts MATCH ? AND documents_fts.rowid IN (SELECT seq FROM documents WHERE id IN (${placeholders(documentIds.length)}))`,
      [MARK_START, MARK_END, match, ...documentIds],
    );
    return new Map(rows.map((row) => [row.id, row.snippet]));
  },
};
