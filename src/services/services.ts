// What the CLI and the HTTP API can ask of a corpus. Both are thin callers of these; the
// implementation (corpus-services.ts) works over any Store.

import type {
  BoardShow, ClaimsPage, CredibilityRecord, EdgeEvidencePage, DocumentSummary, DocumentView, EntityProfile, EntitySummary, Failure, GraphView,
  MapResponse, OutletGrade, Paged, ProfileList, ProfileListPage, SearchResponse, TimelineItem,
} from '../api/dto.js';

export interface PageRequest {
  limit?: number;
  offset?: number;
}

export interface SearchRequest extends PageRequest {
  q: string;
  entity?: string[];
  type?: string;
  outlet?: string;
  from?: string;
  to?: string;
  eventType?: string;
}

export interface ClaimsRequest extends PageRequest {
  show?: BoardShow;
  kind?: 'event' | 'claim';
}

export interface TimelineFilter {
  actor?: string;
  type?: string;
  place?: string;
}

/** Who made a change by hand, and why: recorded with every analyst decision. */
export interface ChangeBy {
  who: string;
  why: string;
}

export interface Services {
  listDocuments(request: PageRequest & { outlet?: string }): Promise<Paged<DocumentSummary>>;
  document(id: string): Promise<DocumentView>;
  search(request: SearchRequest): Promise<SearchResponse>;
  listEntities(request: PageRequest & { q?: string; type?: string }): Promise<Paged<EntitySummary>>;
  /** By id, or by a name or alias when no id matches. */
  entity(idOrName: string): Promise<EntityProfile>;
  /** One of the profile's lists in full (the profile holds the newest of each), a page at a time. */
  entityList(idOrName: string, list: ProfileList, request: PageRequest): Promise<ProfileListPage>;
  merge(keep: string, remove: string, by: ChangeBy): Promise<EntityProfile>;
  split(id: string, names: string[], by: ChangeBy): Promise<EntityProfile>;
  /** Reverses a merge or split (see the profile's `changes`); returns the entity the change kept or made. */
  undo(changeId: number, by: ChangeBy): Promise<EntityProfile>;
  graph(entities: string[], depth: number): Promise<GraphView>;
  path(from: string, to: string): Promise<GraphView>;
  /** All the sentences supporting one link of the graph (a view carries its first few). */
  edgeEvidence(edgeId: string, request: PageRequest): Promise<EdgeEvidencePage>;
  timeline(filter: TimelineFilter): Promise<{ items: TimelineItem[] }>;
  map(): Promise<MapResponse>;
  /** Reads the corpus for the views (graph, timeline, map, claims) now rather than on first use. */
  prepareViews(): Promise<{ documents: number; seconds: number }>;
  /** The claims board, most disputed and most corroborated first, a page at a time. */
  claims(request: ClaimsRequest): Promise<ClaimsPage>;
  listSourceGrades(): Promise<OutletGrade[]>;
  gradeSource(outlet: string, grade: string, by: ChangeBy): Promise<OutletGrade>;
  gradeItem(kind: 'event' | 'quote', id: number, credibility: number, by: ChangeBy): Promise<CredibilityRecord>;
  /** Oldest first. */
  failures(request: PageRequest): Promise<Paged<Failure>>;
}

/** Something asked for does not exist: 404 over HTTP, a one-line error on the command line. */
export class NotFoundError extends Error {
  override readonly name = 'NotFoundError';
}

/** A request that cannot be carried out as asked: 400 over HTTP. */
export class BadRequestError extends Error {
  override readonly name = 'BadRequestError';
}
