import { foldName, slugify } from '../../extract/entities/names.js';
import type { EntityType } from '../../extract/types.js';
import type { SqlExecutor } from './executor.js';

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
  const candidates = [slug, `${slug}-${type.toLowerCase()}`];
  for (let n = 2; ; n++) {
    const candidate = candidates.shift() ?? `${slug}-${type.toLowerCase()}-${n}`;
    const taken = await db.all('SELECT 1 FROM entities WHERE id = ?', [candidate]);
    if (taken.length === 0) return candidate;
  }
}
