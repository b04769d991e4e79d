// The knowledge graph: canonical entities as nodes, relations, event participation and
// quotes as edges, every edge carrying the sentences it came from. Graph algorithms come
// from graphology rather than being written here.

import { MultiDirectedGraph, UndirectedGraph } from 'graphology';
import louvainModule from 'graphology-communities-louvain';
import betweennessModule from 'graphology-metrics/centrality/betweenness.js';
import { bidirectional } from 'graphology-shortest-path/unweighted.js';
import { mulberry32 } from '../extract/ner/prng.js';

// These CommonJS packages' typings declare an ES default export, but under Node's ESM
// loader the default import is the function itself.
const louvain = louvainModule as unknown as typeof louvainModule.default;
const betweennessCentrality = betweennessModule as unknown as typeof betweennessModule.default;

export interface Evidence {
  documentId: string;
  start: number;
  end: number;
  text: string;
}

export interface GraphNode {
  id: string;
  name: string;
  type: string;
  mentions: number;
}

export interface GraphEdgeInput {
  source: string;
  target: string;
  /** A relation type (fighting_against…), an event type as "event:airstrike", or "quote". */
  kind: string;
  evidence: Evidence;
}

export interface GraphEdge {
  id: string;
  source: string;
  target: string;
  kind: string;
  evidence: Evidence[];
}

type NodeAttributes = GraphNode;
interface EdgeAttributes { kind: string; evidence: Evidence[] }
export type KnowledgeGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes>;

/** One edge per (source, kind, target), several kinds between two entities; repeated evidence thickens an edge. Self-loops are dropped. */
export function buildGraph(nodes: readonly GraphNode[], edges: readonly GraphEdgeInput[]): KnowledgeGraph {
  const graph: KnowledgeGraph = new MultiDirectedGraph({ allowSelfLoops: false });
  for (const node of nodes) graph.mergeNode(node.id, { ...node });
  for (const edge of edges) {
    if (edge.source === edge.target || !graph.hasNode(edge.source) || !graph.hasNode(edge.target)) continue;
    const key = `${edge.source}|${edge.kind}|${edge.target}`;
    if (graph.hasEdge(key)) graph.getEdgeAttributes(key).evidence.push(edge.evidence);
    else graph.addDirectedEdgeWithKey(key, edge.source, edge.target, { kind: edge.kind, evidence: [edge.evidence] });
  }
  return graph;
}

export function edgesOf(graph: KnowledgeGraph, keys: Iterable<string>): GraphEdge[] {
  return [...keys].map((key) => ({
    id: key, source: graph.source(key), target: graph.target(key), ...graph.getEdgeAttributes(key),
    evidence: [...graph.getEdgeAttributes(key).evidence],
  }));
}

/** The entities within `depth` steps of the start (either direction) and the edges among them. */
export function neighbourhood(graph: KnowledgeGraph, start: string, depth = 1): { nodes: GraphNode[]; edges: GraphEdge[] } {
  if (!graph.hasNode(start)) return { nodes: [], edges: [] };
  const seen = new Set([start]);
  let frontier = [start];
  for (let step = 0; step < depth; step++) {
    const next: string[] = [];
    for (const node of frontier) {
      graph.forEachNeighbor(node, (neighbour) => {
        if (!seen.has(neighbour)) {
          seen.add(neighbour);
          next.push(neighbour);
        }
      });
    }
    frontier = next;
  }
  const edges = graph.filterEdges((_key, _attributes, source, target) => seen.has(source) && seen.has(target));
  return { nodes: [...seen].map((id) => graph.getNodeAttributes(id)), edges: edgesOf(graph, edges) };
}

/** The shortest chain of entities linking two, ignoring edge direction; null when unconnected. */
export function shortestPath(graph: KnowledgeGraph, from: string, to: string): { nodes: GraphNode[]; edges: GraphEdge[] } | null {
  if (!graph.hasNode(from) || !graph.hasNode(to)) return null;
  const undirected = toUndirected(graph);
  const path = bidirectional(undirected, from, to);
  if (!path) return null;
  // Every link between consecutive entities, whichever way it points (a Set: graphology
  // lists a pair's edges for either order of the pair).
  const edges = new Set<string>();
  for (let i = 1; i < path.length; i++) {
    for (const key of [...graph.edges(path[i - 1]!, path[i]!), ...graph.edges(path[i]!, path[i - 1]!)]) edges.add(key);
  }
  return { nodes: path.map((id) => graph.getNodeAttributes(id)), edges: edgesOf(graph, edges) };
}

function toUndirected(graph: KnowledgeGraph): UndirectedGraph {
  const undirected = new UndirectedGraph();
  graph.forEachNode((node) => undirected.addNode(node));
  graph.forEachEdge((_key, _attributes, source, target) => undirected.mergeEdge(source, target));
  return undirected;
}

export interface Centrality {
  id: string;
  degree: number;
  betweenness: number;
  community: number;
}

/** Degree, normalised betweenness and Louvain community of every entity. */
export function centralities(graph: KnowledgeGraph): Centrality[] {
  if (graph.order === 0) return [];
  const undirected = toUndirected(graph);
  // Unweighted (every link counts one): breadth-first search rather than the library's default
  // Dijkstra on a `weight` attribute the graph does not have; same values, 2.4 times as fast.
  const betweenness = betweennessCentrality(undirected, { normalized: true, getEdgeWeight: null });
  // Louvain needs edges; a graph of isolated nodes is one community per node. It is
  // randomised: a fixed seed keeps communities the same from run to run.
  const communities: Record<string, number> = undirected.size > 0 ? louvain(undirected, { rng: mulberry32(1) }) : {};
  let isolated = 0;
  return graph.mapNodes((id) => ({
    id,
    degree: graph.degree(id),
    betweenness: betweenness[id] ?? 0,
    community: communities[id] ?? -(++isolated),
  }));
}
