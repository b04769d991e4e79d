import type { AliasTable } from '../entities/aliases.js';
import { assignIds, documentIds } from './canonical.js';
import { localEntities, type LocalEntity } from './local-entities.js';
import { NameKeyCache } from './name-keys.js';
import { clusterLocals, resolveLocals, type ResolveOptions } from './resolve-entities.js';
import type { Resolution, ResolverDocument } from './types.js';

/** In one document, the corpus id its mentions had at the last resolution and the one they have now. */
export interface IdChange {
  file: string;
  from: string;
  to: string;
}

/** The corpus ids of the last resolution, read per document (numbered in the order added). */
export interface CorpusIds {
  /** In-document id → corpus id (of its literal mentions, if some were metonyms). */
  idMap(doc: number): Map<string, string>;
  /** "start:end" of each mention → corpus id. */
  mentionIds(doc: number): Map<string, string>;
  /** The canonical name of a corpus id. */
  nameOf(id: string): string | undefined;
}

/**
 * Resolution as documents arrive (the store adds them as they are ingested). `add` keeps a
 * document's in-document entities; `resolve` clusters the whole corpus again (linear in its
 * size, so resolve after a batch of additions rather than after each one) and reports the ids
 * that changed in documents resolved before: a lone "Putin" becomes `vladimir-putin` once a
 * full name arrives, and "Smith" leaves John Smith when a Jane Smith appears. Only ids and
 * names are worked out per resolution; `resolution()` gives the full account.
 */
export class EntityResolver {
  private readonly docs: ResolverDocument[] = [];
  private readonly locals: LocalEntity[] = [];
  /** Where each document's local entities start in `locals` (they are added together), then the end. */
  private readonly docStarts: number[] = [0];
  private readonly keys: NameKeyCache;
  /** The corpus id of each local entity at the last resolution. */
  private localIds: string[] = [];
  private names = new Map<string, string>();
  private resolvedDocs = 0;
  /** Documents whose mentions and text have been let go (the first `compacted`). */
  private compacted = 0;

  constructor(private readonly aliases: AliasTable, private readonly options: ResolveOptions = {}) {
    this.keys = options.keys ?? new NameKeyCache();
  }

  add(doc: ResolverDocument): void {
    this.locals.push(...localEntities(doc, this.docs.length, this.aliases, this.options.capitals));
    this.docs.push(doc);
    this.docStarts.push(this.locals.length);
  }

  resolve(): { ids: CorpusIds; changes: IdChange[] } {
    const changes: IdChange[] = [];
    if (this.resolvedDocs !== this.docs.length) {
      const before = this.localIds;
      const { clusters, localIds } = assignIds(this.locals, clusterLocals(this.locals, this.keys));
      for (let d = 0; d < this.resolvedDocs; d++) {
        const seen = new Set<string>();
        for (let i = this.docStarts[d]!; i < this.docStarts[d + 1]!; i++) {
          const from = before[i]!;
          const to = localIds[i]!;
          if (to === from || seen.has(`${from}\u0000${to}`)) continue;
          seen.add(`${from}\u0000${to}`);
          changes.push({ file: this.docs[d]!.file, from, to });
        }
      }
      this.localIds = localIds;
      this.names = new Map(clusters.map((c) => [c.id, c.name]));
      this.resolvedDocs = this.docs.length;
    }
    const localIds = this.localIds;
    const names = this.names;
    const ofDocument = (doc: number) => documentIds(this.locals, localIds, range(this.docStarts[doc]!, this.docStarts[doc + 1]!));
    return {
      ids: { idMap: (doc) => ofDocument(doc).idMap, mentionIds: (doc) => ofDocument(doc).mentionIds, nameOf: (id) => names.get(id) },
      changes,
    };
  }

  /**
   * Lets go of the mentions and texts of the documents resolved so far, keeping what clustering
   * needs (names and their counts, keys): a corpus held for re-resolution as it grows needs
   * far less memory. Their per-mention ids (`mentionIds`) are no longer known, nor is `resolution()`.
   */
  compact(): void {
    for (let d = this.compacted; d < this.resolvedDocs; d++) {
      for (let i = this.docStarts[d]!; i < this.docStarts[d + 1]!; i++) this.locals[i]!.mentions = [];
      this.docs[d] = { file: this.docs[d]!.file, entities: [] };
    }
    this.compacted = this.resolvedDocs;
  }

  /** Every entity with its aliases, mentions and merge reasons, as `resolveEntities` gives them (costly on a large corpus). */
  resolution(): Resolution {
    if (this.compacted > 0) throw new Error('the full resolution needs every mention: this resolver was compacted');
    return resolveLocals(this.docs, this.locals, this.aliases, this.keys);
  }
}

function* range(from: number, to: number): Generator<number> {
  for (let i = from; i < to; i++) yield i;
}
