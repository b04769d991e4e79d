import type { Extraction } from '../../extract/extraction.js';
import { COUNT_COLUMNS, countListRows, entityListCounts, LIST_COUNTS_USES, ROW_LISTS } from './entity-list-rows.js';
import { placeholders, type SqlExecutor, type SqlValue } from './executor.js';
import { DOCUMENT_FACETS_INSERT } from './document-facets.js';

// document_entities summarises mentions per (document, canonical entity) — how many, and how
// many of the document's rows are in each of the entity's profile lists — and document_facets
// each document's entities again; these keep both true.

/** document_entities' list count columns. */
export const COUNTED = ROW_LISTS.map((list) => COUNT_COLUMNS[list]).join(', ');

/** The documents' mentions per canonical entity: (document_id, seq, entity_id, type, n). */
function mentionGroups(documents: string): string {
  return `SELECT m.document_id, d.seq, m.entity_id, e.type, count(*) AS n FROM mentions m JOIN entities e ON e.id = m.entity_id
    JOIN documents d ON d.id = m.document_id WHERE m.document_id IN (${documents}) GROUP BY m.document_id, d.seq, m.entity_id, e.type`;
}

/**
 * What document_entities holds for the documents `documents` names (SQL for an IN list, its
 * `?`s bound by `params`), as a SELECT and the parameters it binds.
 */
export function documentEntityRows(documents: string, params: readonly SqlValue[]): { sql: string; params: SqlValue[] } {
  const sql = `SELECT g.document_id, g.seq AS document_seq, g.entity_id, g.type AS entity_type, g.n AS mentions,
      ${ROW_LISTS.map((list) => `coalesce(c.${COUNT_COLUMNS[list]}, 0) AS ${COUNT_COLUMNS[list]}`).join(', ')}
    FROM (${mentionGroups(documents)}) g
    LEFT JOIN (${entityListCounts(documents)}) c ON c.document_id = g.document_id AND c.entity_id = g.entity_id`;
  return { sql, params: Array.from({ length: 1 + LIST_COUNTS_USES }, () => params).flat() };
}

/** Writes the document_entities rows of the documents `documents` names (none may have any yet). */
export async function insertDocumentEntities(tx: SqlExecutor, documents: string, params: readonly SqlValue[]): Promise<void> {
  const rows = documentEntityRows(documents, params);
  await tx.run(`INSERT INTO document_entities (document_id, document_seq, entity_id, entity_type, mentions, ${COUNTED}) ${rows.sql}`, rows.params);
}

/**
 * Writes a document's rows as it is saved, with the list counts taken from its extraction
 * (countListRows): planning entityListCounts for every document costs PostgreSQL some 20 ms.
 */
export async function insertSavedDocumentEntities(tx: SqlExecutor, documentId: string, extraction: Extraction, links: Map<string, string>): Promise<void> {
  await tx.run(
    `INSERT INTO document_entities (document_id, document_seq, entity_id, entity_type, mentions)
     SELECT g.document_id, g.seq, g.entity_id, g.type, g.n FROM (${mentionGroups('?')}) g`,
    [documentId],
  );
  for (const [entityId, counts] of countListRows(extraction, (localId) => links.get(localId))) {
    await tx.run(
      `UPDATE document_entities SET ${ROW_LISTS.map((list) => `${COUNT_COLUMNS[list]} = ?`).join(', ')} WHERE document_id = ? AND entity_id = ?`,
      [...ROW_LISTS.map((list) => counts[list]), documentId, entityId],
    );
  }
}

// Documents per statement when an entity change rewrites their rows: the counting statement names
// them several times, and a subquery there would be evaluated each time.
const REFRESH_CHUNK = 200;

/** Rebuilds the rows of every document with a mention that entity change `changeId` moved. */
export async function refreshDocumentEntities(tx: SqlExecutor, changeId: number): Promise<void> {
  const touched = await tx.all<{ document_id: string }>(
    `SELECT DISTINCT tm.document_id FROM mentions tm JOIN entity_change_moves mv
     ON mv.item_kind = 'mention' AND mv.item_id = tm.id WHERE mv.change_id = ?`,
    [changeId],
  );
  const ids = touched.map((row) => row.document_id);
  for (let from = 0; from < ids.length; from += REFRESH_CHUNK) {
    const chunk = ids.slice(from, from + REFRESH_CHUNK);
    const inChunk = placeholders(chunk.length);
    await tx.run(`DELETE FROM document_entities WHERE document_id IN (${inChunk})`, chunk);
    await insertDocumentEntities(tx, inChunk, chunk);
    await tx.run(`DELETE FROM document_facets WHERE document_id IN (${inChunk})`, chunk);
    await tx.run(`${DOCUMENT_FACETS_INSERT} WHERE d.id IN (${inChunk})`, chunk);
  }
}

/** Migration 6: the list counts of the document_entities rows already stored, in one pass (both databases run it). */
export const DOCUMENT_ENTITY_COUNTS_FILL = `UPDATE document_entities SET ${ROW_LISTS.map((list) => `${COUNT_COLUMNS[list]} = c.${COUNT_COLUMNS[list]}`).join(', ')}
  FROM (${entityListCounts()}) c WHERE c.document_id = document_entities.document_id AND c.entity_id = document_entities.entity_id`;
