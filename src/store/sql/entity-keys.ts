import { foldName, slugify } from '../../extract/entities/names.js';
import type { EntityType } from '../../extract/types.js';
import { placeholders, type SqlExecutor } from './executor.js';

/** Dates and numbers are values, not entities: they get no canonical entity. */
export const VALUE_TYPES: ReadonlySet<EntityType> = new Set([
  'DATE', 'TIME', 'MONEY', 'PERCENT', 'QUANTITY', 'CARDINAL', 'ORDINAL',
]);

// The tagger confuses organisations, states, places and groups with one another far more
// than with people, so these share a group when names are compared across documents.
const ACTOR_TYPES: readonly EntityType[] = ['ORG', 'GPE', 'LOC', 'FAC', 'NORP'];

/** The types a mention of `type` may be resolved to. */
export function compatibleTypes(type: EntityType): readonly EntityType[] {
  return ACTOR_TYPES.includes(type) ? ACTOR_TYPES : [type];
}

/** The key names are compared by: case, accents, punctuation and a leading "the" ignored. */
export function nameKey(name: string): string {
  return foldName(name) || name.toLowerCase();
}

/** An entity id not yet taken: the slug of the name (or the given base), then with type, then numbered. */
export async function freeEntityId(db: SqlExecutor, base: string, type: EntityType): Promise<string> {
  const slug = slugify(base);
  const typed = `${slug}-${type.toLowerCase()}`;
  const nth = (n: number) => (n === 0 ? slug : n === 1 ? typed : `${typed}-${n}`);
  // Candidates are read in growing batches, not one query each: a common name may have many.
  for (let from = 0, size = 8; ; from += size, size *= 2) {
    const candidates = Array.from({ length: size }, (_, i) => nth(from + i));
    const rows = await db.all<{ id: string }>(`SELECT id FROM entities WHERE id IN (${placeholders(size)})`, candidates);
    const taken = new Set(rows.map((row) => row.id));
    const free = candidates.find((id) => !taken.has(id));
    if (free) return free;
  }
}
