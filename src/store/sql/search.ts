import type { SearchFacetCounts, SearchFacets, SearchHit, SearchResult } from '../store.js';
import { SUMMARY_COLUMNS, toSummary, type SummaryRow } from '../sql/document-rows.js';
import { placeholders, type SqlExecutor, type SqlValue } from './executor.js';
import type { Window } from './paging.js';
import type { Condition, EntityFacetSize, SearchFilter, SqlDialect } from './dialect.js';
import { publishedUpTo } from './date-bounds.js';
import { leadSnippet, parseMarkedSnippet } from './snippet.js';
import { countFacets, type FacetRow } from './document-facets.js';

/**
 * Facet counts cover at most this many hits, the best-ranked: counting every hit of a common
 * word joins tens of thousands of documents to their entities and events (seconds at 100k
 * documents), while the best 500 show the same leading values. The result says how many.
 */
export const FACET_HIT_LIMIT = 500;

/** Full-text search with facet filters, one page of hits, and facet counts over the best hits. */
export async function search(
  db: SqlExecutor, dialect: SqlDialect, query: string, facets: SearchFacets, window: Window,
): Promise<SearchResult> {
  const text = query.trim();
  // Ranked once: the best hits deep enough for this page and for the facets, ids only.
  const depth = Math.max(FACET_HIT_LIMIT, window.offset + window.limit);
  const found = text ? await rankMatches(db, dialect, text, facets, depth) : await rankNewest(db, dialect, facets, depth);
  if (!found) return { items: [], total: 0, ...window, facets: emptyFacets(), facetHits: 0 };
  const { ranked } = found;

  const pageHits = ranked.slice(window.offset, window.offset + window.limit);
  const ids = pageHits.map((hit) => hit.id);
  const facetIds = ranked.slice(0, FACET_HIT_LIMIT).map((hit) => hit.id);
  // Independent reads: a pooled database (PostgreSQL) runs them side by side, and beside the
  // count of all the matches where that is still going on.
  const [rows, snippets, counts, total] = await Promise.all([
    summaries(db, ids),
    text && ids.length ? dialect.snippets(db, text, ids) : new Map<string, string>(),
    facetIds.length ? facetCounts(db, facetIds) : emptyFacets(),
    found.total,
  ]);
  const leads = await openings(db, ids.filter((id) => !snippets.has(id)));
  const items: SearchHit[] = pageHits.map((hit) => {
    const marked = snippets.get(hit.id);
    const { snippet, highlights } = marked ? parseMarkedSnippet(marked) : { snippet: leadSnippet(leads.get(hit.id) ?? ''), highlights: [] };
    return { document: toSummary(rows.get(hit.id)!), snippet, highlights, score: Number(hit.score) };
  });
  return { items, total, ...window, facets: counts, facetHits: facetIds.length };
}

interface Ranked {
  ranked: { id: string; score: number }[];
  /** How many match; a count still running is awaited beside the page's reads. */
  total: number | Promise<number>;
}

/** Documents matching the words (and the facets), best first; null when the query has no searchable word. */
function rankMatches(db: SqlExecutor, dialect: SqlDialect, text: string, facets: SearchFacets, depth: number): Promise<Ranked | null> {
  return dialect.rankedMatches(db, text, searchFilter(db, dialect, facets), depth);
}

/** The facets in each form a ranking tests them (SearchFilter). */
export function searchFilter(db: SqlExecutor, dialect: SqlDialect, facets: SearchFacets): SearchFilter {
  const matches = facetFilter(facets, 'in', dialect.matchedColumnPrefix);
  let entity: Promise<EntityFacetSize | null> | null = null;
  return {
    matches, candidates: facetFilter(facets, 'exists'), driving: facetFilter(facets, 'in'), filtered: matches.params.length > 0,
    entity: () => (entity ??= entityDocuments(db, facets)),
  };
}

/**
 * Documents passing the facets, newest first (undated last). Where the filter is broad the
 * documents are walked newest first, each tested, stopping at `depth`; where it names an entity
 * in few documents, those documents are read and sorted instead (walking would read nearly all).
 */
async function rankNewest(db: SqlExecutor, dialect: SqlDialect, facets: SearchFacets, depth: number): Promise<Ranked> {
  const walk = !(await entityDocuments(db, facets))?.few;
  const filter = facetFilter(facets, walk ? 'exists' : 'in');
  const hint = walk ? dialect.newestFirstHint : dialect.byNumberHint;
  const part = (dated: boolean) =>
    `SELECT d.id, d.published, d.seq, 0 AS score, ${dated ? 0 : 1} AS part FROM documents d ${hint}
     WHERE d.published IS ${dated ? 'NOT ' : ''}NULL AND ${filter.sql} ORDER BY ${dated ? 'd.published DESC, ' : ''}d.seq DESC LIMIT ?`;
  const ranked = await db.all<{ id: string; score: number }>(
    `SELECT * FROM (${part(true)}) dated UNION ALL SELECT * FROM (${part(false)}) undated ORDER BY part, published DESC, seq DESC LIMIT ?`,
    [...filter.params, depth, ...filter.params, depth, depth],
  );
  if (ranked.length < depth) return { ranked, total: ranked.length };
  const single = singleFacetTable(facets);
  if (single) {
    // Distinct values first: read in index order, where PostgreSQL's count(DISTINCT) sorts.
    const counting = db.all<{ n: number }>(`SELECT count(*) AS n FROM (SELECT DISTINCT document_id FROM ${single.table} WHERE ${single.column} = ?) one`, [single.value]);
    return { ranked, total: counting.then(([row]) => Number(row!.n)) };
  }
  const all = facetFilter(facets, 'in');
  return { ranked, total: countOf(db, { sql: `SELECT d.id FROM documents d WHERE ${all.sql}`, params: all.params }) };
}

/** The one facet when it is the only one and kept in a table of its own: counted there, in its index. */
function singleFacetTable(facets: SearchFacets): { table: string; column: string; value: string } | null {
  const given = [
    ...(facets.entityIds ?? []).map((value) => ({ table: 'document_entities', column: 'entity_id', value })),
    ...(facets.entityType ? [{ table: 'document_entities', column: 'entity_type', value: facets.entityType }] : []),
    ...(facets.eventType ? [{ table: 'events', column: 'type', value: facets.eventType }] : []),
  ];
  const others = facets.outlet || facets.publishedFrom || facets.publishedTo;
  return given.length === 1 && !others ? given[0]! : null;
}

/**
 * With an entity facet: how many documents name its rarest entity, and whether that is so few
 * that reading them beats walking (documents newest first, or a word's postings).
 */
async function entityDocuments(db: SqlExecutor, facets: SearchFacets): Promise<EntityFacetSize | null> {
  if (!facets.entityIds?.length) return null;
  // Walking stops after about depth / share documents, reading an entity's n documents costs n:
  // even at n ≈ √(depth × documents). max(seq) is read from the end of the table's key.
  const [size] = await db.all<{ n: number | null }>('SELECT max(seq) AS n FROM documents', []);
  const breakEven = Math.sqrt(FACET_HIT_LIMIT * Number(size?.n ?? 0));
  let smallest = Infinity;
  for (const entityId of facets.entityIds) {
    const [row] = await db.all<{ n: number }>('SELECT count(*) AS n FROM document_entities WHERE entity_id = ?', [entityId]);
    smallest = Math.min(smallest, Number(row!.n));
  }
  return { documents: smallest, few: smallest < breakEven };
}

async function countOf(db: SqlExecutor, hits: Condition): Promise<number> {
  return Number((await db.all<{ n: number }>(`WITH hits AS (${hits.sql}) SELECT count(*) AS n FROM hits`, hits.params))[0]!.n);
}

async function summaries(db: SqlExecutor, ids: readonly string[]): Promise<Map<string, SummaryRow>> {
  if (ids.length === 0) return new Map();
  const rows = await db.all<SummaryRow>(`SELECT ${SUMMARY_COLUMNS} FROM documents d WHERE d.id IN (${placeholders(ids.length)})`, ids);
  return new Map(rows.map((row) => [row.id, row]));
}

/** The first characters of each document: the snippet where nothing was matched. */
async function openings(db: SqlExecutor, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db.all<{ id: string; lead: string }>(
    `SELECT id, substr(text, 1, 400) AS lead FROM documents WHERE id IN (${placeholders(ids.length)})`,
    ids,
  );
  return new Map(rows.map((row) => [row.id, row.lead]));
}

/**
 * The facets as a condition on documents `d`: as semi-joins (`in`, for reading a set of
 * documents) or as a probe per document (`exists`, for walking documents in order and stopping).
 * An entity is tested by the document's number (document_entities keeps it beside the entity:
 * its documents come in that order, to merge with a word's postings). `prefix` goes before the
 * document's columns (SQLite: "+" where the full-text match must drive).
 */
function facetFilter(facets: SearchFacets, style: 'in' | 'exists', prefix = ''): Condition {
  const parts: string[] = ['1 = 1'];
  const params: SqlValue[] = [];
  const onDocument = (table: string, column: string, key: 'id' | 'seq', tableKey: string) => style === 'in'
    ? `${prefix}d.${key} IN (SELECT fe.${tableKey} FROM ${table} fe WHERE fe.${column} = ?)`
    : `EXISTS (SELECT 1 FROM ${table} fe WHERE fe.${column} = ? AND fe.${tableKey} = d.${key})`;
  for (const entityId of facets.entityIds ?? []) {
    parts.push(onDocument('document_entities', 'entity_id', 'seq', 'document_seq'));
    params.push(entityId);
  }
  if (facets.entityType) {
    parts.push(onDocument('document_entities', 'entity_type', 'id', 'document_id'));
    params.push(facets.entityType);
  }
  if (facets.eventType) {
    parts.push(onDocument('events', 'type', 'id', 'document_id'));
    params.push(facets.eventType);
  }
  if (facets.outlet) {
    parts.push('d.outlet = ?');
    params.push(facets.outlet);
  }
  if (facets.publishedFrom) {
    parts.push('d.published >= ?');
    params.push(facets.publishedFrom);
  }
  if (facets.publishedTo) {
    const upTo = publishedUpTo('d.published', facets.publishedTo);
    parts.push(upTo.sql);
    params.push(...upTo.params);
  }
  return { sql: parts.join(' AND '), params };
}

/** The facets counted over these hits (each one's row of document_facets), entities named. */
async function facetCounts(db: SqlExecutor, ids: readonly string[]): Promise<SearchFacetCounts> {
  const rows = await db.all<FacetRow>(
    `SELECT outlet, published, entities, event_types FROM document_facets WHERE document_id IN (${placeholders(ids.length)})`,
    ids,
  );
  const facets = countFacets(rows);
  if (facets.entity.length === 0) return facets;
  const named = await db.all<{ id: string; name: string }>(
    `SELECT id, name FROM entities WHERE id IN (${placeholders(facets.entity.length)})`,
    facets.entity.map((e) => e.value),
  );
  const names = new Map(named.map((row) => [row.id, row.name]));
  return { ...facets, entity: facets.entity.map((e) => ({ ...e, label: names.get(e.value) ?? e.value })) };
}

function emptyFacets(): SearchFacetCounts {
  return { outlet: [], entity: [], entityType: [], eventType: [], month: [] };
}
