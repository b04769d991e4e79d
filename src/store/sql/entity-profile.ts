import type { EntityList, EntityListItems, EntityOverview, Paged, StoredDocument } from '../store.js';
import { DOCUMENT_COLUMNS, toStoredDocument, type DocumentRow } from './document-rows.js';
import { COUNT_COLUMNS, documentsUses, entityRows, ROW_LISTS, type RowList } from './entity-list-rows.js';
import { placeholders, type SqlExecutor } from './executor.js';
import type { Window } from './paging.js';
import { MENTION_COLUMNS, readExtractions, toMention, type MentionRow } from './read-extraction.js';

// An entity's profile read a page at a time: each list is counted from document_entities, which
// keeps per (document, entity) how many of the document's rows are in each list (the rule:
// entity-list-rows.ts), and a page reads only the documents holding its rows. An entity named in
// 76,839 of 100,000 articles costs a pass over its document_entities rows per list instead of
// reading every one of those articles' extractions (93 s on SQLite).

export const ENTITY_LISTS: readonly EntityList[] = ['documents', ...ROW_LISTS];

/** A page of one list, newest article first (undated last; ties by document id), rows in stored order within an article. */
export async function entityListPage<L extends EntityList>(
  db: SqlExecutor, entityId: string, list: L, window: Window,
): Promise<Paged<EntityListItems[L]>> {
  const newestFirst = "coalesce(f.published, '') DESC, de.document_id";
  if (list === 'documents') {
    // One pass: every row is read to order them anyway, so the window count comes free.
    const rows = await db.all<{ document_id: string; total: number }>(
      `SELECT de.document_id, count(*) OVER () AS total FROM document_entities de JOIN document_facets f ON f.document_id = de.document_id
       WHERE de.entity_id = ? ORDER BY ${newestFirst} LIMIT ? OFFSET ?`,
      [entityId, window.limit, window.offset],
    );
    const total = rows[0] ? Number(rows[0].total) : await countOf(db, entityId, 'count(*)');
    return { items: (await documentsOf(db, rows.map((row) => row.document_id))) as EntityListItems[L][], total, ...window };
  }
  const rowList = list as RowList;
  const column = `de.${COUNT_COLUMNS[rowList]}`;
  // The documents holding the page's rows, each with how many of the list's rows come before it.
  const documents = await db.all<{ document_id: string; before: number; total: number }>(
    `SELECT x.document_id, x.before, x.total FROM (
       SELECT de.document_id, ${column} AS n, sum(${column}) OVER (ORDER BY ${newestFirst} ROWS UNBOUNDED PRECEDING) - ${column} AS before,
         sum(${column}) OVER () AS total
       FROM document_entities de JOIN document_facets f ON f.document_id = de.document_id WHERE de.entity_id = ? AND ${column} > 0) x
     WHERE x.before < ? AND x.before + x.n > ? ORDER BY x.before`,
    [entityId, window.offset + window.limit, window.offset],
  );
  if (documents.length === 0) return { items: [], total: await countOf(db, entityId, `coalesce(sum(${column}), 0)`), ...window };
  const ids = documents.map((d) => d.document_id);
  const inIds = placeholders(ids.length);
  const params = Array.from({ length: documentsUses(rowList) }, () => ids).flat();
  const rows = await db.all<{ document_id: string; id: number }>(
    `SELECT x.document_id, x.id FROM (${entityRows(rowList, inIds)}) x WHERE x.entity_id = ?`, [...params, entityId],
  );
  const order = new Map(ids.map((id, i) => [id, i]));
  rows.sort((a, b) => order.get(a.document_id)! - order.get(b.document_id)! || Number(a.id) - Number(b.id));
  const skip = window.offset - Number(documents[0]!.before);
  const page = rows.slice(skip, skip + window.limit);
  return { items: await rowsOf(db, rowList, page) as EntityListItems[L][], total: Number(documents[0]!.total), ...window };
}

async function countOf(db: SqlExecutor, entityId: string, aggregate: string): Promise<number> {
  const [row] = await db.all<{ n: number }>(`SELECT ${aggregate} AS n FROM document_entities de WHERE de.entity_id = ?`, [entityId]);
  return Number(row!.n);
}

async function documentsOf(db: SqlExecutor, ids: readonly string[]): Promise<StoredDocument[]> {
  if (ids.length === 0) return [];
  const rows = await db.all<DocumentRow>(`SELECT ${DOCUMENT_COLUMNS} FROM documents d WHERE d.id IN (${placeholders(ids.length)})`, ids);
  const byId = new Map(rows.map((row) => [row.id, toStoredDocument(row)]));
  return ids.map((id) => byId.get(id)!);
}

/** The rows' stored objects, in the rows' order: their documents' extractions are read once for the page. */
async function rowsOf(db: SqlExecutor, list: RowList, rows: readonly { document_id: string; id: number }[]): Promise<{ id: number }[]> {
  const extractions = await readExtractions(db, await documentsOf(db, [...new Set(rows.map((row) => row.document_id))]));
  const all: { id: number }[] = extractions.flatMap((x): { id: number }[] =>
    list === 'eventsAsActor' || list === 'eventsAsTarget' ? x.events : list === 'relations' ? x.relations : x.quotes);
  const byId = new Map(all.map((item) => [item.id, item]));
  return rows.map((row) => byId.get(Number(row.id))!);
}

/** When and where the entity is seen: from its articles' dates and its mentions. */
export async function entityOverview(db: SqlExecutor, entityId: string): Promise<EntityOverview> {
  const [seen] = await db.all<{ first: string | null; last: string | null }>(
    `SELECT min(f.published) AS first, max(f.published) AS last FROM document_entities de
     JOIN document_facets f ON f.document_id = de.document_id WHERE de.entity_id = ?`,
    [entityId],
  );
  // Mentions per month from the per-document counts: a row per article, not per mention.
  const months = await db.all<{ month: string; count: number }>(
    `SELECT substr(f.published, 1, 7) AS month, sum(de.mentions) AS count FROM document_entities de
     JOIN document_facets f ON f.document_id = de.document_id
     WHERE de.entity_id = ? AND length(f.published) >= 7 GROUP BY substr(f.published, 1, 7) ORDER BY month`,
    [entityId],
  );
  // The first place given in document order (oldest saved first), as the mentions are listed:
  // the first of the entity's documents with a placed mention (mentions_placed holds only those,
  // so an entity never placed costs a probe per document, not a read of every mention).
  const placed = `m.entity_id = ? AND m.geo_lat IS NOT NULL AND m.geo_lon IS NOT NULL`;
  const [first] = await db.all<MentionRow>(
    `SELECT ${MENTION_COLUMNS} FROM mentions m WHERE ${placed} AND m.document_id = (
       SELECT de.document_id FROM document_entities de WHERE de.entity_id = ? AND EXISTS (
         SELECT 1 FROM mentions m WHERE ${placed.replace('?', 'de.entity_id')} AND m.document_id = de.document_id)
       ORDER BY de.document_seq LIMIT 1)
     ORDER BY m.start_offset, m.id LIMIT 1`,
    [entityId, entityId],
  );
  return {
    firstSeen: seen?.first ?? null,
    lastSeen: seen?.last ?? null,
    mentionsByMonth: months.map((row) => ({ month: row.month, count: Number(row.count) })),
    geo: first ? toMention(first).geo : null,
  };
}
