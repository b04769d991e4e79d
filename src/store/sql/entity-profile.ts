import type { EntityList, EntityListItems, EntityOverview, Paged, StoredDocument } from '../store.js';
import { DOCUMENT_COLUMNS, toStoredDocument, type DocumentRow } from './document-rows.js';
import { placeholders, type SqlExecutor } from './executor.js';
import type { Window } from './paging.js';
import { MENTION_COLUMNS, readExtractions, toMention, type MentionRow } from './read-extraction.js';

// An entity's profile read a page at a time: which rows belong to each list is decided in SQL
// from the entity's mentions, so an entity named in 77,000 of 100,000 articles costs a count and
// a page per list instead of reading every one of those articles' extractions (65 s).
//
// The rules are those of reading the extractions: a row belongs to the entity when a mention of
// the entity carries the row's local id in the same document (an event's actor or target, a
// quote's speaker, a relation's either side); a quote is about the entity when the entity is
// mentioned inside its words and is not its speaker; a relation is shown only when both its
// sides are entities.

/** A mention of the entity (`de.entity_id`) in the row's document with this local id. */
const named = (documentId: string, localId: string) => `EXISTS (SELECT 1 FROM mentions m
  WHERE m.document_id = ${documentId} AND m.local_id = ${localId} AND m.entity_id = de.entity_id)`;
/** Any entity mentioned in the row's document with this local id. */
const anyEntity = (documentId: string, localId: string) => `EXISTS (SELECT 1 FROM mentions m
  WHERE m.document_id = ${documentId} AND m.local_id = ${localId} AND m.entity_id IS NOT NULL)`;
const inRole = (role: 'actor' | 'target') => `EXISTS (SELECT 1 FROM event_participants p JOIN mentions m
  ON m.document_id = e.document_id AND m.local_id = p.local_id
  WHERE p.event_id = e.id AND p.role = '${role}' AND m.entity_id = de.entity_id)`;
const speaks = named('q.document_id', 'q.speaker_local_id');

export const ENTITY_LISTS: readonly EntityList[] = ['documents', 'eventsAsActor', 'eventsAsTarget', 'quotesBy', 'quotesAbout', 'relations'];

/** Each list's rows as (document_id, id), given the entity's document_entities rows `de` (entity id bound first). */
const ROWS: Record<EntityList, string> = {
  documents: 'SELECT de.document_id, 0 AS id FROM document_entities de WHERE de.entity_id = ?',
  eventsAsActor: `SELECT e.document_id, e.id FROM document_entities de JOIN events e ON e.document_id = de.document_id
    WHERE de.entity_id = ? AND ${inRole('actor')}`,
  eventsAsTarget: `SELECT e.document_id, e.id FROM document_entities de JOIN events e ON e.document_id = de.document_id
    WHERE de.entity_id = ? AND ${inRole('target')}`,
  // From the entity's (document, local id) pairs to the quotes they speak: one index probe per
  // pair rather than one per quote in its articles (118,167 for Donald Trump at 10,000 documents).
  quotesBy: `SELECT q.document_id, q.id FROM (SELECT DISTINCT m.document_id, m.local_id FROM mentions m WHERE m.entity_id = ?) s
    JOIN quotes q ON q.document_id = s.document_id AND q.speaker_local_id = s.local_id`,
  quotesAbout: `SELECT q.document_id, q.id FROM document_entities de JOIN quotes q ON q.document_id = de.document_id
    WHERE de.entity_id = ? AND NOT ${speaks} AND EXISTS (SELECT 1 FROM mentions m
      WHERE m.document_id = q.document_id AND m.entity_id = de.entity_id
        AND m.start_offset >= q.content_start AND m.end_offset <= q.content_end)`,
  relations: `SELECT r.document_id, r.id FROM document_entities de JOIN relations r ON r.document_id = de.document_id
    WHERE de.entity_id = ? AND (${named('r.document_id', 'r.source_local_id')} OR ${named('r.document_id', 'r.target_local_id')})
      AND ${anyEntity('r.document_id', 'r.source_local_id')} AND ${anyEntity('r.document_id', 'r.target_local_id')}`,
};

/** A page of one list, newest article first (undated last; ties by document id), rows in stored order within an article. */
export async function entityListPage<L extends EntityList>(
  db: SqlExecutor, entityId: string, list: L, window: Window,
): Promise<Paged<EntityListItems[L]>> {
  // One pass: every row is read to order them anyway, so the window count comes free.
  const rows = await db.all<{ document_id: string; id: number; total: number }>(
    `SELECT t.document_id, t.id, count(*) OVER () AS total FROM (${ROWS[list]}) t JOIN document_facets f ON f.document_id = t.document_id
     ORDER BY coalesce(f.published, '') DESC, t.document_id, t.id LIMIT ? OFFSET ?`,
    [entityId, window.limit, window.offset],
  );
  // A page past the end has no row to carry the count.
  const total = rows[0] ? Number(rows[0].total) : Number((await db.all<{ n: number }>(`SELECT count(*) AS n FROM (${ROWS[list]}) t`, [entityId]))[0]!.n);
  return { items: await itemsOf(db, list, rows), total, ...window };
}

/** The rows' stored objects, in the rows' order: the documents' extractions are read once for the page. */
async function itemsOf<L extends EntityList>(
  db: SqlExecutor, list: L, rows: readonly { document_id: string; id: number }[],
): Promise<EntityListItems[L][]> {
  if (rows.length === 0) return [];
  const ids = [...new Set(rows.map((row) => row.document_id))];
  const documents = (await db.all<DocumentRow>(`SELECT ${DOCUMENT_COLUMNS} FROM documents d WHERE d.id IN (${placeholders(ids.length)})`, ids))
    .map(toStoredDocument);
  if (list === 'documents') {
    const byId = new Map(documents.map((d) => [d.id, d]));
    return rows.map((row) => byId.get(row.document_id)!) as StoredDocument[] as EntityListItems[L][];
  }
  const extractions = await readExtractions(db, documents);
  const all: { id: number }[] = extractions.flatMap((x): { id: number }[] =>
    list === 'eventsAsActor' || list === 'eventsAsTarget' ? x.events : list === 'relations' ? x.relations : x.quotes);
  const byId = new Map(all.map((item) => [item.id, item]));
  return rows.map((row) => byId.get(Number(row.id))!) as EntityListItems[L][];
}

/** When and where the entity is seen: from its articles' dates and its mentions. */
export async function entityOverview(db: SqlExecutor, entityId: string): Promise<EntityOverview> {
  const [seen] = await db.all<{ first: string | null; last: string | null }>(
    `SELECT min(f.published) AS first, max(f.published) AS last FROM document_entities de
     JOIN document_facets f ON f.document_id = de.document_id WHERE de.entity_id = ?`,
    [entityId],
  );
  const months = await db.all<{ month: string; count: number }>(
    `SELECT substr(f.published, 1, 7) AS month, count(*) AS count FROM mentions m
     JOIN document_facets f ON f.document_id = m.document_id
     WHERE m.entity_id = ? AND length(f.published) >= 7 GROUP BY substr(f.published, 1, 7) ORDER BY month`,
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
