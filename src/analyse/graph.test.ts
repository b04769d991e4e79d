import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { UndirectedGraph } from 'graphology';
import betweennessModule from 'graphology-metrics/centrality/betweenness.js';
import { mulberry32 } from '../extract/ner/prng.js';
import { buildGraph, centralities, neighbourhood, shortestPath, type GraphEdgeInput, type GraphNode } from './graph.js';

const wholeGraphBetweenness = betweennessModule as unknown as typeof betweennessModule.default;

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
    assert.equal(path.edges.length, new Set(path.edges.map((e) => e.id)).size, 'each link once');
    assert.equal(path.edges.length, 4, 'both links between Russia and Islamic State');
    assert.equal(shortestPath(graph, 'raqqa', 'loner'), null);
  });

  it('ranks the hub highest by betweenness and is deterministic', () => {
    const scores = centralities(graph);
    const top = [...scores].sort((a, b) => b.betweenness - a.betweenness)[0]!;
    assert.equal(top.id, 'russia');
    assert.equal(scores.find((s) => s.id === 'loner')!.degree, 0);
    assert.deepEqual(centralities(graph), scores);
  });

  it('betweenness as the library weighs it by default, every link counting one', () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const random = mulberry32(seed);
      const ids = Array.from({ length: 120 }, (_, i) => `n${i}`);
      // A few dense groups, a chain, pairs and isolated nodes, as in a corpus graph.
      const edges: GraphEdgeInput[] = [];
      for (let i = 0; i < 160; i++) {
        const group = Math.floor(random() * 4) * 20;
        edges.push(edge(ids[group + Math.floor(random() * 20)]!, ids[group + Math.floor(random() * 20)]!, i % 3 ? 'belongs_to' : 'fighting_against', i));
      }
      for (let i = 80; i < 95; i++) edges.push(edge(ids[i]!, ids[i + 1]!, 'co_located'));
      for (let i = 100; i < 110; i += 2) edges.push(edge(ids[i]!, ids[i + 1]!, 'belongs_to'));
      const randomGraph = buildGraph(ids.map((id) => node(id)), edges);
      const undirected = new UndirectedGraph();
      randomGraph.forEachNode((id) => undirected.addNode(id));
      randomGraph.forEachEdge((_key, _attributes, source, target) => void undirected.mergeEdge(source, target));
      const expected = wholeGraphBetweenness(undirected, { normalized: true });
      for (const c of centralities(randomGraph)) {
        assert.ok(Math.abs(c.betweenness - expected[c.id]!) < 1e-12, `seed ${seed}, ${c.id}: ${c.betweenness} vs ${expected[c.id]}`);
      }
      assert.ok(Object.values(expected).filter((v) => v > 0).length > 20, 'graph.test: many nodes lie between others');
    }
  });
});
