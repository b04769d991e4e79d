import { placeholders, type SqlExecutor } from '../sql/executor.js';
import type { Condition, SqlDialect } from '../sql/dialect.js';
import { MARK_END, MARK_START } from '../sql/snippet.js';
import { rankedMatches } from './ranked-matches.js';
import { TSQUERY } from './tsquery.js';

// PostgreSQL full text: the generated documents.search_vector (English stemming, title
// weighted A, body B), queried with websearch_to_tsquery ("quoted phrases", OR, -word).
const HEADLINE_OPTIONS = `StartSel=${MARK_START}, StopSel=${MARK_END}, MaxWords=40, MinWords=20, MaxFragments=2, FragmentDelimiter=" … "`;

/** Where the RUM extension lives, when the store has its ranked index (migration 2). */
export interface RankedIndex {
  extensionSchema: string;
}

/** The dialect for a store with the ranked (RUM) index, or for one without (ranks every match). */
export function pgDialect(ranked: RankedIndex | null): SqlDialect {
  return {
    entityLock: "SELECT pg_advisory_xact_lock(hashtext('dossier.entities'))",
    matchedIdColumn: 'd.id',
    newestFirstHint: '',

    matchingDocuments(query: string, filter: Condition): Condition | null {
      if (!searchable(query)) return null;
      return {
        sql: `SELECT d.id, d.published, d.seq, ts_rank(d.search_vector, ${TSQUERY}) AS score
              FROM documents d
              WHERE d.search_vector @@ ${TSQUERY} AND ${filter.sql}`,
        params: [query, query, ...filter.params],
      };
    },

    ...(ranked
      ? {
          rankedMatches: (db: SqlExecutor, query: string, filter: Condition, depth: number) =>
            searchable(query) ? rankedMatches(db, ranked.extensionSchema, query, filter, depth) : Promise.resolve(null),
        }
      : {}),

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

/** The store's ranked index and the RUM extension's schema, or null where migration 2 found no RUM. */
export async function findRankedIndex(db: SqlExecutor): Promise<RankedIndex | null> {
  const [row] = await db.all<{ schema: string | null }>(
    `SELECT (SELECT n.nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = 'rum') AS schema
     WHERE to_regclass(format('%I.documents_search_ranked', current_schema())) IS NOT NULL`,
  );
  return row?.schema ? { extensionSchema: row.schema } : null;
}
