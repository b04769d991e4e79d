import type { Certainty, EntityType, EventType, Geo, RelationType, TextSpan } from '../../extract/types.js';
import type { EventParticipant, StoredDocument, StoredEvent, StoredExtraction, StoredMention, StoredQuote, StoredRelation } from '../store.js';
import type { SqlExecutor } from './executor.js';

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
  const id = document.id;
  const mentions = (
    await db.all<MentionRow>(`SELECT ${MENTION_COLUMNS} FROM mentions m WHERE m.document_id = ? ORDER BY m.start_offset, m.id`, [id])
  ).map(toMention);
  const entitiesOf = localToEntities(mentions);
  const cut = (start: number | null, end: number | null): TextSpan | null =>
    start === null || end === null ? null : { start, end, text: document.text.slice(start, end) };

  const eventRows = await db.all<Record<string, unknown>>(
    `SELECT e.*, ${LATEST_CREDIBILITY('event', 'e')} AS credibility FROM events e WHERE e.document_id = ? ORDER BY e.id`,
    [id],
  );
  const participantRows = await db.all<{ event_id: number; role: string; local_id: string }>(
    `SELECT p.event_id, p.role, p.local_id FROM event_participants p JOIN events e ON e.id = p.event_id
     WHERE e.document_id = ? ORDER BY p.event_id, p.role, p.local_id`,
    [id],
  );
  const participants = new Map<number, EventParticipant[]>();
  for (const row of participantRows) {
    const list = participants.get(Number(row.event_id)) ?? [];
    list.push({ role: row.role as EventParticipant['role'], localId: row.local_id, entityIds: entitiesOf(row.local_id) });
    participants.set(Number(row.event_id), list);
  }
  const events: StoredEvent[] = eventRows.map((row) => ({
    id: Number(row.id),
    documentId: id,
    type: row.type as EventType,
    trigger: cut(row.trigger_start as number, row.trigger_end as number)!,
    evidence: cut(row.evidence_start as number | null, row.evidence_end as number | null),
    participants: participants.get(Number(row.id)) ?? [],
    date: row.event_date as string | null,
    killed: row.killed === null ? null : Number(row.killed),
    certainty: row.certainty as Certainty,
    credibility: row.credibility === null ? null : Number(row.credibility),
  }));

  const quoteRows = await db.all<Record<string, unknown>>(
    `SELECT q.*, ${LATEST_CREDIBILITY('quote', 'q')} AS credibility FROM quotes q WHERE q.document_id = ? ORDER BY q.id`,
    [id],
  );
  const quotes: StoredQuote[] = quoteRows.map((row) => {
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

  const relationRows = await db.all<Record<string, unknown>>('SELECT r.* FROM relations r WHERE r.document_id = ? ORDER BY r.id', [id]);
  const relations: StoredRelation[] = relationRows.map((row) => ({
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
