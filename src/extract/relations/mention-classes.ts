import type { EntityType } from '../types.js';

/** What relation patterns need to know about a mention: where it is, what it is, which entity. */
export interface RelationMention {
  start: number;
  end: number;
  text: string;
  type: EntityType;
  id: string;
}

// re3d (and news) let states act as agents, so places that are states count as actors too.
const ACTORS = new Set<EntityType>(['PERSON', 'ORG', 'GPE', 'NORP']);
const PLACES = new Set<EntityType>(['GPE', 'LOC', 'FAC']);
const GROUPS = new Set<EntityType>(['ORG', 'GPE', 'NORP']);
const AMOUNTS = new Set<EntityType>(['CARDINAL', 'QUANTITY', 'MONEY', 'PERCENT']);
const VALUES = new Set<EntityType>(['DATE', 'TIME', 'CARDINAL', 'QUANTITY', 'MONEY', 'PERCENT', 'ORDINAL']);

export const isActor = (m: RelationMention): boolean => ACTORS.has(m.type);
export const isPerson = (m: RelationMention): boolean => m.type === 'PERSON';
export const isPlace = (m: RelationMention): boolean => PLACES.has(m.type);
export const isGroup = (m: RelationMention): boolean => GROUPS.has(m.type);
export const isAmount = (m: RelationMention): boolean => AMOUNTS.has(m.type);
export const isValue = (m: RelationMention): boolean => VALUES.has(m.type);
/** Anything a place can hold or a number can count: not a date or a number itself. */
export const isThing = (m: RelationMention): boolean => !VALUES.has(m.type);
