import type { SqlExecutor, SqlValue } from './executor.js';

/** A condition on `documents d` with its parameters. */
export interface Condition {
  sql: string;
  params: SqlValue[];
}

export interface EntityFacetSize {
  documents: number;
  few: boolean;
}

/** A search's facets as conditions on `documents d`, for the two ways a ranking tests them. */
export interface SearchFilter {
  /** As semi-joins: for a statement over every match. */
  matches: Condition;
  /** As a probe per document: for a few candidates at a time. */
  candidates: Condition;
  /** As semi-joins on `d.id` that the planner may start from (where a facet picks few documents). */
  driving: Condition;
  /** Whether any facet is set (else every condition is always true). */
  filtered: boolean;
  /**
   * With an entity facet: how many documents name its rarest entity, and whether that is so few
   * that scoring each of them beats walking the words' lists for the few that pass; null without
   * one. Counted when first asked (a dialect that does not ask pays nothing).
   */
  entity(): Promise<EntityFacetSize | null>;
}

/** What differs between databases beyond the connection: search, and locking for entity changes. */
export interface SqlDialect {
  /**
   * The `depth` best matches of `query` passing the facets, in ranking order (higher score first,
   * then newest published, undated last, then newest saved), and how many documents match (still
   * being counted, perhaps: the page and facets are read meanwhile); null where the query has no
   * searchable word.
   */
  rankedMatches(db: SqlExecutor, query: string, filter: SearchFilter, depth: number): Promise<{ ranked: { id: string; score: number }[]; total: number | Promise<number> } | null>;
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
   * Put before `d.id` or `d.seq` where facet filters test the matches of a full-text search that
   * drives it: SQLite takes "+" (else it may look every hit up in the filter's list through an
   * index); '' elsewhere.
   */
  matchedColumnPrefix: string;
  /** What follows `FROM documents d` to walk documents newest first; '' where the planner chooses. */
  newestFirstHint: string;
  /**
   * What follows `FROM documents d` to read given documents by number through a narrow index
   * (SQLite: its rows hold the text, so its own key would read a page or more per document).
   */
  byNumberHint: string;
  /** Run in a document's save transaction after its rows are written (SQLite: adds waiting documents to the postings). */
  afterSave?(tx: SqlExecutor): Promise<void>;
}
