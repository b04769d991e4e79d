import type { EntityRef, EventView, QuoteView, RelationView } from '../api/dto.js';
import type { CanonicalEntity, StoredEvent, StoredQuote, StoredRelation } from '../store/store.js';

/** Entity ids to names and types, for views that show who rather than an id. */
export type EntityLookup = (id: string) => CanonicalEntity | undefined;

export function refs(ids: readonly string[], lookup: EntityLookup): EntityRef[] {
  const out: EntityRef[] = [];
  for (const id of new Set(ids)) {
    const entity = lookup(id);
    if (entity) out.push({ id: entity.id, name: entity.name, type: entity.type });
  }
  return out;
}

export function eventView(e: StoredEvent, lookup: EntityLookup): EventView {
  const role = (r: string) => e.participants.filter((p) => p.role === r).flatMap((p) => p.entityIds);
  return {
    id: e.id, documentId: e.documentId, type: e.type, trigger: e.trigger, evidence: e.evidence,
    actors: refs(role('actor'), lookup), targets: refs(role('target'), lookup), location: refs(role('location'), lookup)[0] ?? null,
    date: e.date, killed: e.killed, certainty: e.certainty, credibility: e.credibility,
  };
}

export function quoteView(q: StoredQuote, lookup: EntityLookup): QuoteView {
  return {
    id: q.id, documentId: q.documentId, speaker: refs(q.speakerEntityIds, lookup)[0] ?? null, speakerText: q.speakerText,
    speakerSpan: q.speakerSpan, speakerNamed: q.speakerNamed, cue: q.cue, cueSpan: q.cueSpan, content: q.content,
    direct: q.direct, certainty: q.certainty, credibility: q.credibility,
  };
}

export function relationView(r: StoredRelation, lookup: EntityLookup): RelationView | null {
  const source = refs(r.sourceEntityIds, lookup)[0];
  const target = refs(r.targetEntityIds, lookup)[0];
  return source && target ? { id: r.id, documentId: r.documentId, type: r.type, source, target, evidence: r.evidence } : null;
}
