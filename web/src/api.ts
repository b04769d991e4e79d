// The HTTP API as the UI sees it: the UI talks to nothing else. The response types are the
// server's own (src/api/dto.ts).

import type {
  BoardShow, ClaimsPage, DocumentSummary, EdgeEvidencePage, DocumentView, EntityProfile, EntitySummary, Failure, GraphView, MapResponse, Paged, ProfileList, ProfileListPage,
  SearchResponse, TimelineItem,
} from '../../src/api/dto';

export type * from '../../src/api/dto';

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
  entityList: (id: string, list: ProfileList, params: { limit?: number; offset?: number } = {}) =>
    request<ProfileListPage>(`/api/entities/${encodeURIComponent(id)}/lists/${list}${query(params)}`),
  merge: (keep: string, remove: string, who: string, why: string) =>
    request<EntityProfile>('/api/entities/merge', { method: 'POST', body: JSON.stringify({ keep, remove, who, why }) }),
  split: (id: string, names: string[], who: string, why: string) =>
    request<EntityProfile>(`/api/entities/${encodeURIComponent(id)}/split`, { method: 'POST', body: JSON.stringify({ names, who, why }) }),
  graph: (entities: string[], depth = 1) => request<GraphView>(`/api/graph${query({ entity: entities, depth })}`),
  path: (from: string, to: string) => request<GraphView>(`/api/graph/path${query({ from, to })}`),
  edgeEvidence: (id: string, params: { limit?: number; offset?: number } = {}) => request<EdgeEvidencePage>(`/api/graph/edges/${encodeURIComponent(id)}${query(params)}`),
  timeline: (params: { actor?: string; type?: string; place?: string } = {}) => request<{ items: TimelineItem[] }>(`/api/timeline${query(params)}`),
  map: () => request<MapResponse>('/api/map'),
  claims: (params: { show?: BoardShow; kind?: 'event' | 'claim'; limit?: number; offset?: number } = {}) => request<ClaimsPage>(`/api/claims${query(params)}`),
  gradeSource: (outlet: string, grade: string, who: string, reason: string) =>
    request<unknown>(`/api/grades/sources/${encodeURIComponent(outlet)}`, { method: 'PUT', body: JSON.stringify({ grade, who, reason }) }),
  gradeItem: (kind: 'event' | 'quote', id: number, credibility: number, who: string, reason: string) =>
    request<unknown>(`/api/grades/${kind}/${id}`, { method: 'PUT', body: JSON.stringify({ credibility, who, reason }) }),
  failures: (params: { limit?: number; offset?: number } = {}) => request<Paged<Failure>>(`/api/failures${query(params)}`),
};
