import type { EntityType } from '../../extract/types.js';
import type { ResolutionInput } from '../store.js';
import { idsInListingOrder } from './document-rows.js';
import { placeholders, type SqlExecutor } from './executor.js';
import type { MentionRow } from './read-extraction.js';

// Documents per read: two statements per chunk instead of several per document.
const CHUNK = 500;

/**
 * Every document's text and mentions in listing order (newest published first, undated last,
 * then newest saved), or those of the given documents in the order given. The order is read first (ids only), then texts and mentions a chunk of
 * documents at a time, so memory holds one chunk of texts.
 */
export async function* resolutionInputs(db: SqlExecutor, documentIds?: readonly string[]): AsyncGenerator<ResolutionInput> {
  const order = documentIds ?? (await idsInListingOrder(db));
  for (let from = 0; from < order.length; from += CHUNK) {
    const ids = order.slice(from, from + CHUNK);
    const texts = await db.all<{ id: string; text: string; content_hash: string }>(`SELECT d.id, d.text, d.content_hash FROM documents d WHERE d.id IN (${placeholders(ids.length)})`, ids);
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
    const rowOf = new Map(texts.map((row) => [row.id, row]));
    for (const id of ids) {
      const row = rowOf.get(id);
      // A document deleted since the order was read is skipped.
      if (row) yield { documentId: id, contentHash: row.content_hash, text: row.text, mentions: mentions.get(id) ?? [] };
    }
  }
}

export async function contentHashes(db: SqlExecutor): Promise<{ documentId: string; contentHash: string }[]> {
  const rows = await db.all<{ id: string; content_hash: string }>('SELECT d.id, d.content_hash FROM documents d ORDER BY d.seq');
  return rows.map((row) => ({ documentId: row.id, contentHash: row.content_hash }));
}
