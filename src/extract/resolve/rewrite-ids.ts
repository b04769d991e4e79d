import type { Extraction } from '../extraction.js';

/**
 * The extraction with every in-document entity id (entities, event participants, quote
 * speakers, relation ends) replaced by its corpus id; ids the map lacks are kept. An entity
 * mention found in `mentionIds` (by "start:end") takes that id: a capital meaning its state.
 */
export function withCorpusIds(extraction: Extraction, ids: Map<string, string>, mentionIds?: Map<string, string>): Extraction {
  const to = (id: string) => ids.get(id) ?? id;
  return {
    ...extraction,
    entities: extraction.entities.map((e) => ({ ...e, id: mentionIds?.get(`${e.start}:${e.end}`) ?? to(e.id) })),
    events: extraction.events.map((e) => ({
      ...e,
      actors: e.actors.map(to),
      targets: e.targets.map(to),
      location: e.location === null ? null : to(e.location),
    })),
    quotes: extraction.quotes.map((q) => ({ ...q, speaker: q.speaker === null ? null : to(q.speaker) })),
    relations: extraction.relations.map((r) => ({ ...r, source: to(r.source), target: to(r.target) })),
  };
}
