import { slugify } from '../../extract/entities/names.js';
import type { EntityType } from '../../extract/types.js';
import { StoreRequestError } from '../errors.js';
import type { Actor, AliasImportEntry, AliasImportResult } from '../store.js';
import type { SqlExecutor } from './executor.js';
import { nameKey } from './entity-keys.js';

/**
 * Brings an alias file into the store: each entry's entity (id = the slug of its name, as the
 * extractor names it) is created when missing, and each of its names not yet recorded from
 * the alias file is added with source 'alias-file'. Running it again adds nothing.
 */
export async function importAliases(
  tx: SqlExecutor, entries: readonly AliasImportEntry[], actor: Actor, now: string,
): Promise<AliasImportResult> {
  if (!actor.who?.trim() || !actor.why?.trim()) throw new StoreRequestError('actor', 'say who imports the aliases and why');
  const result: AliasImportResult = { entities: 0, aliases: 0 };
  for (const entry of entries) {
    if (!entry.name.trim()) throw new StoreRequestError('name', 'an alias-file entry needs a name');
    const entityId = await liveOrCreated(tx, slugify(entry.name), entry.name.trim(), entry.type, now, result);
    const known = new Set(
      (await tx.all<{ name_key: string }>("SELECT name_key FROM entity_aliases WHERE entity_id = ? AND source = 'alias-file'", [entityId]))
        .map((row) => row.name_key),
    );
    for (const name of [entry.name, ...entry.aliases]) {
      const key = nameKey(name);
      if (!name.trim() || known.has(key)) continue;
      known.add(key);
      await tx.run(
        "INSERT INTO entity_aliases (entity_id, name, name_key, source, added_by, reason, at) VALUES (?, ?, ?, 'alias-file', ?, ?, ?)",
        [entityId, name.trim(), key, actor.who.trim(), actor.why.trim(), now],
      );
      result.aliases++;
    }
  }
  return result;
}

/** The entity with this id (or what it was merged into), created when missing. */
async function liveOrCreated(
  tx: SqlExecutor, id: string, name: string, type: EntityType, now: string, result: AliasImportResult,
): Promise<string> {
  let current = id;
  for (let hops = 0; hops < 20; hops++) {
    const [row] = await tx.all<{ merged_into: string | null }>('SELECT merged_into FROM entities WHERE id = ?', [current]);
    if (!row) break;
    if (!row.merged_into) return current;
    current = row.merged_into;
  }
  await tx.run('INSERT INTO entities (id, name, name_key, type, created_at) VALUES (?, ?, ?, ?, ?)', [id, name, nameKey(name), type, now]);
  result.entities++;
  return id;
}
