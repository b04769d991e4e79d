// The HTTP API as the UI sees it. Types mirror the server's responses (src/api/ on the
// server side); the UI talks to nothing else.

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
export interface SearchResponse {
  total: number; limit: number; offset: number; hits: SearchHit[];
  facets: Record<'outlet' | 'entity' | 'entityType' | 'eventType', FacetCount[]>;
}

export interface Alias { name: string; source: string; documentId: string | null; start: number | null; end: number | null; mentionCount: number; addedBy: string | null; reason: string | null }
export interface EntityChange { id: number; kind: string; sourceEntityId: string; targetEntityId: string; who: string; why: string; at: string; undoneBy: number | null }
export interface EntitySummary { id: string; name: string; type: string; mentionCount: number; documentCount: number }
export interface EntityProfile extends EntitySummary {
  aliases: Alias[]; documents: DocumentSummary[]; mentionsByMonth: { month: string; count: number }[];
  firstSeen: string | null; lastSeen: string | null; eventsAsActor: EventView[]; eventsAsTarget: EventView[];
  quotesBy: QuoteView[]; quotesAbout: QuoteView[]; relations: RelationView[]; changes: EntityChange[]; geo: Geo | null;
}

export interface Evidence { documentId: string; start: number; end: number; text: string }
export interface GraphNodeView { id: string; name: string; type: string; mentions: number; degree: number; betweenness: number; community: number }
export interface GraphEdgeView { id: string; source: string; target: string; kind: string; evidence: Evidence[] }
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

export interface Failure { input: string; reason: string; at: string }

export class ApiError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

async function request<T>(path: string, init?: RequestInit): Promise<T> {
  const response = await fetch(path, { ...init, headers: { 'content-type': 'application/json', ...(init?.headers ?? {}) } });
  const body = await response.json().catch(() => null);
  if (!response.ok) throw new ApiError(response.status, (body as { error?: string } | null)?.error ?? response.statusText);
  return body as T;
}

function query(params: Record<string, string | number | string[] | undefined | null>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value)) value.forEach((v) => search.append(key, v));
    else search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

export const api = {
  documents: (params: { limit?: number; offset?: number; outlet?: string } = {}) => request<Paged<DocumentSummary>>(`/api/documents${query(params)}`),
  document: (id: string) => request<DocumentView>(`/api/documents/${encodeURIComponent(id)}`),
  search: (params: { q: string; entity?: string[]; type?: string; outlet?: string; from?: string; to?: string; eventType?: string; limit?: number; offset?: number }) =>
    request<SearchResponse>(`/api/search${query(params)}`),
  entities: (params: { q?: string; type?: string; limit?: number; offset?: number } = {}) => request<Paged<EntitySummary>>(`/api/entities${query(params)}`),
  entity: (id: string) => request<EntityProfile>(`/api/entities/${encodeURIComponent(id)}`),
  merge: (keep: string, remove: string, who: string, why: string) =>
    request<EntityProfile>('/api/entities/merge', { method: 'POST', body: JSON.stringify({ keep, remove, who, why }) }),
  split: (id: string, names: string[], who: string, why: string) =>
    request<EntityProfile>(`/api/entities/${encodeURIComponent(id)}/split`, { method: 'POST', body: JSON.stringify({ names, who, why }) }),
  graph: (entities: string[], depth = 1) => request<GraphView>(`/api/graph${query({ entity: entities, depth })}`),
  path: (from: string, to: string) => request<GraphView>(`/api/graph/path${query({ from, to })}`),
  timeline: (params: { actor?: string; type?: string; place?: string } = {}) => request<{ items: TimelineItem[] }>(`/api/timeline${query(params)}`),
  map: () => request<FeatureCollection>('/api/map'),
  claims: () => request<{ items: BoardItem[] }>('/api/claims'),
  gradeSource: (outlet: string, grade: string, who: string, reason: string) =>
    request<unknown>(`/api/grades/sources/${encodeURIComponent(outlet)}`, { method: 'PUT', body: JSON.stringify({ grade, who, reason }) }),
  gradeItem: (kind: 'event' | 'quote', id: number, credibility: number, who: string, reason: string) =>
    request<unknown>(`/api/grades/${kind}/${id}`, { method: 'PUT', body: JSON.stringify({ credibility, who, reason }) }),
  failures: () => request<{ items: Failure[] }>('/api/failures'),
};
