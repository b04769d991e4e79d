import type { Extraction } from '../../extract/extraction.js';
import type { EntityList } from '../store.js';

// Which of an article's events, quotes and relations belong to which of its entities: the rule
// of an entity's profile lists. A row belongs to an entity when a mention of the entity carries
// the row's local id in the same document (an event's actor or target, a quote's speaker, a
// relation's either side); a quote is about an entity mentioned inside its words that is not its
// speaker; a relation counts only when both its sides are entities.
//
// document_entities keeps each (document, entity)'s count per list: counted from the extraction
// when the document is saved (countListRows, the same rule over the rows about to be written,
// without planning a statement per document), and by entityListCounts whenever an entity change
// moves mentions and when migration 6 filled them, so that must keep reading as it does. The kill
// -9 checks compare the kept counts with entityListCounts; a test compares both ways of counting.

/** The lists made of an article's rows (the documents list is document_entities itself). */
export type RowList = Exclude<EntityList, 'documents'>;

/** Each list's count column in document_entities. */
export const COUNT_COLUMNS: Record<RowList, string> = {
  eventsAsActor: 'events_as_actor',
  eventsAsTarget: 'events_as_target',
  quotesBy: 'quotes_by',
  quotesAbout: 'quotes_about',
  relations: 'relations',
};

export const ROW_LISTS = Object.keys(COUNT_COLUMNS) as RowList[];

/**
 * The list's rows as distinct (document_id, entity_id, id), in the documents `documents` names
 * (SQL for an IN list: placeholders or a subquery; it is written into the statement as many
 * times as `documentsUses(list)` says), or in every document when it is omitted.
 */
export function entityRows(list: RowList, documents?: string): string {
  const within = (column: string) => (documents === undefined ? 'true' : `${column} IN (${documents})`);
  switch (list) {
    case 'eventsAsActor':
    case 'eventsAsTarget':
      return `SELECT DISTINCT e.document_id, m.entity_id, e.id FROM events e
        JOIN event_participants p ON p.event_id = e.id AND p.role = '${list === 'eventsAsActor' ? 'actor' : 'target'}'
        JOIN mentions m ON m.document_id = e.document_id AND m.local_id = p.local_id
        WHERE ${within('e.document_id')} AND m.entity_id IS NOT NULL`;
    case 'quotesBy':
      return `SELECT DISTINCT q.document_id, m.entity_id, q.id FROM quotes q
        JOIN mentions m ON m.document_id = q.document_id AND m.local_id = q.speaker_local_id
        WHERE ${within('q.document_id')} AND m.entity_id IS NOT NULL`;
    case 'quotesAbout':
      return `SELECT DISTINCT q.document_id, m.entity_id, q.id FROM quotes q
        JOIN mentions m ON m.document_id = q.document_id AND m.start_offset >= q.content_start AND m.end_offset <= q.content_end
        WHERE ${within('q.document_id')} AND m.entity_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM mentions s
          WHERE s.document_id = q.document_id AND s.local_id = q.speaker_local_id AND s.entity_id = m.entity_id)`;
    case 'relations': {
      const side = (column: string) => `SELECT r.document_id, m.entity_id, r.id FROM relations r
        JOIN mentions m ON m.document_id = r.document_id AND m.local_id = r.${column}
        WHERE ${within('r.document_id')} AND m.entity_id IS NOT NULL
          AND EXISTS (SELECT 1 FROM mentions s WHERE s.document_id = r.document_id AND s.local_id = r.source_local_id AND s.entity_id IS NOT NULL)
          AND EXISTS (SELECT 1 FROM mentions t WHERE t.document_id = r.document_id AND t.local_id = r.target_local_id AND t.entity_id IS NOT NULL)`;
      return `${side('source_local_id')} UNION ${side('target_local_id')}`;
    }
  }
}

/** How many times entityRows writes `documents` into its statement. */
export function documentsUses(list: RowList): number {
  return list === 'relations' ? 2 : 1;
}

/**
 * Per (document, entity) with a row in any list, how many in each (the COUNT_COLUMNS): what
 * document_entities keeps. `documents` as for entityRows, written LIST_COUNTS_USES times.
 */
export function entityListCounts(documents?: string): string {
  const tagged = ROW_LISTS.map((list, i) => `SELECT x.document_id, x.entity_id, ${i} AS list FROM (${entityRows(list, documents)}) x`);
  const counts = ROW_LISTS.map((list, i) => `sum(CASE WHEN t.list = ${i} THEN 1 ELSE 0 END) AS ${COUNT_COLUMNS[list]}`);
  return `SELECT t.document_id, t.entity_id, ${counts.join(', ')} FROM (${tagged.join(' UNION ALL ')}) t GROUP BY t.document_id, t.entity_id`;
}

export const LIST_COUNTS_USES = ROW_LISTS.reduce((n, list) => n + documentsUses(list), 0);

/**
 * The same counts for one document being saved, from its extraction and the entity each local
 * id was linked to (none for values such as dates): entity id → count per list, entities with
 * no row in any list left out.
 */
export function countListRows(extraction: Extraction, entityOf: (localId: string) => string | undefined): Map<string, Record<RowList, number>> {
  const counts = new Map<string, Record<RowList, number>>();
  const add = (list: RowList, entities: Iterable<string | undefined>) => {
    for (const entity of new Set(entities)) {
      if (entity === undefined) continue;
      const row = counts.get(entity) ?? { eventsAsActor: 0, eventsAsTarget: 0, quotesBy: 0, quotesAbout: 0, relations: 0 };
      row[list] += 1;
      counts.set(entity, row);
    }
  };
  for (const event of extraction.events) {
    add('eventsAsActor', event.actors.map(entityOf));
    add('eventsAsTarget', event.targets.map(entityOf));
  }
  for (const quote of extraction.quotes) {
    const speaker = quote.speaker ? entityOf(quote.speaker) : undefined;
    add('quotesBy', [speaker]);
    const inside = extraction.entities.filter((m) => m.start >= quote.content.start && m.end <= quote.content.end).map((m) => entityOf(m.id));
    add('quotesAbout', inside.filter((entity) => entity !== speaker));
  }
  for (const relation of extraction.relations) {
    const [source, target] = [entityOf(relation.source), entityOf(relation.target)];
    if (source !== undefined && target !== undefined) add('relations', [source, target]);
  }
  return counts;
}
