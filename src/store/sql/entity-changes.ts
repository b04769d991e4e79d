import type { EntityType } from '../../extract/types.js';
import { StoreRequestError } from '../errors.js';
import type { Actor, EntityChange, EntityChangeKind, SplitSelection } from '../store.js';
import { placeholders, type SqlExecutor, type SqlValue } from './executor.js';
import { refreshDocumentEntities } from './document-entities.js';
import { freeEntityId, nameKey } from './entity-keys.js';

// Merges, splits and their undoing. Every change writes a row in entity_changes and one row
// per moved mention or alias in entity_change_moves, so it can be reversed exactly.

interface ChangeRow {
  id: number;
  kind: string;
  source_entity_id: string;
  target_entity_id: string;
  who: string;
  why: string;
  at: string;
  undoes: number | null;
  undone_by: number | null;
  moved: number;
}

const CHANGE_SELECT = `SELECT c.id, c.kind, c.source_entity_id, c.target_entity_id, c.who, c.why, c.at, c.undoes, c.undone_by,
  (SELECT count(*) FROM entity_change_moves mv WHERE mv.change_id = c.id) AS moved
  FROM entity_changes c`;

function toChange(row: ChangeRow): EntityChange {
  return {
    id: Number(row.id),
    kind: row.kind as EntityChangeKind,
    sourceEntityId: row.source_entity_id,
    targetEntityId: row.target_entity_id,
    who: row.who,
    why: row.why,
    at: row.at,
    undoes: row.undoes === null ? null : Number(row.undoes),
    undoneBy: row.undone_by === null ? null : Number(row.undone_by),
    moved: Number(row.moved),
  };
}

export async function readChange(db: SqlExecutor, id: number): Promise<EntityChange | null> {
  const rows = await db.all<ChangeRow>(`${CHANGE_SELECT} WHERE c.id = ?`, [id]);
  return rows[0] ? toChange(rows[0]) : null;
}

export async function listChanges(db: SqlExecutor, entityId?: string): Promise<EntityChange[]> {
  const rows = entityId
    ? await db.all<ChangeRow>(`${CHANGE_SELECT} WHERE c.source_entity_id = ? OR c.target_entity_id = ? ORDER BY c.id DESC`, [
        entityId,
        entityId,
      ])
    : await db.all<ChangeRow>(`${CHANGE_SELECT} ORDER BY c.id DESC`);
  return rows.map(toChange);
}

export async function mergeEntities(tx: SqlExecutor, sourceId: string, targetId: string, actor: Actor, now: string): Promise<number> {
  checkActor(actor);
  if (sourceId === targetId) throw new StoreRequestError('target', 'an entity cannot be merged into itself');
  await requireLive(tx, sourceId, 'source');
  await requireLive(tx, targetId, 'target');
  const changeId = await insertChange(tx, 'merge', sourceId, targetId, actor, now, null);
  await moveItems(tx, changeId, 'mention', 'mentions', 'entity_id = ?', [sourceId], targetId);
  await moveItems(tx, changeId, 'alias', 'entity_aliases', 'entity_id = ?', [sourceId], targetId);
  await tx.run('UPDATE entities SET merged_into = ? WHERE id = ?', [targetId, sourceId]);
  await refreshDocumentEntities(tx, changeId);
  return changeId;
}

export async function splitEntity(
  tx: SqlExecutor,
  entityId: string,
  selection: SplitSelection,
  newEntity: { name: string; type?: EntityType },
  actor: Actor,
  now: string,
): Promise<number> {
  checkActor(actor);
  const entity = await requireLive(tx, entityId, 'entity');
  const name = newEntity.name.trim();
  if (!name) throw new StoreRequestError('name', 'the new entity needs a name');
  const mentionWhere = selectionWhere(selection);
  if (!mentionWhere) throw new StoreRequestError('selection', 'name the mentions, documents or names to split off');
  const type = newEntity.type ?? entity.type;
  const newId = await freeEntityId(tx, name, type);
  await tx.run('INSERT INTO entities (id, name, name_key, type, created_at) VALUES (?, ?, ?, ?, ?)', [newId, name, nameKey(name), type, now]);
  const changeId = await insertChange(tx, 'split', entityId, newId, actor, now, null);
  const movedMentions = await moveItems(
    tx, changeId, 'mention', 'mentions', `entity_id = ? AND (${mentionWhere.sql})`, [entityId, ...mentionWhere.params], newId,
  );
  const keys = (selection.names ?? []).map(nameKey);
  if (keys.length > 0) {
    await moveItems(tx, changeId, 'alias', 'entity_aliases', `entity_id = ? AND name_key IN (${placeholders(keys.length)})`, [entityId, ...keys], newId);
  }
  if (movedMentions === 0) throw new StoreRequestError('selection', `no mention of ${entityId} matches the selection`);
  await refreshDocumentEntities(tx, changeId);
  return changeId;
}

export async function undoChange(tx: SqlExecutor, changeId: number, actor: Actor, now: string): Promise<number> {
  checkActor(actor);
  const change = await readChange(tx, changeId);
  if (!change) throw new StoreRequestError('change', `no entity change ${changeId}`);
  if (change.kind === 'undo') throw new StoreRequestError('change', 'an undo is not undone; make the change again');
  if (change.undoneBy !== null) throw new StoreRequestError('change', `change ${changeId} was already undone by ${change.undoneBy}`);
  const moves = await tx.all<{ item_kind: string; item_id: number; from_entity_id: string; to_entity_id: string }>(
    'SELECT item_kind, item_id, from_entity_id, to_entity_id FROM entity_change_moves WHERE change_id = ?',
    [changeId],
  );
  for (const move of moves) {
    const table = move.item_kind === 'mention' ? 'mentions' : 'entity_aliases';
    const [row] = await tx.all<{ entity_id: string }>(`SELECT entity_id FROM ${table} WHERE id = ?`, [move.item_id]);
    if (row && row.entity_id !== move.to_entity_id) {
      throw new StoreRequestError('change', `a later change moved its items on; undo that first (${move.item_kind} ${move.item_id} is now on ${row.entity_id})`);
    }
  }
  const undoId = await insertChange(tx, 'undo', change.targetEntityId, change.sourceEntityId, actor, now, changeId);
  for (const move of moves) {
    const table = move.item_kind === 'mention' ? 'mentions' : 'entity_aliases';
    await tx.run(`UPDATE ${table} SET entity_id = ? WHERE id = ?`, [move.from_entity_id, move.item_id]);
    await tx.run(
      'INSERT INTO entity_change_moves (change_id, item_kind, item_id, from_entity_id, to_entity_id) VALUES (?, ?, ?, ?, ?)',
      [undoId, move.item_kind, move.item_id, move.to_entity_id, move.from_entity_id],
    );
  }
  if (change.kind === 'merge') {
    await tx.run('UPDATE entities SET merged_into = NULL WHERE id = ?', [change.sourceEntityId]);
  } else {
    // The split-off entity is empty again; it redirects to where its mentions went back.
    await tx.run('UPDATE entities SET merged_into = ? WHERE id = ?', [change.sourceEntityId, change.targetEntityId]);
  }
  await tx.run('UPDATE entity_changes SET undone_by = ? WHERE id = ?', [undoId, changeId]);
  await refreshDocumentEntities(tx, undoId);
  return undoId;
}

function checkActor(actor: Actor) {
  if (!actor.who?.trim()) throw new StoreRequestError('who', 'say who makes the change');
  if (!actor.why?.trim()) throw new StoreRequestError('why', 'say why the change is made');
}

async function requireLive(tx: SqlExecutor, id: string, field: string): Promise<{ type: EntityType }> {
  const [row] = await tx.all<{ type: string; merged_into: string | null }>('SELECT type, merged_into FROM entities WHERE id = ?', [id]);
  if (!row) throw new StoreRequestError(field, `no entity ${id}`);
  if (row.merged_into) throw new StoreRequestError(field, `${id} was merged into ${row.merged_into}`);
  return { type: row.type as EntityType };
}

async function insertChange(
  tx: SqlExecutor, kind: EntityChangeKind, sourceId: string, targetId: string, actor: Actor, now: string, undoes: number | null,
): Promise<number> {
  const [row] = await tx.all<{ id: number }>(
    'INSERT INTO entity_changes (kind, source_entity_id, target_entity_id, who, why, at, undoes) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id',
    [kind, sourceId, targetId, actor.who.trim(), actor.why.trim(), now, undoes],
  );
  return Number(row!.id);
}

/** Records then moves the rows of `table` matching `where` to `toEntity`; returns how many. */
async function moveItems(
  tx: SqlExecutor, changeId: number, kind: 'mention' | 'alias', table: string, where: string, params: SqlValue[], toEntity: string,
): Promise<number> {
  const moved = await tx.run(
    `INSERT INTO entity_change_moves (change_id, item_kind, item_id, from_entity_id, to_entity_id)
     SELECT CAST(? AS BIGINT), CAST(? AS TEXT), id, entity_id, CAST(? AS TEXT) FROM ${table} WHERE ${where}`,
    [changeId, kind, toEntity, ...params],
  );
  await tx.run(`UPDATE ${table} SET entity_id = ? WHERE id IN (SELECT item_id FROM entity_change_moves WHERE change_id = ? AND item_kind = ?)`, [
    toEntity,
    changeId,
    kind,
  ]);
  return moved;
}

function selectionWhere(selection: SplitSelection): { sql: string; params: SqlValue[] } | null {
  const parts: string[] = [];
  const params: SqlValue[] = [];
  if (selection.mentionIds?.length) {
    parts.push(`id IN (${placeholders(selection.mentionIds.length)})`);
    params.push(...selection.mentionIds);
  }
  if (selection.documentIds?.length) {
    parts.push(`document_id IN (${placeholders(selection.documentIds.length)})`);
    params.push(...selection.documentIds);
  }
  if (selection.names?.length) {
    parts.push(`name_key IN (${placeholders(selection.names.length)})`);
    params.push(...selection.names.map(nameKey));
  }
  return parts.length ? { sql: parts.join(' OR '), params } : null;
}
