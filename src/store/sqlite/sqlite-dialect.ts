import { placeholders, type SqlExecutor } from '../sql/executor.js';
import type { SearchFilter, SqlDialect } from '../sql/dialect.js';
import { MARK_END, MARK_START } from '../sql/snippet.js';
import { toFts5Query } from './fts-query.js';
import { flushWhenFull } from './pending-postings.js';
import { QueryTokenizer } from './query-words.js';
import { BY_NUMBER, rankedMatches } from './ranked-matches.js';

// As documents_fts and search_scratch split words (migrations.ts).
const TOKENIZE = 'porter unicode61';
let tokenizer: QueryTokenizer | null = null;

/**
 * The SQLite dialect. Search ranks by BM25 over the impact-ordered postings (ranked-matches.ts);
 * `walk: false` scores every match instead (the full ranking, for tests). FTS5 matches phrases,
 * counts and cuts snippets.
 */
export function sqliteDialect(options: { walk: boolean } = { walk: true }): SqlDialect {
  return {
    entityLock: null,
    matchedColumnPrefix: '+',
    newestFirstHint: 'INDEXED BY documents_newest',
    byNumberHint: BY_NUMBER,
    afterSave: flushWhenFull,

    async rankedMatches(db: SqlExecutor, query: string, filter: SearchFilter, depth: number) {
      const match = toFts5Query(query);
      if (!match) return null;
      tokenizer ??= new QueryTokenizer(TOKENIZE);
      return rankedMatches(db, match, tokenizer, filter, depth, options);
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
}
