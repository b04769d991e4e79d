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

interface Candidate {
  entityId: string;
  type: EntityType;
  /** How strongly it matches: alias rows or earlier mentions with the name. */
  weight: number;
}

/**
 * Links a new document's named entities to canonical entities, inside the saving
 * transaction. A local entity joins, in this order: the live entity its extractor id names
 * (following merges); the entity an analyst or the alias file gave one of its names; the
 * entity most of its names' earlier mentions belong to; where its id names an entity of
 * another type, an entity of its own name and type group (the one made the first time the id
 * and type met); else a new entity. Returns the
 * canonical id for each local id (value types get none). A few queries per document, not
 * per entity.
 */
export async function linkEntities(
  tx: SqlExecutor,
  mentions: readonly EntityMention[],
  now: string,
  resolvedNames?: Readonly<Record<string, string>>,
): Promise<Map<string, string>> {
  const locals = localEntities(mentions).map((local) => ({ ...local, name: resolvedNames?.[local.localId] ?? local.name }));
  const links = new Map<string, string>();
  if (locals.length === 0) return links;

  const byId = await liveEntitiesById(tx, locals.map((local) => local.localId));
  const unresolved = locals.filter((local) => {
    const own = byId.get(local.localId);
    return !own || !compatibleTypes(local.type).includes(own.type);
  });
  // Names are looked up only for entities their id did not settle: the common case of a
  // known entity costs one query, and counting a popular name's mentions is skipped.
  const keys = [...new Set(unresolved.flatMap((local) => local.keys))];
  const byAlias = keys.length === 0 ? new Map<string, Candidate[]>() : await candidatesByName(
    tx,
    keys,
    `SELECT a.name_key, a.entity_id, e.type, count(*) AS weight FROM entity_aliases a JOIN entities e ON e.id = a.entity_id
     WHERE a.name_key IN (${placeholders(keys.length)}) AND e.merged_into IS NULL GROUP BY a.name_key, a.entity_id, e.type`,
  );
  // Ids resolved across the corpus already weighed every earlier name: matching names again
  // would undo the resolver's decisions (ISIS-K joining ISIS by a shared word).
  const byMentions = keys.length === 0 || resolvedNames ? new Map<string, Candidate[]>() : await candidatesByName(
    tx,
    keys,
    `SELECT m.name_key, m.entity_id, e.type, count(*) AS weight FROM mentions m JOIN entities e ON e.id = m.entity_id
     WHERE m.name_key IN (${placeholders(keys.length)}) AND e.merged_into IS NULL GROUP BY m.name_key, m.entity_id, e.type`,
  );

  // An id already taken by another type ("Washington" the person, then the place): without
  // this, every later document naming the place would make a new entity of its own.
  const clashing = [...new Set(unresolved.filter((local) => byId.has(local.localId)).map((local) => nameKey(local.name)))];
  const byOwnName = clashing.length === 0 ? new Map<string, Candidate[]>() : await candidatesByName(
    tx,
    clashing,
    `SELECT name_key, id AS entity_id, type, 1 AS weight FROM entities WHERE name_key IN (${placeholders(clashing.length)}) AND merged_into IS NULL`,
  );

  for (const local of locals) {
    const types = compatibleTypes(local.type);
    const own = byId.get(local.localId);
    const entityId =
      (own && types.includes(own.type) ? own.entityId : null) ??
      best(local.keys, byAlias, types) ??
      best(local.keys, byMentions, types) ??
      (own ? best([nameKey(local.name)], byOwnName, types) : null) ??
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
    name: entityName(localId, group),
    keys: [...new Set(group.map((m) => nameKey(m.text)))],
  }));
}

/**
 * The form whose letters spell the extractor's id ("Islamic State" for islamic-state, not
 * "ISIS"), else the longest ("Vladimir Putin" over "Putin").
 */
function entityName(localId: string, group: readonly EntityMention[]): string {
  const idKey = localId.replace(/-/g, '');
  const spelled = group.find((m) => nameKey(m.text) === idKey);
  return spelled?.text ?? group.reduce((longest, m) => (m.text.length > longest.length ? m.text : longest), '');
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

/** The live entity each id names, following merges (a merged-away id leads to what it joined). */
async function liveEntitiesById(tx: SqlExecutor, ids: readonly string[]): Promise<Map<string, Candidate>> {
  const found = new Map<string, Candidate>();
  let pending = new Map(ids.map((id) => [id, id])); // original id → id to look up next
  for (let hops = 0; pending.size > 0 && hops < 20; hops++) {
    const lookup = [...new Set(pending.values())];
    const rows = await tx.all<{ id: string; type: string; merged_into: string | null }>(
      `SELECT id, type, merged_into FROM entities WHERE id IN (${placeholders(lookup.length)})`,
      lookup,
    );
    const byId = new Map(rows.map((row) => [row.id, row]));
    const next = new Map<string, string>();
    for (const [original, current] of pending) {
      const row = byId.get(current);
      if (!row) continue;
      if (row.merged_into) next.set(original, row.merged_into);
      else found.set(original, { entityId: row.id, type: row.type as EntityType, weight: 1 });
    }
    pending = next;
  }
  return found;
}

async function candidatesByName(tx: SqlExecutor, keys: readonly string[], sql: string): Promise<Map<string, Candidate[]>> {
  const rows = await tx.all<{ name_key: string; entity_id: string; type: string; weight: number }>(sql, keys);
  const byKey = new Map<string, Candidate[]>();
  for (const row of rows) {
    const list = byKey.get(row.name_key) ?? [];
    list.push({ entityId: row.entity_id, type: row.type as EntityType, weight: Number(row.weight) });
    byKey.set(row.name_key, list);
  }
  return byKey;
}

/** The compatible entity with the most weight over all of a local entity's names. */
function best(keys: readonly string[], candidates: Map<string, Candidate[]>, types: readonly EntityType[]): string | null {
  const totals = new Map<string, number>();
  for (const key of keys) {
    for (const candidate of candidates.get(key) ?? []) {
      if (types.includes(candidate.type)) totals.set(candidate.entityId, (totals.get(candidate.entityId) ?? 0) + candidate.weight);
    }
  }
  let winner: string | null = null;
  for (const [entityId, total] of totals) {
    if (winner === null || total > totals.get(winner)! || (total === totals.get(winner)! && entityId < winner)) winner = entityId;
  }
  return winner;
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
