// The whole corpus read once into memory for the corpus-wide views (graph, timeline, map,
// claims board). Looked at again when it is older than a few seconds or after a change made
// through the services, and read again only if the store changed (its revision), so another
// process's ingest shows up without a restart and an idle corpus is not re-read.

import { buildGraph, centralities, type Centrality, type GraphEdgeInput, type KnowledgeGraph } from '../analyse/graph.js';
import type { CanonicalEntity, SourceGrade, Store, StoredExtraction, StoredMention } from '../store/store.js';

/**
 * A document's extraction as the views keep it: of its mentions only the places with
 * coordinates (for the map); the rest served to build the graph and are let go (they were
 * half the snapshot's memory).
 */
export interface SnapshotExtraction extends Omit<StoredExtraction, 'mentions'> {
  places: StoredMention[];
}

export interface Snapshot {
  extractions: SnapshotExtraction[];
  entities: Map<string, CanonicalEntity>;
  grades: Map<string, SourceGrade>;
  graph: KnowledgeGraph;
  /** Degree and betweenness of every entity, worked out when first asked for (betweenness is costly on a large graph). */
  centrality(): Map<string, Centrality>;
  /** The store's revision when the snapshot was read. */
  revision: string;
}

export async function readSnapshot(store: Store): Promise<Snapshot> {
  // Read first: a change made while the corpus is read shows as a new revision next time.
  const revision = await store.revision();
  const extractions: SnapshotExtraction[] = [];
  const edges: GraphEdgeInput[] = [];
  for await (const { mentions, ...extraction } of store.allExtractions()) {
    edges.push(...graphEdges({ ...extraction, mentions }));
    extractions.push({ ...extraction, places: mentions.filter((m) => m.geo) });
  }
  const entities = new Map((await store.allEntities()).map((e) => [e.id, e]));
  const grades = new Map((await store.listSourceGrades()).map((g) => [g.outlet, g.grade]));
  const graph = buildGraph([...entities.values()].map((e) => ({ id: e.id, name: e.name, type: e.type, mentions: e.mentionCount })), edges);
  let centrality: Map<string, Centrality> | null = null;
  return {
    extractions, entities, grades, graph, revision,
    centrality: () => (centrality ??= new Map(centralities(graph).map((c) => [c.id, c]))),
  };
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

/** Keeps one snapshot; when it is older than `maxAgeMs`, reads it again if the store changed. Concurrent callers share one read. */
export class SnapshotCache {
  private current: Promise<Snapshot> | null = null;
  private checkedAt = 0;

  constructor(private readonly store: Store, private readonly maxAgeMs = 5000) {}

  get(): Promise<Snapshot> {
    if (this.current && Date.now() - this.checkedAt <= this.maxAgeMs) return this.current;
    const previous = this.current;
    this.checkedAt = Date.now();
    const next = (async () => {
      const kept = previous ? await previous.catch(() => null) : null;
      if (kept && (await this.store.revision()) === kept.revision) return kept;
      return readSnapshot(this.store);
    })();
    this.current = next;
    next.catch(() => {
      if (this.current === next) this.current = null;
    });
    return next;
  }

  invalidate(): void {
    this.current = null;
  }
}
