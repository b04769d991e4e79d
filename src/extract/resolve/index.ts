export { resolveEntities, type ResolveOptions } from './resolve-entities.js';
export { stateMetonymCue, type Capitals, type StateOfCapital } from './metonymy.js';
export { EntityResolver, type IdChange } from './entity-resolver.js';
export { withCorpusIds } from './rewrite-ids.js';
export type { AliasSource, CanonicalEntity, Merge, MentionRef, Resolution, ResolverDocument, ResolverMention } from './types.js';
