import { placeholders, type SqlExecutor } from '../sql/executor.js';
import type { Condition, SqlDialect } from '../sql/dialect.js';
import { MARK_END, MARK_START } from '../sql/snippet.js';
import { toFts5Query } from './fts-query.js';

// FTS5 over documents_fts (title, text). bm25 is lower-is-better, so the score is its
// negation; a title match weighs four body matches.
export const sqliteDialect: SqlDialect = {
  entityLock: null,

  matchingDocuments(query: string, filter: Condition): Condition | null {
    const match = toFts5Query(query);
    if (!match) return null;
    return {
      sql: `SELECT d.id, d.published, d.seq, -bm25(documents_fts, 4.0, 1.0) AS score
            FROM documents_fts JOIN documents d ON d.seq = documents_fts.rowid
            WHERE documents_fts MATCH ? AND ${filter.sql}`,
      params: [match, ...filter.params],
    };
  },

  async snippets(db: SqlExecutor, query: string, documentIds: readonly string[]): Promise<Map<string, string>> {
    const match = toFts5Query(query);
    if (!match || documentIds.length === 0) return new Map();
    const rows = await db.all<{ id: string; snippet: string }>(
      `SELECT d.id, snippet(documents_fts, 1, ?, ?, '…', 32) AS snippet
       FROM documents_fts JOIN documents d ON d.seq = documents_fts.rowid
       WHERE documents_fts MATCH ? AND d.id IN (${placeholders(documentIds.length)})`,
      [MARK_START, MARK_END, match, ...documentIds],
    );
    return new Map(rows.map((row) => [row.id, row.snippet]));
  },
};
