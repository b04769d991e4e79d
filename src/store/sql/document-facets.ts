import type { SearchFacetCounts } from '../store.js';

// document_facets: per document, what the search facets count — its outlet, date, canonical
// entities with their types, and event types — in one row, so the counts over a search's best
// 500 hits read 500 rows instead of joining some 17,000 entity rows (30 ms on PostgreSQL at 100k
// documents). Kept with document_entities, which it summarises: written with the document, and
// rewritten for the documents an entity change touches.
//
// Lists are kept as text both databases build and read alike: entities as "id TYPE" pairs and
// event types, each list comma-separated and sorted. Entity ids are slugs (a-z, 0-9, "-", "_"),
// types upper- or lower-case words: neither holds a space or a comma.
//
// Migration 4 fills the table with this statement, so it must keep reading as it does.
export const DOCUMENT_FACET_ROWS = `SELECT d.id AS document_id, d.outlet, d.published,
    coalesce((SELECT string_agg(de.entity_id || ' ' || de.entity_type, ',' ORDER BY de.entity_id)
      FROM document_entities de WHERE de.document_id = d.id), '') AS entities,
    coalesce((SELECT string_agg(t.type, ',' ORDER BY t.type)
      FROM (SELECT DISTINCT ev.type FROM events ev WHERE ev.document_id = d.id) t), '') AS event_types
  FROM documents d`;

/** Followed by a condition on documents `d`. */
export const DOCUMENT_FACETS_INSERT = `INSERT INTO document_facets (document_id, outlet, published, entities, event_types) ${DOCUMENT_FACET_ROWS}`;

export interface FacetRow {
  outlet: string | null;
  published: string | null;
  entities: string;
  event_types: string;
}

const FACET_SIZE = 20;

/** Each facet's values with the number of hits having them, most first (ties by value), the top 20; entities still unnamed. */
export function countFacets(rows: readonly FacetRow[]): SearchFacetCounts {
  const outlet = new Map<string, number>();
  const entity = new Map<string, number>();
  const entityType = new Map<string, number>();
  const eventType = new Map<string, number>();
  const month = new Map<string, number>();
  const add = (counts: Map<string, number>, value: string) => counts.set(value, (counts.get(value) ?? 0) + 1);
  for (const row of rows) {
    if (row.outlet !== null) add(outlet, row.outlet);
    if (row.published !== null && row.published.length >= 7) add(month, row.published.slice(0, 7));
    const types = new Set<string>();
    for (const pair of row.entities ? row.entities.split(',') : []) {
      const space = pair.lastIndexOf(' ');
      add(entity, pair.slice(0, space));
      types.add(pair.slice(space + 1));
    }
    for (const type of types) add(entityType, type);
    for (const type of row.event_types ? row.event_types.split(',') : []) add(eventType, type);
  }
  return { outlet: top(outlet), entity: top(entity), entityType: top(entityType), eventType: top(eventType), month: top(month) };
}

function top(counts: Map<string, number>): { value: string; count: number }[] {
  return [...counts]
    .sort(([a, m], [b, n]) => n - m || (a < b ? -1 : a > b ? 1 : 0))
    .slice(0, FACET_SIZE)
    .map(([value, count]) => ({ value, count }));
}
