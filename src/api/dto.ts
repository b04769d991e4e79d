// The HTTP API's response shapes: one definition for the server (src/api/) and the web UI
// (web/src/api.ts imports these types). Spans are character offsets into the document text.

import type { FeatureCollection } from 'geojson';

export type Certainty = 'asserted' | 'reported' | 'hedged' | 'denied' | 'hypothetical';
export interface Span { start: number; end: number }
export interface TextSpan extends Span { text: string }
export interface Geo { lat: number; lon: number; country: string | null; precision: 'country' | 'region' | 'city' | 'point'; name: string }
export interface EntityRef { id: string; name: string; type: string }

export interface DocumentSummary {
  id: string; title: string | null; published: string | null; outlet: string | null; url: string | null;
  ingestedAt: string; status?: 'current' | 'superseded' | 'duplicate'; grade?: string;
}
export interface Paged<T> { items: T[]; total: number; limit: number; offset: number }

export interface Mention extends TextSpan { id: number; type: string; entityId: string | null; value: string | null; geo: Geo | null }
export interface EventView {
  id: number; documentId: string; type: string; trigger: TextSpan; evidence: TextSpan | null;
  actors: EntityRef[]; targets: EntityRef[]; location: EntityRef | null; date: string | null;
  killed: number | null; certainty: Certainty; credibility: number | null;
}
export interface QuoteView {
  id: number; documentId: string; speaker: EntityRef | null; speakerText: string | null; speakerSpan: TextSpan | null;
  speakerNamed: boolean; cue: string | null; cueSpan: TextSpan | null; content: TextSpan; direct: boolean;
  certainty: Certainty; credibility: number | null;
}
export interface RelationView { id: number; documentId: string; type: string; source: EntityRef; target: EntityRef; evidence: TextSpan }
export interface DocumentView {
  document: DocumentSummary & { text: string; path: string | null; duplicateOf: string | null; versionOf: string | null };
  boilerplate: Span[]; mentions: Mention[]; events: EventView[]; quotes: QuoteView[]; relations: RelationView[];
}

export interface Highlight { start: number; end: number }
export interface SearchHit { document: DocumentSummary; snippet: string; highlights: Highlight[]; score: number }
export interface FacetCount { value: string; label?: string; count: number }
export interface SearchResponse extends Paged<SearchHit> {
  facets: Record<'outlet' | 'entity' | 'entityType' | 'eventType' | 'month', FacetCount[]>;
  /** How many of the best-ranked hits the facet counts cover (all of them when few). */
  facetHits: number;
}

export interface Alias { name: string; source: string; documentId: string | null; start: number | null; end: number | null; mentionCount: number; addedBy: string | null; reason: string | null }
export interface EntityChange { id: number; kind: string; sourceEntityId: string; targetEntityId: string; who: string; why: string; at: string; undoneBy: number | null }
export interface EntitySummary { id: string; name: string; type: string; mentionCount: number; documentCount: number }
/** The profile's long lists: each holds its newest items (at most 50), `totals` how many there are in all. */
export type ProfileList = 'documents' | 'eventsAsActor' | 'eventsAsTarget' | 'quotesBy' | 'quotesAbout' | 'relations';
/** A page of one of a profile's lists (GET /api/entities/{id}/lists/{list}). */
export type ProfileListPage = Paged<DocumentSummary> | Paged<EventView> | Paged<QuoteView> | Paged<RelationView>;

export interface EntityProfile extends EntitySummary {
  aliases: Alias[]; documents: DocumentSummary[];
  /** Articles naming it only outside the article text proper (captions, credits): not mentions. */
  namedOutsideText: DocumentSummary[]; mentionsByMonth: { month: string; count: number }[];
  firstSeen: string | null; lastSeen: string | null; eventsAsActor: EventView[]; eventsAsTarget: EventView[];
  quotesBy: QuoteView[]; quotesAbout: QuoteView[]; relations: RelationView[]; changes: EntityChange[]; geo: Geo | null;
  totals: Record<ProfileList, number>;
}

export interface Evidence { documentId: string; start: number; end: number; text: string }
export interface GraphNodeView { id: string; name: string; type: string; mentions: number; degree: number; betweenness: number; community: number }
/** A link; `evidence` holds its first sentences (at most GRAPH_EVIDENCE), `evidenceCount` all of them (the rest: /api/graph/edges/{id}). */
export interface GraphEdgeView { id: string; source: string; target: string; kind: string; evidenceCount: number; evidence: Evidence[] }
/** A page of one link's evidence. */
export interface EdgeEvidencePage extends Paged<Evidence> { edge: { id: string; source: string; target: string; kind: string } }
export interface GraphView { nodes: GraphNodeView[]; edges: GraphEdgeView[] }

export interface TimelineItem {
  id: string; type: string; label: string; start: string; end: string; precision: 'day' | 'month' | 'year';
  actors: EntityRef[]; targets: EntityRef[]; location: EntityRef | null; certainty: Certainty;
  credibility: number; reports: { eventId: number; documentId: string; evidence: TextSpan | null }[];
}

export interface ClaimSide { value: string; reports: string[] }
export interface BoardReport { key: string; kind: 'event' | 'quote'; id: number; documentId: string; outlet: string | null; grade: string; text: string; certainty: Certainty; supports: boolean }
export interface BoardItem {
  key: string; kind: 'event' | 'claim'; summary: string; independentSources: number;
  credibility: number; reason: string; override: { credibility: number; who: string; reason: string; at: string } | null;
  contradictions: { kind: string; sides: ClaimSide[] }[]; reports: BoardReport[];
}

/** Which items of the claims board to show: every one, those with a contradiction, those with two or more independent sources. */
export type BoardShow = 'all' | 'contested' | 'corroborated';
/** A page of the board, and how many items each filter would show (of the kind asked for). */
export interface ClaimsPage extends Paged<BoardItem> { counts: Record<BoardShow, number> }

export interface Failure { input: string; reason: string; at: string }

export type MapResponse = FeatureCollection;

export interface SourceGradeChange { outlet: string; grade: string; who: string; reason: string; at: string }
export interface OutletGrade { outlet: string; grade: string; history: SourceGradeChange[] }
export interface CredibilityRecord { current: number | null; history: { credibility: number; who: string; reason: string; at: string }[] }
