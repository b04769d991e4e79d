// The response shapes of dto.ts as zod schemas, for the OpenAPI document (/openapi.json).
// dto.ts stays the plain-type source the web UI imports; the checks at the end of this file
// fail the build when the two drift apart.

import { z } from '@hono/zod-openapi';
import type * as Dto from './dto.js';

const certainty = z.enum(['asserted', 'reported', 'hedged', 'denied', 'hypothetical']);
const span = z.object({ start: z.number().int(), end: z.number().int() });
const textSpan = span.extend({ text: z.string() }).openapi('TextSpan', { description: 'Character offsets into the document text, with the text there.' });
const geo = z.object({
  lat: z.number(), lon: z.number(), country: z.string().nullable(),
  precision: z.enum(['country', 'region', 'city', 'point']), name: z.string(),
}).openapi('Geo');
const entityRef = z.object({ id: z.string(), name: z.string(), type: z.string() }).openapi('EntityRef');
const paged = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item), total: z.number().int(), limit: z.number().int(), offset: z.number().int() });

export const DocumentSummary = z.object({
  id: z.string(), title: z.string().nullable(), published: z.string().nullable(), outlet: z.string().nullable(), url: z.string().nullable(),
  ingestedAt: z.string(), status: z.enum(['current', 'superseded', 'duplicate']).optional(), grade: z.string().optional(),
}).openapi('DocumentSummary');
export const DocumentPage = paged(DocumentSummary).openapi('DocumentPage');

const mention = textSpan.extend({ id: z.number().int(), type: z.string(), entityId: z.string().nullable(), value: z.string().nullable(), geo: geo.nullable() }).openapi('Mention');
const eventView = z.object({
  id: z.number().int(), documentId: z.string(), type: z.string(), trigger: textSpan, evidence: textSpan.nullable(),
  actors: z.array(entityRef), targets: z.array(entityRef), location: entityRef.nullable(), date: z.string().nullable(),
  killed: z.number().nullable(), certainty, credibility: z.number().int().nullable(),
}).openapi('Event');
const quoteView = z.object({
  id: z.number().int(), documentId: z.string(), speaker: entityRef.nullable(), speakerText: z.string().nullable(), speakerSpan: textSpan.nullable(),
  speakerNamed: z.boolean(), cue: z.string().nullable(), cueSpan: textSpan.nullable(), content: textSpan, direct: z.boolean(),
  certainty, credibility: z.number().int().nullable(),
}).openapi('Quote');
const relationView = z.object({ id: z.number().int(), documentId: z.string(), type: z.string(), source: entityRef, target: entityRef, evidence: textSpan }).openapi('Relation');

export const DocumentView = z.object({
  document: DocumentSummary.extend({ text: z.string(), path: z.string().nullable(), duplicateOf: z.string().nullable(), versionOf: z.string().nullable() }),
  boilerplate: z.array(span), mentions: z.array(mention), events: z.array(eventView), quotes: z.array(quoteView), relations: z.array(relationView),
}).openapi('DocumentView');

const facetCount = z.object({ value: z.string(), label: z.string().optional(), count: z.number().int() });
export const SearchResponse = paged(z.object({
  document: DocumentSummary, snippet: z.string(), highlights: z.array(span), score: z.number(),
})).extend({
  facets: z.object({ outlet: z.array(facetCount), entity: z.array(facetCount), entityType: z.array(facetCount), eventType: z.array(facetCount), month: z.array(facetCount) }),
  facetHits: z.number().int().openapi({ description: 'how many of the best-ranked hits the facet counts cover (all when few)' }),
}).openapi('SearchResponse');

export const EntitySummary = z.object({ id: z.string(), name: z.string(), type: z.string(), mentionCount: z.number().int(), documentCount: z.number().int() }).openapi('EntitySummary');
export const EntityPage = paged(EntitySummary).openapi('EntityPage');
const alias = z.object({
  name: z.string(), source: z.string(), documentId: z.string().nullable(), start: z.number().int().nullable(), end: z.number().int().nullable(),
  mentionCount: z.number().int(), addedBy: z.string().nullable(), reason: z.string().nullable(),
}).openapi('Alias');
const entityChange = z.object({
  id: z.number().int(), kind: z.string(), sourceEntityId: z.string(), targetEntityId: z.string(), who: z.string(), why: z.string(), at: z.string(),
  undoneBy: z.number().int().nullable(),
}).openapi('EntityChange');
export const EntityProfile = EntitySummary.extend({
  aliases: z.array(alias), documents: z.array(DocumentSummary),
  namedOutsideText: z.array(DocumentSummary).openapi({ description: 'Articles naming it only outside the article text proper (captions, credits): not mentions.' }),
  mentionsByMonth: z.array(z.object({ month: z.string(), count: z.number().int() })),
  firstSeen: z.string().nullable(), lastSeen: z.string().nullable(), eventsAsActor: z.array(eventView), eventsAsTarget: z.array(eventView),
  quotesBy: z.array(quoteView), quotesAbout: z.array(quoteView), relations: z.array(relationView), changes: z.array(entityChange), geo: geo.nullable(),
  totals: z.object({
    documents: z.number().int(), eventsAsActor: z.number().int(), eventsAsTarget: z.number().int(),
    quotesBy: z.number().int(), quotesAbout: z.number().int(), relations: z.number().int(),
  }).openapi({ description: 'how many items each list has in all; the lists hold the newest (at most 50), the rest through /api/entities/{id}/lists/{list}' }),
}).openapi('EntityProfile');
export const ProfileListPage = z.union([paged(DocumentSummary), paged(eventView), paged(quoteView), paged(relationView)]).openapi('ProfileListPage');

const evidence = z.object({ documentId: z.string(), start: z.number().int(), end: z.number().int(), text: z.string() });
export const GraphView = z.object({
  nodes: z.array(z.object({ id: z.string(), name: z.string(), type: z.string(), mentions: z.number().int(), degree: z.number(), betweenness: z.number(), community: z.number().int() })),
  edges: z.array(z.object({
    id: z.string(), source: z.string(), target: z.string(), kind: z.string(),
    evidenceCount: z.number().int().openapi({ description: 'sentences supporting the link' }),
    evidence: z.array(evidence).openapi({ description: 'the first of them (at most 3); all of them: /api/graph/edges/{id}' }),
  })),
}).openapi('GraphView');
export const EdgeEvidence = paged(evidence).extend({
  edge: z.object({ id: z.string(), source: z.string(), target: z.string(), kind: z.string() }),
}).openapi('EdgeEvidence');

export const Timeline = z.object({
  items: z.array(z.object({
    id: z.string(), type: z.string(), label: z.string(), start: z.string(), end: z.string(), precision: z.enum(['day', 'month', 'year']),
    actors: z.array(entityRef), targets: z.array(entityRef), location: entityRef.nullable(), certainty, credibility: z.number().int(),
    reports: z.array(z.object({ eventId: z.number().int(), documentId: z.string(), evidence: textSpan.nullable() })),
  })),
}).openapi('Timeline');

export const MapResponse = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(z.object({
    type: z.literal('Feature'),
    geometry: z.object({ type: z.literal('Point'), coordinates: z.array(z.number()).openapi({ description: '[longitude, latitude]' }) }),
    properties: z.record(z.string(), z.unknown()).openapi({ description: 'kind (place or event), id, name, precision, count; events also label, date, certainty, documentId' }),
  })),
}).openapi('MapResponse');

const boardReport = z.object({
  key: z.string(), kind: z.enum(['event', 'quote']), id: z.number().int(), documentId: z.string(), outlet: z.string().nullable(), grade: z.string(),
  text: z.string(), certainty, supports: z.boolean(),
});
const boardItem = z.object({
    key: z.string(), kind: z.enum(['event', 'claim']), summary: z.string(), independentSources: z.number().int(),
    credibility: z.number().int(), reason: z.string(),
    override: z.object({ credibility: z.number().int(), who: z.string(), reason: z.string(), at: z.string() }).nullable(),
    contradictions: z.array(z.object({ kind: z.string(), sides: z.array(z.object({ value: z.string(), reports: z.array(z.string()) })) })),
    reports: z.array(boardReport),
});
export const ClaimsBoard = paged(boardItem).extend({
  counts: z.object({ all: z.number().int(), contested: z.number().int(), corroborated: z.number().int() })
    .openapi({ description: 'how many items each filter shows, of the kind asked for' }),
}).openapi('ClaimsBoard');

export const OutletGrade = z.object({
  outlet: z.string(), grade: z.string(),
  history: z.array(z.object({ outlet: z.string(), grade: z.string(), who: z.string(), reason: z.string(), at: z.string() })),
}).openapi('OutletGrade');
export const OutletGrades = z.array(OutletGrade);
export const CredibilityRecord = z.object({
  current: z.number().int().nullable(),
  history: z.array(z.object({ credibility: z.number().int(), who: z.string(), reason: z.string(), at: z.string() })),
}).openapi('CredibilityRecord');
export const Failures = paged(z.object({ input: z.string(), reason: z.string(), at: z.string() })).openapi('Failures');

// Compile-time: each schema describes exactly its dto.ts type.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Described<S extends z.ZodType, T> = Same<z.infer<S>, T>;
const inStep: [
  Described<typeof DocumentPage, Dto.Paged<Dto.DocumentSummary>>, Described<typeof DocumentView, Dto.DocumentView>,
  Described<typeof SearchResponse, Dto.SearchResponse>, Described<typeof EntityPage, Dto.Paged<Dto.EntitySummary>>,
  Described<typeof EntityProfile, Dto.EntityProfile>, Described<typeof ProfileListPage, Dto.ProfileListPage>, Described<typeof GraphView, Dto.GraphView>, Described<typeof EdgeEvidence, Dto.EdgeEvidencePage>,
  Described<typeof Timeline, { items: Dto.TimelineItem[] }>, Described<typeof ClaimsBoard, Dto.ClaimsPage>,
  Described<typeof OutletGrade, Dto.OutletGrade>, Described<typeof CredibilityRecord, Dto.CredibilityRecord>,
  Described<typeof Failures, Dto.Paged<Dto.Failure>>,
] = [true, true, true, true, true, true, true, true, true, true, true, true, true];
void inStep;
