import type { Extraction } from '../../extract/extraction.js';
import type { TextSpan } from '../../extract/types.js';
import { simhashBands } from '../simhash-bands.js';
import type { NewDocument } from '../store.js';
import { placeholders, type SqlExecutor, type SqlValue } from './executor.js';
import { nameKey } from './entity-keys.js';
import { insertSavedDocumentEntities } from './document-entities.js';
import { DOCUMENT_FACETS_INSERT } from './document-facets.js';
import { linkEntities } from './link-entities.js';

/** The id of a document: the start of its content hash, so saving twice gives the same id. */
export function documentIdFor(contentHash: string): string {
  return contentHash.slice(0, 16).toLowerCase();
}

/**
 * Writes a new document and every extraction row; the caller runs it in a transaction.
 * Returns null, writing nothing, when the content hash is already stored (also when another
 * process stored it a moment ago: the insert then waits for that one and does nothing).
 * `entityLock` (the dialect's) is taken only for the entity rows, written last: other writers
 * index their text and write their events meanwhile.
 */
export async function insertDocument(
  tx: SqlExecutor, document: NewDocument, extraction: Extraction, now: string, entityLock: string | null,
): Promise<string | null> {
  const id = documentIdFor(document.contentHash);
  const bands = simhashBands(document.simhash);
  const inserted = await tx.run(
    `INSERT INTO documents (id, content_hash, simhash, simhash_band0, simhash_band1, simhash_band2, simhash_band3,
       url, path, outlet, title, published, text, version_of, duplicate_of, extractor, ingested_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
    [
      id, document.contentHash, document.simhash.toLowerCase(), ...bands,
      document.url, document.path, document.outlet, document.title, document.published, document.text,
      document.versionOf, document.duplicateOf, JSON.stringify(document.extractor), now,
    ],
  );
  if (inserted === 0) return null;
  await insertEvents(tx, id, extraction);
  await insertQuotes(tx, id, extraction);
  await insertRelations(tx, id, extraction);
  if (entityLock) await tx.all(entityLock);
  const links = await linkEntities(tx, extraction.entities, now, document.entityNames);
  await insertMentions(tx, id, extraction, links);
  await insertSavedDocumentEntities(tx, id, extraction, links);
  await tx.run(`${DOCUMENT_FACETS_INSERT} WHERE d.id = ?`, [id]);
  return id;
}

const MENTION_COLUMNS = [
  'document_id', 'local_id', 'start_offset', 'end_offset', 'text', 'name_key', 'type', 'value',
  'geo_lat', 'geo_lon', 'geo_country', 'geo_precision', 'geo_name', 'entity_id',
];
// Rows per INSERT: well under both databases' limits on bound parameters.
const ROWS_PER_INSERT = 100;

async function insertMentions(tx: SqlExecutor, documentId: string, extraction: Extraction, links: Map<string, string>) {
  const rows = extraction.entities.map((m): SqlValue[] => [
    documentId, m.id, m.start, m.end, m.text, nameKey(m.text), m.type, m.value ?? null,
    m.geo?.lat ?? null, m.geo?.lon ?? null, m.geo?.country ?? null, m.geo?.precision ?? null, m.geo?.name ?? null,
    links.get(m.id) ?? null,
  ]);
  const row = `(${placeholders(MENTION_COLUMNS.length)})`;
  for (let i = 0; i < rows.length; i += ROWS_PER_INSERT) {
    const chunk = rows.slice(i, i + ROWS_PER_INSERT);
    await tx.run(
      `INSERT INTO mentions (${MENTION_COLUMNS.join(', ')}) VALUES ${chunk.map(() => row).join(', ')}`,
      chunk.flat(),
    );
  }
}

async function insertEvents(tx: SqlExecutor, documentId: string, extraction: Extraction) {
  for (const event of extraction.events) {
    const [row] = await tx.all<{ id: number }>(
      `INSERT INTO events (document_id, type, trigger_start, trigger_end, trigger_text,
         evidence_start, evidence_end, evidence_text, event_date, killed, certainty)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
      [
        documentId, event.type, ...span(event.trigger), ...span(event.evidence ?? null),
        event.date, event.killed, event.certainty,
      ],
    );
    const participants: [string, string][] = [
      ...event.actors.map((id): [string, string] => ['actor', id]),
      ...event.targets.map((id): [string, string] => ['target', id]),
      ...(event.location ? [['location', event.location] as [string, string]] : []),
    ];
    for (const [role, localId] of participants) {
      await tx.run(
        'INSERT INTO event_participants (event_id, role, local_id) VALUES (?, ?, ?) ON CONFLICT DO NOTHING',
        [row!.id, role, localId],
      );
    }
  }
}

async function insertQuotes(tx: SqlExecutor, documentId: string, extraction: Extraction) {
  for (const quote of extraction.quotes) {
    await tx.run(
      `INSERT INTO quotes (document_id, speaker_local_id, speaker_text, speaker_start, speaker_end, speaker_named,
         cue, cue_start, cue_end, content_start, content_end, content_text, direct, certainty)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [
        documentId, quote.speaker, quote.speakerText, ...offsets(quote.speakerSpan), quote.speakerNamed ? 1 : 0,
        quote.cue, ...offsets(quote.cueSpan), ...span(quote.content), quote.direct ? 1 : 0, quote.certainty,
      ],
    );
  }
}

async function insertRelations(tx: SqlExecutor, documentId: string, extraction: Extraction) {
  for (const relation of extraction.relations) {
    await tx.run(
      `INSERT INTO relations (document_id, type, source_local_id, target_local_id, evidence_start, evidence_end, evidence_text)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
      [documentId, relation.type, relation.source, relation.target, ...span(relation.evidence)],
    );
  }
}

function span(value: TextSpan | null): [SqlValue, SqlValue, SqlValue] {
  return value ? [value.start, value.end, value.text] : [null, null, null];
}

function offsets(value: TextSpan | null): [SqlValue, SqlValue] {
  return value ? [value.start, value.end] : [null, null];
}
