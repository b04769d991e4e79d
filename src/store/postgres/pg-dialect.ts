import { placeholders, type SqlExecutor } from '../sql/executor.js';
import type { SearchFilter, SqlDialect } from '../sql/dialect.js';
import { MARK_END, MARK_START } from '../sql/snippet.js';
import { rankedMatches } from './ranked-matches.js';
import { TSQUERY } from './tsquery.js';

// PostgreSQL full text: the generated documents.search_vector (English stemming, title
// weighted A, body B), queried with websearch_to_tsquery ("quoted phrases", OR, -word).
const HEADLINE_OPTIONS = `StartSel=${MARK_START}, StopSel=${MARK_END}, MaxWords=40, MinWords=20, MaxFragments=2, FragmentDelimiter=" … "`;

/**
 * The PostgreSQL dialect. Search ranks by BM25 over the impact-ordered postings
 * (ranked-matches.ts); `walk: false` scores every match instead (the full ranking, for tests).
 */
export function pgDialect(options: { walk: boolean } = { walk: true }): SqlDialect {
  return {
    entityLock: "SELECT pg_advisory_xact_lock(hashtext('dossier.entities'))",
    matchedColumnPrefix: '',
    newestFirstHint: '',
    byNumberHint: '',

    rankedMatches: (db: SqlExecutor, query: string, filter: SearchFilter, depth: number) =>
      searchable(query) ? rankedMatches(db, query, filter, depth, options) : Promise.resolve(null),

    async snippets(db: SqlExecutor, query: string, documentIds: readonly string[]): Promise<Map<string, string>> {
      if (documentIds.length === 0) return new Map();
      const rows = await db.all<{ id: string; snippet: string }>(
        `SELECT d.id, ts_headline('english', d.text, ${TSQUERY}, ?) AS snippet
         FROM documents d WHERE d.id IN (${placeholders(documentIds.length)})`,
        [query, HEADLINE_OPTIONS, ...documentIds],
      );
      return new Map(rows.map((row) => [row.id, row.snippet]));
    },
  };
}

function searchable(query: string): boolean {
  return /[\p{L}\p{N}]/u.test(query);
}
