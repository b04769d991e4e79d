import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildGraph, centralities, neighbourhood, shortestPath, type GraphEdgeInput, type GraphNode } from './graph.js';

const node = (id: string, type = 'ORG'): GraphNode => ({ id, name: id, type, mentions: 1 });
const edge = (source: string, target: string, kind: string, start = 0): GraphEdgeInput => ({
  source, target, kind, evidence: { documentId: 'doc', start, end: start + 5, text: `${source} ${kind} ${target}` },
});

describe('knowledge graph', () => {
  const graph = buildGraph(
    ['russia', 'islamic-state', 'raqqa', 'vladimir-putin', 'fsb', 'isis-k', 'loner'].map((id) => node(id)),
    [
      edge('russia', 'islamic-state', 'fighting_against', 0),
      edge('russia', 'islamic-state', 'fighting_against', 50),
      edge('russia', 'islamic-state', 'event:airstrike', 80),
      edge('islamic-state', 'raqqa', 'co_located'),
      edge('vladimir-putin', 'russia', 'in_charge_of'),
      edge('fsb', 'russia', 'belongs_to'),
      edge('isis-k', 'fsb', 'fighting_against'),
      edge('russia', 'russia', 'is_the_same_as'),
      edge('russia', 'nobody', 'belongs_to'),
    ],
  );

  it('merges repeated evidence into one edge and drops self-loops and unknown nodes', () => {
    assert.equal(graph.size, 6);
    const key = 'russia|fighting_against|islamic-state';
    assert.equal(graph.getEdgeAttributes(key).evidence.length, 2);
  });

  it('finds neighbours in both directions with their edges', () => {
    const around = neighbourhood(graph, 'russia');
    assert.deepEqual(around.nodes.map((n) => n.id).sort(), ['fsb', 'islamic-state', 'russia', 'vladimir-putin']);
    assert.equal(around.edges.length, 4);
    assert.deepEqual(neighbourhood(graph, 'missing'), { nodes: [], edges: [] });
    assert.equal(neighbourhood(graph, 'raqqa', 2).nodes.length, 3);
  });

  it('finds the shortest path ignoring direction, or none', () => {
    const path = shortestPath(graph, 'vladimir-putin', 'raqqa')!;
    assert.deepEqual(path.nodes.map((n) => n.id), ['vladimir-putin', 'russia', 'islamic-state', 'raqqa']);
    assert.ok(path.edges.every((e) => e.evidence.length > 0));
    assert.equal(new Set(path.edges.map((e) => e.id)).size, path.edges.length, 'each edge once');
    assert.equal(shortestPath(graph, 'raqqa', 'loner'), null);
  });

  it('ranks the hub highest by betweenness and is deterministic', () => {
    const scores = centralities(graph);
    const top = [...scores].sort((a, b) => b.betweenness - a.betweenness)[0]!;
    assert.equal(top.id, 'russia');
    assert.equal(scores.find((s) => s.id === 'loner')!.degree, 0);
    assert.deepEqual(centralities(graph), scores);
  });
});
