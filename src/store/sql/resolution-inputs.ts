import type { EntityType } from '../../extract/types.js';
import type { ResolutionInput } from '../store.js';
import { idsInListingOrder } from './document-rows.js';
import { placeholders, type SqlExecutor } from './executor.js';
import type { MentionRow } from './read-extraction.js';

// Documents per read: two statements per chunk instead of several per document.
const CHUNK = 500;

/**
 * Every document's text and mentions in listing order (newest published first, undated last,
 * then newest saved). The order is read first (ids only), then texts and mentions a chunk of
 * documents at a time, so memory holds one chunk of texts.
 */
export async function* resolutionInputs(db: SqlExecutor): AsyncGenerator<ResolutionInput> {
  const order = await idsInListingOrder(db);
  for (let from = 0; from < order.length; from += CHUNK) {
    const ids = order.slice(from, from + CHUNK);
    const texts = await db.all<{ id: string; text: string }>(`SELECT d.id, d.text FROM documents d WHERE d.id IN (${placeholders(ids.length)})`, ids);
    const mentionRows = await db.all<Pick<MentionRow, 'document_id' | 'local_id' | 'start_offset' | 'end_offset' | 'text' | 'type' | 'value' | 'entity_id'>>(
      `SELECT m.document_id, m.local_id, m.start_offset, m.end_offset, m.text, m.type, m.value, m.entity_id FROM mentions m
       WHERE m.document_id IN (${placeholders(ids.length)}) ORDER BY m.document_id, m.start_offset, m.id`,
      ids,
    );
    const mentions = new Map<string, ResolutionInput['mentions']>();
    for (const row of mentionRows) {
      const list = mentions.get(row.document_id) ?? [];
      list.push({
        start: Number(row.start_offset), end: Number(row.end_offset), text: row.text, type: row.type as EntityType,
        localId: row.local_id, entityId: row.entity_id, value: row.value,
      });
      mentions.set(row.document_id, list);
    }
    const textOf = new Map(texts.map((row) => [row.id, row.text]));
    for (const id of ids) {
      const text = textOf.get(id);
      // A document deleted since the order was read is skipped.
      if (text !== undefined) yield { documentId: id, text, mentions: mentions.get(id) ?? [] };
    }
  }
}
