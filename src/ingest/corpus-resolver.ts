// Entities resolved across the corpus as documents arrive: the pure resolver
// (src/extract/resolve/) sees every stored document's mentions plus the new one, the new
// document is saved with corpus ids, and where the new evidence joins entities that earlier
// documents kept apart ("Putin" alone, then "Vladimir Putin"), the store records a merge by
// the resolver with its reason, reversible like an analyst's.

import type { AliasTable } from '../extract/entities/aliases.js';
import type { Extraction } from '../extract/extraction.js';
import { EntityResolver, withCorpusIds, type Capitals, type IdChange } from '../extract/resolve/index.js';
import type { ResolutionInput, Store } from '../store/store.js';

export const RESOLVER_ACTOR = 'resolver';

export class CorpusResolver {
  private resolver: EntityResolver | null = null;
  /** Content hashes of the documents the resolver holds: stored ones, and those resolved here. */
  private readonly held = new Set<string>();

  constructor(private readonly store: Store, private readonly knowledge: { aliases: AliasTable; capitals: Capitals }) {}

  /** Documents the resolver holds (stored ones once seeded, plus those resolved since). */
  get size(): number {
    return this.documents;
  }

  private documents = 0;

  /**
   * Several new documents at once, with corpus-wide entity ids and names, ready to save. The
   * resolver re-clusters the whole corpus on each call, so ingest calls it per batch.
   */
  async resolve(articles: readonly { key: string; text: string; extraction: Extraction }[]): Promise<{
    resolved: { extraction: Extraction; names: Record<string, string> }[];
    changes: IdChange[];
  }> {
    const resolver = await this.seeded();
    await this.catchUp(resolver);
    for (const a of articles) {
      resolver.add({ file: a.key, text: a.text, entities: a.extraction.entities });
      this.held.add(a.key);
    }
    this.documents += articles.length;
    const { ids, changes } = resolver.resolve();
    const first = this.documents - articles.length;
    const resolved = articles.map((a, i) => {
      const extraction = withCorpusIds(a.extraction, ids.idMap(first + i), ids.mentionIds(first + i));
      const names = Object.fromEntries([...new Set(extraction.entities.map((e) => e.id))].flatMap((id) => {
        const name = ids.nameOf(id);
        return name === undefined ? [] : [[id, name]];
      }));
      return { extraction, names };
    });
    resolver.compact();
    return { resolved, changes };
  }

  /** Merges, in the store, entities the resolver now takes for one; returns how many. */
  async apply(changes: IdChange[]): Promise<number> {
    let merged = 0;
    for (const change of changes) {
      const from = await this.live(change.from);
      const to = await this.live(change.to);
      if (!from || !to || from === to) continue;
      await this.store.mergeEntities(from, to, { who: RESOLVER_ACTOR, why: `resolved as one entity when a later document linked "${change.from}" to "${change.to}"` });
      merged++;
    }
    return merged;
  }

  /** The resolver, fed once with every stored document (their stored ids are the baseline). */
  private async seeded(): Promise<EntityResolver> {
    if (this.resolver) return this.resolver;
    const resolver = new EntityResolver(this.knowledge.aliases, { capitals: this.knowledge.capitals });
    for await (const stored of this.store.resolutionInputs()) this.hold(resolver, stored);
    resolver.resolve();
    resolver.compact();
    this.resolver = resolver;
    return resolver;
  }

  /**
   * Documents another process saved since (another `dossier worker` on the same store) join
   * the resolver first, resolved on their own, so that the new batch's changes reach them too.
   */
  private async catchUp(resolver: EntityResolver): Promise<void> {
    const missing = (await this.store.contentHashes()).filter((d) => !this.held.has(d.contentHash)).map((d) => d.documentId);
    if (missing.length === 0) return;
    for await (const stored of this.store.resolutionInputs(missing)) this.hold(resolver, stored);
    resolver.resolve();
    resolver.compact();
  }

  private hold(resolver: EntityResolver, stored: ResolutionInput): void {
    this.documents++;
    this.held.add(stored.contentHash);
    resolver.add({
      file: stored.documentId,
      text: stored.text,
      entities: stored.mentions.map((m) => ({ start: m.start, end: m.end, text: m.text, type: m.type, id: m.entityId ?? m.localId, ...(m.value ? { value: m.value } : {}) })),
    });
  }

  private async live(id: string): Promise<string | null> {
    const seen = new Set<string>();
    let entity = await this.store.getEntity(id);
    while (entity?.mergedInto && !seen.has(entity.id)) {
      seen.add(entity.id);
      entity = await this.store.getEntity(entity.mergedInto);
    }
    return entity?.id ?? null;
  }
}
