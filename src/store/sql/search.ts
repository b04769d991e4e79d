import type { Paged, SearchFacetCounts, SearchFacets, SearchHit, SearchResult } from '../store.js';
import { SUMMARY_COLUMNS, toSummary, type SummaryRow } from '../sql/document-rows.js';
import { placeholders, type SqlExecutor, type SqlValue } from './executor.js';
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
  const rows = await db.all<SummaryRow & { score: number }>(
    `${withHits}SELECT ${SUMMARY_COLUMNS}, h.score
     FROM hits h JOIN documents d ON d.id = h.id
     ORDER BY h.score DESC, (d.published IS NULL), d.published DESC, d.seq DESC LIMIT ? OFFSET ?`,
    [...hits.params, window.limit, window.offset],
  );
  const ids = rows.map((row) => row.id);
  const snippets = text && ids.length ? await dialect.snippets(db, text, ids) : new Map<string, string>();
  const leads = await openings(db, ids.filter((id) => !snippets.has(id)));
  const items: SearchHit[] = rows.map((row) => {
    const marked = snippets.get(row.id);
    const { snippet, highlights } = marked ? parseMarkedSnippet(marked) : { snippet: leadSnippet(leads.get(row.id) ?? ''), highlights: [] };
    return { document: toSummary(row), snippet, highlights, score: Number(row.score) };
  });
  const page: Paged<SearchHit> = { items, total: Number(count!.n), ...window };
  // Materialized: the facets read the hits five times; matching and ranking happen once.
  return { ...page, facets: await facetCounts(db, `WITH hits AS MATERIALIZED (${hits.sql}) `, hits.params) };
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

// Each facet's query; all run as one statement over one evaluation of the hits.
const FACET_QUERIES: Record<keyof SearchFacetCounts, string> = {
  outlet: `SELECT d.outlet AS value, NULL AS label, count(*) AS count FROM hits h JOIN documents d ON d.id = h.id
    WHERE d.outlet IS NOT NULL GROUP BY d.outlet`,
  // Counted first, named after: only the top entities are joined to their names.
  entity: `SELECT top.value, e.name AS label, top.count FROM (
      SELECT de.entity_id AS value, count(*) AS count FROM hits h JOIN document_entities de ON de.document_id = h.id
      GROUP BY de.entity_id ORDER BY count DESC, value LIMIT ${FACET_SIZE}
    ) top JOIN entities e ON e.id = top.value`,
  entityType: `SELECT de.entity_type AS value, NULL AS label, count(DISTINCT de.document_id) AS count
    FROM hits h JOIN document_entities de ON de.document_id = h.id GROUP BY de.entity_type`,
  eventType: `SELECT ev.type AS value, NULL AS label, count(DISTINCT ev.document_id) AS count
    FROM hits h JOIN events ev ON ev.document_id = h.id GROUP BY ev.type`,
  month: `SELECT substr(d.published, 1, 7) AS value, NULL AS label, count(*) AS count FROM hits h JOIN documents d ON d.id = h.id
    WHERE length(d.published) >= 7 GROUP BY substr(d.published, 1, 7)`,
};

async function facetCounts(db: SqlExecutor, withHits: string, params: SqlValue[]): Promise<SearchFacetCounts> {
  const names = Object.keys(FACET_QUERIES) as (keyof SearchFacetCounts)[];
  const union = names
    .map((name) => `SELECT '${name}' AS facet, f.* FROM (${FACET_QUERIES[name]} ORDER BY count DESC, value LIMIT ${FACET_SIZE}) f`)
    .join(' UNION ALL ');
  const rows = await db.all<{ facet: keyof SearchFacetCounts; value: string; label: string | null; count: number }>(
    `${withHits}${union}`,
    params,
  );
  const facets = emptyFacets();
  for (const row of rows) {
    facets[row.facet].push({ value: row.value, ...(row.label ? { label: row.label } : {}), count: Number(row.count) });
  }
  for (const name of names) facets[name].sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
  return facets;
}

function emptyFacets(): SearchFacetCounts {
  return { outlet: [], entity: [], entityType: [], eventType: [], month: [] };
}
