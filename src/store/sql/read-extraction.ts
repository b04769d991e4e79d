import type { Certainty, EntityType, EventType, Geo, RelationType, TextSpan } from '../../extract/types.js';
import type { EventParticipant, StoredDocument, StoredEvent, StoredExtraction, StoredMention, StoredQuote, StoredRelation } from '../store.js';
import { placeholders, type SqlExecutor } from './executor.js';

export const MENTION_COLUMNS = `m.id, m.document_id, m.local_id, m.start_offset, m.end_offset, m.text, m.type, m.value,
  m.geo_lat, m.geo_lon, m.geo_country, m.geo_precision, m.geo_name, m.entity_id`;

export interface MentionRow {
  id: number;
  document_id: string;
  local_id: string;
  start_offset: number;
  end_offset: number;
  text: string;
  type: string;
  value: string | null;
  geo_lat: number | null;
  geo_lon: number | null;
  geo_country: string | null;
  geo_precision: string | null;
  geo_name: string | null;
  entity_id: string | null;
}

export function toMention(row: MentionRow): StoredMention {
  const geo: Geo | null =
    row.geo_lat === null || row.geo_lon === null
      ? null
      : {
          lat: Number(row.geo_lat),
          lon: Number(row.geo_lon),
          country: row.geo_country,
          precision: row.geo_precision as Geo['precision'],
          name: row.geo_name ?? '',
        };
  return {
    id: Number(row.id),
    documentId: row.document_id,
    localId: row.local_id,
    start: row.start_offset,
    end: row.end_offset,
    text: row.text,
    type: row.type as EntityType,
    value: row.value,
    geo,
    entityId: row.entity_id,
  };
}

// Credibility shown with an event or quote: the newest override, if any.
export const LATEST_CREDIBILITY = (kind: string, alias: string) => `(SELECT c.credibility FROM credibility_changes c
  WHERE c.target_kind = '${kind}' AND c.target_id = ${alias}.id ORDER BY c.id DESC LIMIT 1)`;

/** Every extraction row of a stored document, spans' texts cut from the document itself. */
export async function readExtraction(db: SqlExecutor, document: StoredDocument): Promise<StoredExtraction> {
  return (await readExtractions(db, [document]))[0]!;
}

/** The extractions of several documents (in their order): five statements for all of them, not per document. */
export async function readExtractions(db: SqlExecutor, documents: readonly StoredDocument[]): Promise<StoredExtraction[]> {
  if (documents.length === 0) return [];
  const ids = documents.map((d) => d.id);
  const inIds = `(${placeholders(ids.length)})`;
  const mentionRows = await db.all<MentionRow>(
    `SELECT ${MENTION_COLUMNS} FROM mentions m WHERE m.document_id IN ${inIds} ORDER BY m.document_id, m.start_offset, m.id`,
    ids,
  );
  const eventRows = await db.all<Record<string, unknown>>(
    `SELECT e.*, ${LATEST_CREDIBILITY('event', 'e')} AS credibility FROM events e WHERE e.document_id IN ${inIds} ORDER BY e.id`,
    ids,
  );
  const participantRows = await db.all<{ event_id: number; role: string; local_id: string }>(
    `SELECT p.event_id, p.role, p.local_id FROM event_participants p JOIN events e ON e.id = p.event_id
     WHERE e.document_id IN ${inIds} ORDER BY p.event_id, p.role, p.local_id`,
    ids,
  );
  const quoteRows = await db.all<Record<string, unknown>>(
    `SELECT q.*, ${LATEST_CREDIBILITY('quote', 'q')} AS credibility FROM quotes q WHERE q.document_id IN ${inIds} ORDER BY q.id`,
    ids,
  );
  const relationRows = await db.all<Record<string, unknown>>(`SELECT r.* FROM relations r WHERE r.document_id IN ${inIds} ORDER BY r.id`, ids);

  const mentionsOf = groupBy(mentionRows.map(toMention), (m) => m.documentId);
  const eventsOf = groupBy(eventRows, (row) => row.document_id as string);
  const participantsOf = groupBy(participantRows, (row) => Number(row.event_id));
  const quotesOf = groupBy(quoteRows, (row) => row.document_id as string);
  const relationsOf = groupBy(relationRows, (row) => row.document_id as string);
  return documents.map((document) => {
    const id = document.id;
    const mentions = mentionsOf.get(id) ?? [];
    const entitiesOf = localToEntities(mentions);
    const cut = (start: number | null, end: number | null): TextSpan | null =>
      start === null || end === null ? null : { start, end, text: document.text.slice(start, end) };

    const events: StoredEvent[] = (eventsOf.get(id) ?? []).map((row) => ({
      id: Number(row.id),
      documentId: id,
      type: row.type as EventType,
      trigger: cut(row.trigger_start as number, row.trigger_end as number)!,
      evidence: cut(row.evidence_start as number | null, row.evidence_end as number | null),
      participants: (participantsOf.get(Number(row.id)) ?? []).map((p): EventParticipant => (
        { role: p.role as EventParticipant['role'], localId: p.local_id, entityIds: entitiesOf(p.local_id) }
      )),
      date: row.event_date as string | null,
      killed: row.killed === null ? null : Number(row.killed),
      certainty: row.certainty as Certainty,
      credibility: row.credibility === null ? null : Number(row.credibility),
    }));

    const quotes: StoredQuote[] = (quotesOf.get(id) ?? []).map((row) => {
      const speaker = row.speaker_local_id as string | null;
      return {
        id: Number(row.id),
        documentId: id,
        speakerLocalId: speaker,
        speakerEntityIds: speaker ? entitiesOf(speaker) : [],
        speakerText: row.speaker_text as string | null,
        speakerSpan: cut(row.speaker_start as number | null, row.speaker_end as number | null),
        speakerNamed: Number(row.speaker_named) === 1,
        cue: row.cue as string | null,
        cueSpan: cut(row.cue_start as number | null, row.cue_end as number | null),
        content: cut(row.content_start as number, row.content_end as number)!,
        direct: Number(row.direct) === 1,
        certainty: row.certainty as Certainty,
        credibility: row.credibility === null ? null : Number(row.credibility),
      };
    });

    const relations: StoredRelation[] = (relationsOf.get(id) ?? []).map((row) => ({
      id: Number(row.id),
      documentId: id,
      type: row.type as RelationType,
      sourceLocalId: row.source_local_id as string,
      targetLocalId: row.target_local_id as string,
      sourceEntityIds: entitiesOf(row.source_local_id as string),
      targetEntityIds: entitiesOf(row.target_local_id as string),
      evidence: cut(row.evidence_start as number, row.evidence_end as number)!,
    }));

    return { document, mentions, events, quotes, relations };
  });
}

/** Rows grouped by a key, each group in the rows' order. */
function groupBy<T, K>(rows: readonly T[], keyOf: (row: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const row of rows) {
    const group = groups.get(keyOf(row));
    if (group) group.push(row);
    else groups.set(keyOf(row), [row]);
  }
  return groups;
}

/** The canonical entities a document-local id's mentions link to (usually one; more after a split). */
function localToEntities(mentions: readonly StoredMention[]): (localId: string) => string[] {
  const byLocal = new Map<string, Set<string>>();
  for (const mention of mentions) {
    if (!mention.entityId) continue;
    const set = byLocal.get(mention.localId) ?? new Set<string>();
    set.add(mention.entityId);
    byLocal.set(mention.localId, set);
  }
  return (localId) => [...(byLocal.get(localId) ?? [])].sort();
}
