import type { EntityMention, EntityType } from '../../extract/types.js';
import { placeholders, type SqlExecutor } from './executor.js';
import { compatibleTypes, freeEntityId, nameKey, VALUE_TYPES } from './entity-keys.js';

/** The mentions of one entity within a document, as the extractor grouped them. */
interface LocalEntity {
  localId: string;
  type: EntityType;
  name: string;
  keys: string[];
}

/**
 * Links a new document's named entities to canonical entities, inside the saving
 * transaction. A local entity joins, in this order: the live entity its extractor id names
 * (following merges); the entity an analyst or the alias file gave one of its names; the
 * entity most of its names' earlier mentions belong to; else a new entity. Returns the
 * canonical id for each local id (value types get none).
 */
export async function linkEntities(tx: SqlExecutor, mentions: readonly EntityMention[], now: string): Promise<Map<string, string>> {
  const links = new Map<string, string>();
  for (const local of localEntities(mentions)) {
    const types = compatibleTypes(local.type);
    const entityId =
      (await liveEntityById(tx, local.localId, types)) ??
      (await entityByAlias(tx, local.keys, types)) ??
      (await entityByMentions(tx, local.keys, types)) ??
      (await createEntity(tx, local, now));
    links.set(local.localId, entityId);
  }
  return links;
}

function localEntities(mentions: readonly EntityMention[]): LocalEntity[] {
  const groups = new Map<string, EntityMention[]>();
  for (const mention of mentions) {
    if (VALUE_TYPES.has(mention.type)) continue;
    const group = groups.get(mention.id) ?? [];
    group.push(mention);
    groups.set(mention.id, group);
  }
  return [...groups].map(([localId, group]) => ({
    localId,
    type: mostFrequent(group.map((m) => m.type)),
    // The longest form is the fullest name ("Vladimir Putin" over "Putin").
    name: group.reduce((best, m) => (m.text.length > best.length ? m.text : best), ''),
    keys: [...new Set(group.map((m) => nameKey(m.text)))],
  }));
}

function mostFrequent<T>(values: readonly T[]): T {
  const counts = new Map<T, number>();
  let best = values[0] as T;
  for (const value of values) {
    const count = (counts.get(value) ?? 0) + 1;
    counts.set(value, count);
    if (count > (counts.get(best) ?? 0)) best = value;
  }
  return best;
}

async function liveEntityById(tx: SqlExecutor, id: string, types: readonly EntityType[]): Promise<string | null> {
  const seen = new Set<string>();
  let current: string | null = id;
  while (current && !seen.has(current)) {
    seen.add(current);
    const rows: { type: string; merged_into: string | null }[] = await tx.all(
      'SELECT type, merged_into FROM entities WHERE id = ?',
      [current],
    );
    const row = rows[0];
    if (!row) return null;
    if (!row.merged_into) return types.includes(row.type as EntityType) ? current : null;
    current = row.merged_into;
  }
  return null;
}

async function entityByAlias(tx: SqlExecutor, keys: readonly string[], types: readonly EntityType[]): Promise<string | null> {
  const rows = await tx.all<{ entity_id: string }>(
    `SELECT a.entity_id FROM entity_aliases a JOIN entities e ON e.id = a.entity_id
     WHERE a.name_key IN (${placeholders(keys.length)}) AND e.merged_into IS NULL
       AND e.type IN (${placeholders(types.length)})
     ORDER BY a.id DESC LIMIT 1`,
    [...keys, ...types],
  );
  return rows[0]?.entity_id ?? null;
}

async function entityByMentions(tx: SqlExecutor, keys: readonly string[], types: readonly EntityType[]): Promise<string | null> {
  const rows = await tx.all<{ entity_id: string }>(
    `SELECT m.entity_id, count(*) AS uses FROM mentions m JOIN entities e ON e.id = m.entity_id
     WHERE m.name_key IN (${placeholders(keys.length)}) AND e.merged_into IS NULL
       AND e.type IN (${placeholders(types.length)})
     GROUP BY m.entity_id ORDER BY uses DESC, m.entity_id LIMIT 1`,
    [...keys, ...types],
  );
  return rows[0]?.entity_id ?? null;
}

async function createEntity(tx: SqlExecutor, local: LocalEntity, now: string): Promise<string> {
  const id = await freeEntityId(tx, local.localId, local.type);
  await tx.run('INSERT INTO entities (id, name, name_key, type, created_at) VALUES (?, ?, ?, ?, ?)', [
    id,
    local.name,
    nameKey(local.name),
    local.type,
    now,
  ]);
  return id;
}
