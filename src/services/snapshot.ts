// The whole corpus read once into memory for the corpus-wide views (graph, timeline, map,
// claims board). Rebuilt when it is older than a few seconds or after a change made through
// the services, so another process's ingest shows up without a restart.

import { buildGraph, centralities, type Centrality, type GraphEdgeInput, type KnowledgeGraph } from '../analyse/graph.js';
import type { CanonicalEntity, SourceGrade, Store, StoredExtraction } from '../store/store.js';

export interface Snapshot {
  extractions: StoredExtraction[];
  entities: Map<string, CanonicalEntity>;
  grades: Map<string, SourceGrade>;
  graph: KnowledgeGraph;
  centrality: Map<string, Centrality>;
  builtAt: number;
}

const PAGE = 200;

async function allPages<T>(read: (offset: number) => Promise<{ items: T[]; total: number }>): Promise<T[]> {
  const items: T[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const page = await read(offset);
    items.push(...page.items);
    if (page.items.length === 0 || items.length >= page.total) return items;
  }
}

export async function readSnapshot(store: Store): Promise<Snapshot> {
  const documents = await allPages((offset) => store.listDocuments({}, { limit: PAGE, offset }));
  const extractions: StoredExtraction[] = [];
  for (const d of documents) {
    const extraction = await store.getExtraction(d.id);
    if (extraction) extractions.push(extraction);
  }
  const entities = new Map((await allPages((offset) => store.listEntities({}, { limit: PAGE, offset }))).map((e) => [e.id, e]));
  const grades = new Map((await store.listSourceGrades()).map((g) => [g.outlet, g.grade]));
  const graph = buildGraph(
    [...entities.values()].map((e) => ({ id: e.id, name: e.name, type: e.type, mentions: e.mentionCount })),
    extractions.flatMap(graphEdges),
  );
  const centrality = new Map(centralities(graph).map((c) => [c.id, c]));
  return { extractions, entities, grades, graph, centrality, builtAt: Date.now() };
}

/** Edges with their evidence: relations, who did what to whom in events, who spoke about whom. */
function graphEdges(x: StoredExtraction): GraphEdgeInput[] {
  const edges: GraphEdgeInput[] = [];
  const documentId = x.document.id;
  for (const r of x.relations) {
    for (const source of r.sourceEntityIds) {
      for (const target of r.targetEntityIds) edges.push({ source, target, kind: r.type, evidence: { documentId, ...r.evidence } });
    }
  }
  for (const e of x.events) {
    const evidence = { documentId, ...(e.evidence ?? e.trigger) };
    const ids = (role: string) => e.participants.filter((p) => p.role === role).flatMap((p) => p.entityIds);
    const actors = ids('actor');
    for (const actor of actors) {
      for (const target of ids('target')) edges.push({ source: actor, target, kind: `event:${e.type}`, evidence });
      for (const place of ids('location')) edges.push({ source: actor, target: place, kind: 'acted_in', evidence });
    }
  }
  for (const q of x.quotes) {
    const about = x.mentions.filter((m) => m.entityId && m.start >= q.content.start && m.end <= q.content.end);
    for (const speaker of q.speakerEntityIds) {
      for (const m of about) edges.push({ source: speaker, target: m.entityId!, kind: 'spoke_about', evidence: { documentId, ...q.content } });
    }
  }
  return edges;
}

/** Keeps one snapshot and rebuilds it when stale; concurrent callers share one rebuild. */
export class SnapshotCache {
  private current: Promise<Snapshot> | null = null;
  private builtAt = 0;

  constructor(private readonly store: Store, private readonly maxAgeMs = 5000) {}

  get(): Promise<Snapshot> {
    if (!this.current || Date.now() - this.builtAt > this.maxAgeMs) {
      this.builtAt = Date.now();
      this.current = readSnapshot(this.store).catch((error: unknown) => {
        this.current = null;
        throw error;
      });
    }
    return this.current;
  }

  invalidate(): void {
    this.current = null;
  }
}
