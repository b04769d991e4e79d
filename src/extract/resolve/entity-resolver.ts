import type { AliasTable } from '../entities/aliases.js';
import { resolveEntities, type ResolveOptions } from './resolve-entities.js';
import type { Resolution, ResolverDocument } from './types.js';

/** An id that an earlier resolution gave a document's entity and the one it has now. */
export interface IdChange {
  file: string;
  localId: string;
  from: string;
  to: string;
}

/**
 * Resolution as documents arrive (the store adds each one as it is ingested). The corpus is
 * resolved again on each addition (linear in the corpus, so n additions cost O(n²); batch
 * with resolveEntities when documents come together), which lets a later document undo an
 * earlier guess: "Smith" leaves John Smith when Jane Smith appears. `add` reports the ids of
 * earlier documents that changed (a lone "Putin" becoming `vladimir-putin` once a full name
 * arrives), so stored ids can follow.
 */
export class EntityResolver {
  private readonly docs: ResolverDocument[] = [];
  private current: Resolution = { entities: [], idMaps: [], mentionIds: [] };

  constructor(private readonly aliases: AliasTable, private readonly options: ResolveOptions = {}) {}

  add(doc: ResolverDocument): IdChange[] {
    const before = this.current;
    this.docs.push(doc);
    this.current = resolveEntities(this.docs, this.aliases, this.options);
    const changes: IdChange[] = [];
    before.idMaps.forEach((ids, d) => {
      for (const [localId, from] of ids) {
        const to = this.current.idMaps[d]!.get(localId)!;
        if (to !== from) changes.push({ file: this.docs[d]!.file, localId, from, to });
      }
    });
    return changes;
  }

  resolution(): Resolution {
    return this.current;
  }
}
