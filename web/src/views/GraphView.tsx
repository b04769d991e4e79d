import cytoscape, { type Core } from 'cytoscape';
import { useEffect, useMemo, useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { api, type GraphEdgeView, type GraphView as Graph } from '../api';
import { EdgeEvidence } from '../components/EdgeEvidence';
import { EntityPicker } from '../components/EntityPicker';
import { download, toGraphML } from '../graphml';
import { Status } from '../components/Status';
import { useApi } from '../useApi';

const TYPE_COLOURS: Record<string, string> = {
  PERSON: '#2f6fdf', ORG: '#c2410c', GPE: '#15803d', LOC: '#0f766e', FAC: '#7c3aed', NORP: '#a16207',
  EVENT: '#be123c', WEAPON: '#475569', VEHICLE: '#475569',
};

// Above this many nodes the force layout is too slow to wait for: rings by degree instead.
const LARGE_GRAPH = 300;
const LABELLED_IN_LARGE_GRAPH = 100;

function layoutFor(nodes: number): cytoscape.LayoutOptions {
  if (nodes <= LARGE_GRAPH) return { name: 'cose', animate: false, randomize: false, nodeRepulsion: () => 400000, idealEdgeLength: () => 100, edgeElasticity: () => 100, gravity: 0.25, nodeOverlap: 20 } as cytoscape.LayoutOptions;
  return {
    name: 'concentric', animate: false, minNodeSpacing: 4, avoidOverlap: false,
    concentric: (node: cytoscape.NodeSingular) => node.degree(false), levelWidth: () => 2,
  } as cytoscape.LayoutOptions;
}

function merge(a: Graph, b: Graph): Graph {
  const nodes = new Map(a.nodes.map((n) => [n.id, n]));
  b.nodes.forEach((n) => nodes.set(n.id, n));
  const edges = new Map(a.edges.map((e) => [e.id, e]));
  b.edges.forEach((e) => edges.set(e.id, e));
  return { nodes: [...nodes.values()], edges: [...edges.values()] };
}

export default function GraphView() {
  const [params, setParams] = useSearchParams();
  const seeds = params.getAll('entity');
  const [graph, setGraph] = useState<Graph>({ nodes: [], edges: [] });
  const [error, setError] = useState<string | null>(null);
  const [selectedEdge, setSelectedEdge] = useState<GraphEdgeView | null>(null);
  const [selectedNode, setSelectedNode] = useState<string | null>(null);
  const [hiddenTypes, setHiddenTypes] = useState<Set<string>>(new Set());
  const [hiddenKinds, setHiddenKinds] = useState<Set<string>>(new Set());
  const [path, setPath] = useState<Set<string>>(new Set());
  const container = useRef<HTMLDivElement>(null);
  const cy = useRef<Core | null>(null);

  useEffect(() => {
    if (seeds.length === 0) return;
    api.graph(seeds).then((g) => { setGraph(g); setError(null); }, (e: Error) => setError(e.message));
  }, [params.toString()]);

  const types = useMemo(() => [...new Set(graph.nodes.map((n) => n.type))].sort(), [graph]);
  const kinds = useMemo(() => [...new Set(graph.edges.map((e) => e.kind))].sort(), [graph]);
  const listed = useMemo(() => [...graph.nodes].sort((a, b) => b.mentions - a.mentions).slice(0, 200), [graph]);
  // Selecting a node re-renders the view: the path form's list of every node need not follow.
  const pathForm = useMemo(() => <PathForm nodes={graph.nodes} onFind={findPath} />, [graph]);

  useEffect(() => {
    if (!container.current) return;
    const visibleNodes = graph.nodes.filter((n) => !hiddenTypes.has(n.type));
    const ids = new Set(visibleNodes.map((n) => n.id));
    const maxBetweenness = visibleNodes.reduce((max, n) => Math.max(max, n.betweenness), 0.0001);
    const large = visibleNodes.length > LARGE_GRAPH;
    const edgeLabels = graph.edges.length <= 25;
    // In a large graph only the hubs carry a standing label (a selected node shows its own):
    // thousands of overlapping labels cannot be read at a glance.
    const labelled = new Set((large ? [...visibleNodes].sort((a, b) => b.degree - a.degree).slice(0, LABELLED_IN_LARGE_GRAPH) : visibleNodes).map((n) => n.id));
    const elements = [
      ...visibleNodes.map((n) => ({
        data: { id: n.id, name: n.name, label: labelled.has(n.id) ? n.name : '', colour: TYPE_COLOURS[n.type] ?? '#6b7280', size: 18 + 40 * (n.betweenness / maxBetweenness) },
        classes: [seeds.includes(n.id) ? 'seed' : '', path.has(n.id) ? 'on-path' : ''].join(' '),
      })),
      ...graph.edges
        .filter((e) => ids.has(e.source) && ids.has(e.target) && !hiddenKinds.has(e.kind))
        .map((e) => ({ data: { id: e.id, source: e.source, target: e.target, label: e.kind.replace(/^event:/, '').replace(/_/g, ' '), width: Math.min(12, 1 + e.evidenceCount * 1.5) }, classes: path.has(e.id) ? 'on-path' : '' })),
    ];
    const instance = cytoscape({
      container: container.current,
      elements,
      layout: layoutFor(visibleNodes.length),
      style: [
        { selector: 'node', style: { 'background-color': 'data(colour)', label: 'data(label)', width: 'data(size)', height: 'data(size)', 'font-size': 11, color: '#1f2937', 'text-valign': 'bottom', 'text-margin-y': 4, 'min-zoomed-font-size': large ? 8 : 0, 'text-background-color': '#ffffff', 'text-background-opacity': 0.75, 'text-background-padding': '1px' } },
        { selector: 'node.seed', style: { 'border-width': 3, 'border-color': '#111827' } },
        { selector: 'edge', style: { width: 'data(width)', 'line-color': '#9ca3af', 'target-arrow-color': '#9ca3af', 'target-arrow-shape': 'triangle', 'curve-style': large ? 'haystack' : 'bezier', label: edgeLabels ? 'data(label)' : '', 'font-size': 9, color: '#6b7280', 'min-zoomed-font-size': 7 } },
        // With many links their kinds show on demand: on the selected edge and the selected node's edges.
        { selector: 'edge:selected, edge.labelled', style: { label: 'data(label)' } },
        { selector: 'node:selected', style: { 'border-width': 3, 'border-color': '#f59e0b', label: 'data(name)', 'min-zoomed-font-size': 0, 'z-index': 10 } },
        { selector: '.on-path', style: { 'line-color': '#dc2626', 'target-arrow-color': '#dc2626', 'border-color': '#dc2626', 'border-width': 3 } },
        { selector: ':selected', style: { 'overlay-opacity': 0.15 } },
      ],
      minZoom: 0.05,
      maxZoom: 4,
      // Large graphs stay interactive: while panning or zooming draw a cached bitmap, not every label.
      textureOnViewport: large,
      hideEdgesOnViewport: large,
    });
    instance.on('tap', 'edge', (event) => setSelectedEdge(graph.edges.find((e) => e.id === event.target.id()) ?? null));
    instance.on('tap', 'node', (event) => setSelectedNode(event.target.id()));
    instance.on('tap', (event) => { if (event.target === instance) setSelectedNode(null); });
    instance.on('select', 'node', (event) => event.target.connectedEdges().addClass('labelled'));
    instance.on('unselect', 'node', (event) => event.target.connectedEdges().removeClass('labelled'));
    instance.on('dbltap', 'node', (event) => void expand(event.target.id()));
    if (selectedNode) instance.getElementById(selectedNode).select();
    cy.current = instance;
    // Exposed for the end-to-end tests and the benchmark, which drive the canvas.
    (window as unknown as { dossierGraph?: Core }).dossierGraph = instance;
    return () => {
      instance.destroy();
      if (cy.current === instance) cy.current = null;
    };
  }, [graph, hiddenTypes, hiddenKinds, path]);

  /** Selecting from the list (keyboard) or the canvas (pointer) is the same thing. */
  function select(id: string) {
    setSelectedNode(id);
    const instance = cy.current;
    if (!instance) return;
    instance.$(':selected').unselect();
    const node = instance.getElementById(id);
    node.select();
    if (node.nonempty()) instance.animate({ center: { eles: node } }, { duration: 150 });
  }

  async function expand(id: string) {
    try {
      const more = await api.graph([id]);
      setGraph((g) => merge(g, more));
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  }

  async function findPath(from: string, to: string) {
    try {
      const found = await api.path(from, to);
      setGraph((g) => merge(g, found));
      setPath(new Set([...found.nodes.map((n) => n.id), ...found.edges.map((e) => e.id)]));
      setError(null);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  }

  const toggle = (set: Set<string>, value: string) => {
    const next = new Set(set);
    if (next.has(value)) next.delete(value); else next.add(value);
    return next;
  };

  return (
    <div className="with-sidebar graph-page">
      <section>
        <div className="toolbar">
          <EntityPicker label="Add entity" onPick={(id) => setParams((p) => { const n = new URLSearchParams(p); n.append('entity', id); return n; })} />
          {pathForm}
          <button type="button" onClick={() => cy.current && download('dossier-graph.png', cy.current.png({ full: true, output: 'blob', bg: '#ffffff' }) as unknown as Blob)}>Export PNG</button>
          <button type="button" onClick={() => download('dossier-graph.graphml', toGraphML(graph), 'application/xml')}>Export GraphML</button>
        </div>
        {error && <p role="alert" className="error">{error}</p>}
        {seeds.length === 0 && <StartFrom onPick={(id) => setParams(new URLSearchParams([['entity', id]]))} />}
        <div ref={container} className="graph-canvas" aria-label={`Knowledge graph: ${graph.nodes.length} entities, ${graph.edges.length} links`} role="img" data-nodes={graph.nodes.length} />
      </section>
      <aside className="side-panel">
        <h2>Filter</h2>
        <fieldset><legend>Entity types</legend>
          {types.map((t) => <label key={t} className="chip"><input type="checkbox" checked={!hiddenTypes.has(t)} onChange={() => setHiddenTypes((s) => toggle(s, t))} /> <span className="swatch" style={{ background: TYPE_COLOURS[t] ?? '#6b7280' }} aria-hidden="true" />{t}</label>)}
        </fieldset>
        <fieldset><legend>Links</legend>
          {kinds.map((k) => <label key={k} className="chip"><input type="checkbox" checked={!hiddenKinds.has(k)} onChange={() => setHiddenKinds((s) => toggle(s, k))} /> {k.replace(/_/g, ' ')}</label>)}
        </fieldset>
        {selectedNode && (
          <div className="selected-node" aria-live="polite">
            <h2>{graph.nodes.find((n) => n.id === selectedNode)?.name}</h2>
            <p><button type="button" onClick={() => void expand(selectedNode)}>Expand</button> <Link to={`/entities/${encodeURIComponent(selectedNode)}`}>Open entity page</Link></p>
          </div>
        )}
        {graph.nodes.length > 0 && (
          <details className="node-list" open={graph.nodes.length <= 40}>
            <summary>Entities in the graph ({graph.nodes.length})</summary>
            <ul className="compact">
              {listed.map((n) => (
                <li key={n.id}>
                  <button type="button" className="link-button" aria-pressed={selectedNode === n.id} onClick={() => select(n.id)}>{n.name}</button>{' '}
                  <span className="muted small">{n.type}, {n.degree} link{n.degree === 1 ? '' : 's'}</span>
                </li>
              ))}
            </ul>
          </details>
        )}
        {selectedEdge && <EdgeEvidence key={selectedEdge.id} edge={selectedEdge} />}
      </aside>
    </div>
  );
}

function PathForm({ nodes, onFind }: { nodes: Graph['nodes']; onFind: (from: string, to: string) => void }) {
  return (
    <form className="inline-form" onSubmit={(e) => { e.preventDefault(); const d = new FormData(e.currentTarget); onFind(String(d.get('from')), String(d.get('to'))); }}>
      <label>Path from <input name="from" list="graph-nodes" required placeholder="entity id" /></label>
      <label>to <input name="to" list="graph-nodes" required placeholder="entity id" /></label>
      <datalist id="graph-nodes">{nodes.map((n) => <option key={n.id} value={n.id}>{n.name}</option>)}</datalist>
      <button type="submit">Find path</button>
    </form>
  );
}

/** With no entity chosen yet: the most mentioned ones, to start from in one click. */
function StartFrom({ onPick }: { onPick: (id: string) => void }) {
  const top = useApi(() => api.entities({ limit: 12 }), []);
  return (
    <div className="start-from">
      <p className="muted">Add an entity to see its connections, or start from one of the most mentioned. Double-click a node (or select it and press “Expand”) to grow the graph.</p>
      <Status state={top} />
      <ul className="chips">
        {top.data?.items.map((e) => (
          <li key={e.id}><button type="button" className={`chip type-${e.type}`} onClick={() => onPick(e.id)}>{e.name} <span className="count">{e.mentionCount}</span></button></li>
        ))}
      </ul>
    </div>
  );
}
