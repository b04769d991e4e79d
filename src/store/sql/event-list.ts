import type { Certainty, EventType } from '../../extract/types.js';
import type { EventFilter, EventParticipant, Paged, StoredEvent } from '../store.js';
import { placeholders, type SqlExecutor, type SqlValue } from './executor.js';
import type { Window } from './paging.js';
import { LATEST_CREDIBILITY } from './read-extraction.js';

// Events across documents (timeline, watchlists): when it happened if known, else when it
// was published. Spans' texts are the stored ones, equal to the document's text there.
const WHEN = 'coalesce(e.event_date, d.published)';

interface EventRow {
  id: number;
  document_id: string;
  type: string;
  trigger_start: number;
  trigger_end: number;
  trigger_text: string;
  evidence_start: number | null;
  evidence_end: number | null;
  evidence_text: string | null;
  event_date: string | null;
  killed: number | null;
  certainty: string;
  credibility: number | null;
}

export async function listEvents(db: SqlExecutor, filter: EventFilter, window: Window): Promise<Paged<StoredEvent>> {
  const where: string[] = ['1 = 1'];
  const params: SqlValue[] = [];
  if (filter.type) {
    where.push('e.type = ?');
    params.push(filter.type);
  }
  if (filter.documentId) {
    where.push('e.document_id = ?');
    params.push(filter.documentId);
  }
  if (filter.entityId) {
    where.push(`EXISTS (SELECT 1 FROM event_participants p JOIN mentions m ON m.document_id = e.document_id AND m.local_id = p.local_id
      WHERE p.event_id = e.id AND m.entity_id = ?)`);
    params.push(filter.entityId);
  }
  if (filter.from) {
    where.push(`${WHEN} >= ?`);
    params.push(filter.from);
  }
  if (filter.to) {
    where.push(`substr(${WHEN}, 1, ?) <= ?`);
    params.push(filter.to.length, filter.to);
  }
  const from = `FROM events e JOIN documents d ON d.id = e.document_id WHERE ${where.join(' AND ')}`;
  const [count] = await db.all<{ n: number }>(`SELECT count(*) AS n ${from}`, params);
  const rows = await db.all<EventRow>(
    `SELECT e.id, e.document_id, e.type, e.trigger_start, e.trigger_end, e.trigger_text, e.evidence_start, e.evidence_end,
       e.evidence_text, e.event_date, e.killed, e.certainty, ${LATEST_CREDIBILITY('event', 'e')} AS credibility
     ${from} ORDER BY (${WHEN} IS NULL), ${WHEN} DESC, e.id DESC LIMIT ? OFFSET ?`,
    [...params, window.limit, window.offset],
  );
  const participants = await participantsOf(db, rows.map((row) => Number(row.id)));
  const items = rows.map((row): StoredEvent => ({
    id: Number(row.id),
    documentId: row.document_id,
    type: row.type as EventType,
    trigger: { start: row.trigger_start, end: row.trigger_end, text: row.trigger_text },
    evidence:
      row.evidence_start === null || row.evidence_end === null
        ? null
        : { start: row.evidence_start, end: row.evidence_end, text: row.evidence_text ?? '' },
    participants: participants.get(Number(row.id)) ?? [],
    date: row.event_date,
    killed: row.killed === null ? null : Number(row.killed),
    certainty: row.certainty as Certainty,
    credibility: row.credibility === null ? null : Number(row.credibility),
  }));
  return { items, total: Number(count!.n), ...window };
}

async function participantsOf(db: SqlExecutor, eventIds: readonly number[]): Promise<Map<number, EventParticipant[]>> {
  const byEvent = new Map<number, EventParticipant[]>();
  if (eventIds.length === 0) return byEvent;
  const rows = await db.all<{ event_id: number; role: string; local_id: string; entity_id: string | null }>(
    `SELECT DISTINCT p.event_id, p.role, p.local_id, m.entity_id FROM event_participants p
     JOIN events e ON e.id = p.event_id
     LEFT JOIN mentions m ON m.document_id = e.document_id AND m.local_id = p.local_id AND m.entity_id IS NOT NULL
     WHERE p.event_id IN (${placeholders(eventIds.length)})
     ORDER BY p.event_id, p.role, p.local_id, m.entity_id`,
    eventIds,
  );
  for (const row of rows) {
    const eventId = Number(row.event_id);
    const list = byEvent.get(eventId) ?? [];
    let participant = list.find((p) => p.role === row.role && p.localId === row.local_id);
    if (!participant) {
      participant = { role: row.role as EventParticipant['role'], localId: row.local_id, entityIds: [] };
      list.push(participant);
    }
    if (row.entity_id) participant.entityIds.push(row.entity_id);
    byEvent.set(eventId, list);
  }
  return byEvent;
}
