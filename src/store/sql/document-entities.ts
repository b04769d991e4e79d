import type { SqlExecutor } from './executor.js';
import { DOCUMENT_FACETS_INSERT } from './document-facets.js';

// document_entities summarises mentions per (document, canonical entity), and document_facets
// each document's entities again; these keep both true.

export const DOCUMENT_ENTITIES_INSERT = `INSERT INTO document_entities (document_id, document_seq, entity_id, entity_type, mentions)
  SELECT m.document_id, d.seq, m.entity_id, e.type, count(*) FROM mentions m JOIN entities e ON e.id = m.entity_id
  JOIN documents d ON d.id = m.document_id`;
export const DOCUMENT_ENTITIES_GROUP = 'GROUP BY m.document_id, d.seq, m.entity_id, e.type';

/** Rebuilds the rows of every document with a mention that entity change `changeId` moved. */
export async function refreshDocumentEntities(tx: SqlExecutor, changeId: number): Promise<void> {
  const touched = `SELECT DISTINCT tm.document_id FROM mentions tm JOIN entity_change_moves mv
    ON mv.item_kind = 'mention' AND mv.item_id = tm.id WHERE mv.change_id = ?`;
  await tx.run(`DELETE FROM document_entities WHERE document_id IN (${touched})`, [changeId]);
  await tx.run(`${DOCUMENT_ENTITIES_INSERT} WHERE m.document_id IN (${touched}) ${DOCUMENT_ENTITIES_GROUP}`, [changeId]);
  await tx.run(`DELETE FROM document_facets WHERE document_id IN (${touched})`, [changeId]);
  await tx.run(`${DOCUMENT_FACETS_INSERT} WHERE d.id IN (${touched})`, [changeId]);
}
