export { findRelations } from './find-relations.js';
export type { RelationMention } from './mention-classes.js';
