import type { Paged, SearchFacetCounts, SearchFacets, SearchHit, SearchResult, FacetCount } from '../store.js';
import { SUMMARY_COLUMNS, toSummary, type SummaryRow } from '../sql/document-rows.js';
import type { SqlExecutor, SqlValue } from './executor.js';
import type { Window } from './paging.js';
import type { Condition, SqlDialect } from './dialect.js';
import { leadSnippet, parseMarkedSnippet } from './snippet.js';

const FACET_SIZE = 20;

/** Full-text search with facet filters, one page of hits, and facet counts over all hits. */
export async function search(
  db: SqlExecutor, dialect: SqlDialect, query: string, facets: SearchFacets, window: Window,
): Promise<SearchResult> {
  const filter = facetFilter(facets);
  const text = query.trim();
  const hits: Condition | null = text
    ? dialect.matchingDocuments(text, filter)
    : { sql: `SELECT d.id, 0 AS score FROM documents d WHERE ${filter.sql}`, params: filter.params };
  if (!hits) return { items: [], total: 0, ...window, facets: emptyFacets() };

  const withHits = `WITH hits AS (${hits.sql}) `;
  const [count] = await db.all<{ n: number }>(`${withHits}SELECT count(*) AS n FROM hits`, hits.params);
  const rows = await db.all<SummaryRow & { score: number; lead: string }>(
    `${withHits}SELECT ${SUMMARY_COLUMNS}, h.score, substr(d.text, 1, 400) AS lead
     FROM hits h JOIN documents d ON d.id = h.id
     ORDER BY h.score DESC, (d.published IS NULL), d.published DESC, d.seq DESC LIMIT ? OFFSET ?`,
    [...hits.params, window.limit, window.offset],
  );
  const snippets = text && rows.length ? await dialect.snippets(db, text, rows.map((row) => row.id)) : new Map<string, string>();
  const items: SearchHit[] = rows.map((row) => {
    const marked = snippets.get(row.id);
    const { snippet, highlights } = marked ? parseMarkedSnippet(marked) : { snippet: leadSnippet(row.lead), highlights: [] };
    return { document: toSummary(row), snippet, highlights, score: Number(row.score) };
  });
  const page: Paged<SearchHit> = { items, total: Number(count!.n), ...window };
  return { ...page, facets: await facetCounts(db, withHits, hits.params) };
}

function facetFilter(facets: SearchFacets): Condition {
  const parts: string[] = ['1 = 1'];
  const params: SqlValue[] = [];
  for (const entityId of facets.entityIds ?? []) {
    parts.push('EXISTS (SELECT 1 FROM document_entities fe WHERE fe.document_id = d.id AND fe.entity_id = ?)');
    params.push(entityId);
  }
  if (facets.entityType) {
    parts.push('EXISTS (SELECT 1 FROM document_entities fe WHERE fe.document_id = d.id AND fe.entity_type = ?)');
    params.push(facets.entityType);
  }
  if (facets.eventType) {
    parts.push('EXISTS (SELECT 1 FROM events fe WHERE fe.document_id = d.id AND fe.type = ?)');
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
    // Compared at the bound's precision, so "to 2015-11" keeps 2015-11-30.
    parts.push('substr(d.published, 1, ?) <= ?');
    params.push(facets.publishedTo.length, facets.publishedTo);
  }
  return { sql: parts.join(' AND '), params };
}

async function facetCounts(db: SqlExecutor, withHits: string, params: SqlValue[]): Promise<SearchFacetCounts> {
  const counts = async (sql: string): Promise<FacetCount[]> => {
    const rows = await db.all<{ value: string; label: string | null; count: number }>(
      `${withHits}${sql} ORDER BY count DESC, value LIMIT ${FACET_SIZE}`,
      params,
    );
    return rows.map((row) => ({ value: row.value, ...(row.label ? { label: row.label } : {}), count: Number(row.count) }));
  };
  return {
    outlet: await counts(
      `SELECT d.outlet AS value, NULL AS label, count(*) AS count FROM hits h JOIN documents d ON d.id = h.id
       WHERE d.outlet IS NOT NULL GROUP BY d.outlet`,
    ),
    entity: await counts(
      `SELECT de.entity_id AS value, e.name AS label, count(*) AS count
       FROM hits h JOIN document_entities de ON de.document_id = h.id JOIN entities e ON e.id = de.entity_id
       GROUP BY de.entity_id, e.name`,
    ),
    entityType: await counts(
      `SELECT de.entity_type AS value, NULL AS label, count(DISTINCT de.document_id) AS count
       FROM hits h JOIN document_entities de ON de.document_id = h.id GROUP BY de.entity_type`,
    ),
    eventType: await counts(
      `SELECT ev.type AS value, NULL AS label, count(DISTINCT ev.document_id) AS count
       FROM hits h JOIN events ev ON ev.document_id = h.id GROUP BY ev.type`,
    ),
    month: await counts(
      `SELECT substr(d.published, 1, 7) AS value, NULL AS label, count(*) AS count FROM hits h JOIN documents d ON d.id = h.id
       WHERE length(d.published) >= 7 GROUP BY substr(d.published, 1, 7)`,
    ),
  };
}

function emptyFacets(): SearchFacetCounts {
  return { outlet: [], entity: [], entityType: [], eventType: [], month: [] };
}
