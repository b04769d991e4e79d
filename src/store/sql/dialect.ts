import type { SqlExecutor, SqlValue } from './executor.js';

/** A condition on `documents d` with its parameters. */
export interface Condition {
  sql: string;
  params: SqlValue[];
}

/** What differs between databases beyond the connection: search, and locking for entity changes. */
export interface SqlDialect {
  /**
   * Where the database ranks in SQL (without rankedMatches): a SELECT of `id`, `score` (higher
   * is better), `published` and `seq` (the ranking's tie-breaks, so ranking needs no second read
   * of each document) for documents `d` matching `query` and `filter` (scoring at least
   * `minScore` when given), or null when the query has no searchable word.
   */
  matchingDocuments?(query: string, filter: Condition, minScore?: number): Condition | null;
  /**
   * Optional, for a query without filters: the `depth` best matches in ranking order, read in one
   * pass of the full-text index (all of them when fewer match); or, when scores tie across the
   * cut so that only the full ranking can say which documents make it, the score at the cut.
   */
  bestMatches?(db: SqlExecutor, query: string, depth: number): Promise<{ ranked: { id: string; score: number }[] } | { floor: number }>;
  /**
   * Optional, with or without filters: the `depth` best matches in ranking order and how many
   * documents match (still being counted, perhaps: the page and facets are read meanwhile),
   * ranked by the dialect's own code; null where the query has no searchable word.
   */
  rankedMatches?(db: SqlExecutor, query: string, filter: Condition, depth: number): Promise<{ ranked: { id: string; score: number }[]; total: number | Promise<number> } | null>;
  /** Optional, for a query without filters: how many documents match, from the full-text index alone. */
  countMatches?(db: SqlExecutor, query: string): Promise<number>;
  /** Snippets around the matches in each document's text, matched words between MARK_START/MARK_END. */
  snippets(db: SqlExecutor, query: string, documentIds: readonly string[]): Promise<Map<string, string>>;
  /**
   * A statement run in every transaction that links or moves entities before it touches them
   * (first, except when saving a document: after the document's own rows), so two writers
   * cannot both create "islamic-state" or link to an entity being merged away; null when the
   * database allows one writer at a time anyway (SQLite).
   */
  entityLock: string | null;
  /**
   * The document id as facet filters name it where the full-text match drives the search:
   * SQLite takes "+d.id", else it may look every hit up in the filter's list through an index.
   */
  matchedIdColumn: string;
  /** What follows `FROM documents d` to walk documents newest first; '' where the planner chooses. */
  newestFirstHint: string;
}
