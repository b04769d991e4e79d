import type { EntityType } from '../../extract/types.js';
import { StoreRequestError } from '../errors.js';
import type { Actor, Alias, CanonicalEntity, EntityFilter, Paged, StoredMention } from '../store.js';
import type { SqlExecutor, SqlValue } from './executor.js';
import { nameKey } from './entity-keys.js';
import type { Window } from './paging.js';
import { MENTION_COLUMNS, toMention, type MentionRow } from './read-extraction.js';

const ENTITY_SELECT = `SELECT e.id, e.name, e.type, e.created_at, e.merged_into,
  (SELECT coalesce(sum(de.mentions), 0) FROM document_entities de WHERE de.entity_id = e.id) AS mention_count,
  (SELECT count(*) FROM document_entities de WHERE de.entity_id = e.id) AS document_count
  FROM entities e`;

interface EntityRow {
  id: string;
  name: string;
  type: string;
  created_at: string;
  merged_into: string | null;
  mention_count: number;
  document_count: number;
}

function toEntity(row: EntityRow): CanonicalEntity {
  return {
    id: row.id,
    name: row.name,
    type: row.type as EntityType,
    createdAt: row.created_at,
    mergedInto: row.merged_into,
    mentionCount: Number(row.mention_count),
    documentCount: Number(row.document_count),
  };
}

export async function readEntity(db: SqlExecutor, id: string): Promise<CanonicalEntity | null> {
  const rows = await db.all<EntityRow>(`${ENTITY_SELECT} WHERE e.id = ?`, [id]);
  return rows[0] ? toEntity(rows[0]) : null;
}

export async function listEntities(db: SqlExecutor, filter: EntityFilter, window: Window): Promise<Paged<CanonicalEntity>> {
  const where = ['e.merged_into IS NULL'];
  const params: SqlValue[] = [];
  if (filter.type) {
    where.push('e.type = ?');
    params.push(filter.type);
  }
  if (filter.namePrefix) {
    // The start of the name or of any word in it: "Putin" finds Vladimir Putin.
    const escaped = filter.namePrefix.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`);
    where.push("(lower(e.name) LIKE ? ESCAPE '\\' OR lower(e.name) LIKE ? ESCAPE '\\')");
    params.push(`${escaped}%`, `% ${escaped}%`);
  }
  const condition = where.join(' AND ');
  const [count] = await db.all<{ n: number }>(`SELECT count(*) AS n FROM entities e WHERE ${condition}`, params);
  const rows = await db.all<EntityRow>(
    `SELECT * FROM (${ENTITY_SELECT} WHERE ${condition}) listed ORDER BY mention_count DESC, id LIMIT ? OFFSET ?`,
    [...params, window.limit, window.offset],
  );
  return { items: rows.map(toEntity), total: Number(count!.n), ...window };
}

/** Every live entity, most mentioned first: one statement, where paging through all would count them once per page. */
export async function allEntities(db: SqlExecutor): Promise<CanonicalEntity[]> {
  const rows = await db.all<EntityRow>(`SELECT * FROM (${ENTITY_SELECT} WHERE e.merged_into IS NULL) listed ORDER BY mention_count DESC, id`);
  return rows.map(toEntity);
}

export async function listAliases(db: SqlExecutor, entityId: string): Promise<Alias[]> {
  const fromDocuments = await db.all<{ text: string; document_id: string; start_offset: number; end_offset: number; uses: number }>(
    `SELECT m.text, m.document_id, m.start_offset, m.end_offset, g.uses
     FROM mentions m JOIN (
       SELECT text, min(id) AS first_id, count(*) AS uses FROM mentions WHERE entity_id = ? GROUP BY text
     ) g ON g.first_id = m.id
     ORDER BY g.uses DESC, m.text`,
    [entityId],
  );
  const added = await db.all<{ name: string; source: string; added_by: string; reason: string; at: string }>(
    'SELECT name, source, added_by, reason, at FROM entity_aliases WHERE entity_id = ? ORDER BY id',
    [entityId],
  );
  return [
    ...fromDocuments.map((row): Alias => ({
      entityId, name: row.text, source: 'document', documentId: row.document_id, start: row.start_offset, end: row.end_offset,
      mentionCount: Number(row.uses), addedBy: null, reason: null, at: null,
    })),
    ...added.map((row): Alias => ({
      entityId, name: row.name, source: row.source as Alias['source'], documentId: null, start: null, end: null,
      mentionCount: 0, addedBy: row.added_by, reason: row.reason, at: row.at,
    })),
  ];
}

export async function addAlias(
  tx: SqlExecutor, entityId: string, name: string, source: 'alias-file' | 'analyst', actor: Actor, now: string,
): Promise<void> {
  if (!name.trim()) throw new StoreRequestError('name', 'an alias needs a name');
  if (source !== 'alias-file' && source !== 'analyst') throw new StoreRequestError('source', 'an added alias comes from the alias file or an analyst');
  if (!actor.who?.trim() || !actor.why?.trim()) throw new StoreRequestError('actor', 'say who adds the alias and why');
  const [entity] = await tx.all<{ merged_into: string | null }>('SELECT merged_into FROM entities WHERE id = ?', [entityId]);
  if (!entity) throw new StoreRequestError('entity', `no entity ${entityId}`);
  if (entity.merged_into) throw new StoreRequestError('entity', `${entityId} was merged into ${entity.merged_into}`);
  await tx.run('INSERT INTO entity_aliases (entity_id, name, name_key, source, added_by, reason, at) VALUES (?, ?, ?, ?, ?, ?, ?)', [
    entityId, name.trim(), nameKey(name), source, actor.who.trim(), actor.why.trim(), now,
  ]);
}

export async function entityDocumentIds(db: SqlExecutor, entityId: string): Promise<string[]> {
  const rows = await db.all<{ id: string }>(
    'SELECT d.id FROM document_entities de JOIN documents d ON d.id = de.document_id WHERE de.entity_id = ? ORDER BY d.seq',
    [entityId],
  );
  return rows.map((row) => row.id);
}

export async function listEntityMentions(db: SqlExecutor, entityId: string, window: Window): Promise<Paged<StoredMention>> {
  const [count] = await db.all<{ n: number }>('SELECT count(*) AS n FROM mentions WHERE entity_id = ?', [entityId]);
  const rows = await db.all<MentionRow>(
    `SELECT ${MENTION_COLUMNS} FROM mentions m JOIN documents d ON d.id = m.document_id
     WHERE m.entity_id = ? ORDER BY d.seq, m.start_offset, m.id LIMIT ? OFFSET ?`,
    [entityId, window.limit, window.offset],
  );
  return { items: rows.map(toMention), total: Number(count!.n), ...window };
}
