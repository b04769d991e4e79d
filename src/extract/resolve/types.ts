import type { EntityType } from '../types.js';

/** An entity mention of one document as the contract prints it: `id` is the in-document id. */
export interface ResolverMention {
  start: number;
  end: number;
  text: string;
  type: EntityType;
  id: string;
  value?: string;
}

/** One document's extraction as the resolver needs it. `file` names it in the output. */
export interface ResolverDocument {
  file: string;
  entities: ResolverMention[];
  /** The document's text, when known: lets a capital written for its state be told from the city. */
  text?: string;
}

export interface MentionRef {
  file: string;
  start: number;
  end: number;
  text: string;
}

/** A name the entity is written as, and the files it is written so in. */
export interface AliasSource {
  name: string;
  files: string[];
}

/** Why two names were taken for one entity. */
export interface Merge {
  names: [string, string];
  reason: string;
}

/** An entity across documents. */
export interface CanonicalEntity {
  /** Slug of the canonical name, made unique in the corpus. */
  id: string;
  name: string;
  type: EntityType;
  aliases: AliasSource[];
  mentions: MentionRef[];
  merges: Merge[];
}

export interface Resolution {
  entities: CanonicalEntity[];
  /** Per document (in the order given): in-document id → corpus id (of its literal mentions, if some were metonyms). */
  idMaps: Map<string, string>[];
  /** Per document: "start:end" of each mention → corpus id. Differs from idMaps only for "Moscow" meaning Russia. */
  mentionIds: Map<string, string>[];
}
