import type { AliasTable } from '../entities/aliases.js';
import { localEntities, type LocalEntity } from './local-entities.js';
import { NameKeyCache } from './name-keys.js';
import { resolveLocals, type ResolveOptions } from './resolve-entities.js';
import type { Resolution, ResolverDocument } from './types.js';

/** In one document, the corpus id its mentions had at the last resolution and the one they have now. */
export interface IdChange {
  file: string;
  from: string;
  to: string;
}

/**
 * Resolution as documents arrive (the store adds them as they are ingested). `add` keeps a
 * document's in-document entities; `resolve` clusters the whole corpus again (linear in its
 * size, so resolve after a batch of additions rather than after each one) and reports the ids
 * that changed in documents resolved before: a lone "Putin" becomes `vladimir-putin` once a
 * full name arrives, and "Smith" leaves John Smith when a Jane Smith appears.
 */
export class EntityResolver {
  private readonly docs: ResolverDocument[] = [];
  private readonly locals: LocalEntity[] = [];
  private readonly keys: NameKeyCache;
  private current: Resolution = { entities: [], idMaps: [], mentionIds: [] };
  private resolvedDocs = 0;

  constructor(private readonly aliases: AliasTable, private readonly options: ResolveOptions = {}) {
    this.keys = options.keys ?? new NameKeyCache();
  }

  add(doc: ResolverDocument): void {
    this.locals.push(...localEntities(doc, this.docs.length, this.aliases, this.options.capitals));
    this.docs.push(doc);
  }

  resolve(): { resolution: Resolution; changes: IdChange[] } {
    if (this.resolvedDocs === this.docs.length) return { resolution: this.current, changes: [] };
    const before = this.current;
    this.current = resolveLocals(this.docs, this.locals, this.aliases, this.keys);
    this.resolvedDocs = this.docs.length;
    const changes: IdChange[] = [];
    before.mentionIds.forEach((ids, d) => {
      const seen = new Set<string>();
      for (const [span, from] of ids) {
        const to = this.current.mentionIds[d]!.get(span)!;
        if (to === from || seen.has(`${from}\u0000${to}`)) continue;
        seen.add(`${from}\u0000${to}`);
        changes.push({ file: this.docs[d]!.file, from, to });
      }
    });
    return { resolution: this.current, changes };
  }
}
