import { placeholders, type SqlExecutor } from '../sql/executor.js';
import type { Condition, SqlDialect } from '../sql/dialect.js';
import { MARK_END, MARK_START } from '../sql/snippet.js';

// PostgreSQL full text: the generated documents.search_vector (English stemming, title
// weighted A, body B), queried with websearch_to_tsquery ("quoted phrases", OR, -word).
const HEADLINE_OPTIONS = `StartSel=${MARK_START}, StopSel=${MARK_END}, MaxWords=40, MinWords=20, MaxFragments=2, FragmentDelimiter=" … "`;

export const pgDialect: SqlDialect = {
  entityLock: "SELECT pg_advisory_xact_lock(hashtext('dossier.entities'))",
  matchedIdColumn: 'd.id',
  newestFirstHint: '',

  matchingDocuments(query: string, filter: Condition): Condition | null {
    if (!/[\p{L}\p{N}]/u.test(query)) return null;
    return {
      sql: `SELECT d.id, d.published, d.seq, ts_rank(d.search_vector, websearch_to_tsquery('english', ?)) AS score
            FROM documents d
            WHERE d.search_vector @@ websearch_to_tsquery('english', ?) AND ${filter.sql}`,
      params: [query, query, ...filter.params],
    };
  },

  async snippets(db: SqlExecutor, query: string, documentIds: readonly string[]): Promise<Map<string, string>> {
    if (documentIds.length === 0) return new Map();
    const rows = await db.all<{ id: string; snippet: string }>(
      `SELECT d.id, ts_headline('english', d.text, websearch_to_tsquery('english', ?), ?) AS snippet
       FROM documents d WHERE d.id IN (${placeholders(documentIds.length)})`,
      [query, HEADLINE_OPTIONS, ...documentIds],
    );
    return new Map(rows.map((row) => [row.id, row.snippet]));
  },
};
