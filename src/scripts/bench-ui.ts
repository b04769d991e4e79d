// `npm run bench:ui`: how fast each view shows its real content over the seed corpus, and how
// the graph copes with 2,000 nodes (a synthetic /api/graph answer injected into the page).
// Times are from the start of navigation (performance.now() in the page) to the moment the
// view's content is in the DOM; the first visit of each view is cold, the rest warm.

import type { Page } from 'playwright-core';
import { browserMissing, launchBrowser, SEEDS, serveCorpus } from '../ui-e2e/harness.js';
import type { GraphView } from '../api/dto.js';

const RUNS = 5;

/** View, URL, and the selector that means its real content is there. */
const VIEWS: [string, string, string][] = [
  ['corpus list', '/', '.corpus tbody tr'],
  ['search "Raqqa"', '/?q=Raqqa', '.hits li mark'],
  ['article reader', '/documents/{doc}', '.article-text .mention'],
  ['entity page (Vladimir Putin)', '/entities/vladimir-putin', '.entity-page table td'],
  ['graph (Vladimir Putin)', '/graph?entity=vladimir-putin', 'canvas drawn'],
  ['timeline', '/timeline', '.vis-item-content'],
  ['map', '/map', '.map-canvas .leaflet-marker-pane > *, .map-canvas .leaflet-overlay-pane path.leaflet-interactive'],
  ['claims board', '/claims', '.board .card'],
];

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))]!;
const ms = (x: number) => `${Math.round(x)} ms`;

async function timeToContent(page: Page, url: string, selector: string): Promise<number> {
  await page.goto(url, { waitUntil: 'commit' });
  if (selector === 'canvas drawn') return graphDrawn(page, (n) => n > 0);
  await page.locator(selector).first().waitFor({ state: 'attached', timeout: 20_000 });
  return page.evaluate(() => performance.now());
}

/** When the graph view's cytoscape has laid out its nodes and drawn its first frame. */
async function graphDrawn(page: Page, enough: (nodes: number) => boolean): Promise<number> {
  await page.waitForFunction(() => (window as unknown as { dossierGraph?: unknown }).dossierGraph, null, { timeout: 60_000 });
  for (;;) {
    const drawn = await page.evaluate(() => new Promise<{ nodes: number; at: number }>((resolve) => {
      const cy = (window as unknown as { dossierGraph: import('cytoscape').Core }).dossierGraph;
      // The frame after the instance exists is the one it draws in.
      requestAnimationFrame(() => resolve({ nodes: cy.nodes().length, at: performance.now() }));
    }));
    if (enough(drawn.nodes)) return drawn.at;
  }
}

/** A random graph shaped like a news graph: a few hubs, many leaves. Seeded: the same every run. */
export function syntheticGraph(nodes: number, edges: number): GraphView {
  let seed = 42;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const types = ['PERSON', 'ORG', 'GPE', 'LOC', 'NORP'];
  const graph: GraphView = { nodes: [], edges: [] };
  for (let i = 0; i < nodes; i++) {
    graph.nodes.push({ id: `n${i}`, name: `Entity ${i}`, type: types[i % types.length]!, mentions: 1 + Math.floor(random() * 50), degree: 0, betweenness: random(), community: i % 12 });
  }
  for (let i = 0; i < edges; i++) {
    const source = Math.floor(random() ** 3 * nodes); // skewed: low ids are hubs
    let target = Math.floor(random() * nodes);
    if (target === source) target = (target + 1) % nodes;
    graph.edges.push({ id: `e${i}`, source: `n${source}`, target: `n${target}`, kind: 'spoke_about', evidenceCount: 1, evidence: [{ documentId: 'd', start: 0, end: 1, text: 'evidence' }] });
  }
  return graph;
}

async function benchLargeGraph(page: Page, base: string, nodes: number, edges: number): Promise<string[]> {
  const graph = syntheticGraph(nodes, edges);
  await page.route('**/api/graph?*', (route) => route.fulfill({ json: graph }));
  await page.goto(`${base}/graph?entity=n0`, { waitUntil: 'commit' });
  const shown = await graphDrawn(page, (n) => n === nodes);
  // Pan, zoom: time from the change to the second frame after it, when the canvas is redrawn.
  const viewport = await page.evaluate(async () => {
    const cy = (window as unknown as { dossierGraph: import('cytoscape').Core }).dossierGraph;
    const frames = () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
    const pan: number[] = [];
    const zoom: number[] = [];
    for (let i = 0; i < 20; i++) {
      let t = performance.now();
      cy.panBy({ x: i % 2 ? 40 : -40, y: 20 });
      await frames();
      pan.push(performance.now() - t);
      t = performance.now();
      cy.zoom({ level: cy.zoom() * (i % 2 ? 1 / 1.25 : 1.25), renderedPosition: { x: 300, y: 300 } });
      await frames();
      zoom.push(performance.now() - t);
    }
    return { pan, zoom };
  });
  // Tap: a real mouse click on a node until the side panel names it.
  const taps: number[] = [];
  for (let i = 1; i <= 10; i++) {
    const id = `n${i * 37}`;
    const at = await page.evaluate((nodeId) => {
      const cy = (window as unknown as { dossierGraph: import('cytoscape').Core }).dossierGraph;
      const node = cy.getElementById(nodeId);
      cy.center(node);
      const box = cy.container()!.getBoundingClientRect();
      const p = node.renderedPosition();
      return { x: box.left + p.x, y: box.top + p.y, name: node.data('name') as string };
    }, id);
    await page.waitForTimeout(50);
    const before = await page.evaluate(() => document.querySelector('.selected-node h2')?.textContent ?? null);
    const start = Date.now();
    await page.mouse.click(at.x, at.y);
    // Nodes may overlap: whichever node is on top gets the tap; the panel must name that one.
    await page.waitForFunction((previous) => {
      const shown = document.querySelector('.selected-node h2')?.textContent;
      return shown && shown !== previous;
    }, before);
    taps.push(Date.now() - start);
    const named = await page.evaluate(() => {
      const selected = (window as unknown as { dossierGraph: import('cytoscape').Core }).dossierGraph.$('node:selected');
      return selected.length === 1 && document.querySelector('.selected-node h2')?.textContent === selected.data('name');
    });
    if (!named) throw new Error(`the side panel does not show the tapped node (near ${at.name})`);
  }
  await page.unroute('**/api/graph?*');
  return [
    `| ${nodes} nodes, ${edges} edges: navigation → laid out and drawn | ${ms(shown)} |`,
    `| pan, change → redrawn (median / p95 of 20) | ${ms(median(viewport.pan))} / ${ms(percentile(viewport.pan, 0.95))} |`,
    `| zoom, change → redrawn (median / p95 of 20) | ${ms(median(viewport.zoom))} / ${ms(percentile(viewport.zoom, 0.95))} |`,
    `| tap a node → side panel shows it (median / max of 10) | ${ms(median(taps))} / ${ms(Math.max(...taps))} |`,
  ];
}

async function main(): Promise<void> {
  const missing = browserMissing();
  if (missing) throw new Error(missing);
  const served = await serveCorpus([SEEDS]);
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const search = await (await fetch(`${served.url}/api/search?q=Raqqa`)).json() as { items: { document: { id: string } }[] };
    const doc = search.items[0]!.document.id;
    console.log('| view | content | first visit (cold) | median of next ' + (RUNS - 1) + ' |');
    console.log('|---|---|---|---|');
    for (const [name, path, selector] of VIEWS) {
      // A fresh context per view: its first visit starts with an empty cache.
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const fresh = await context.newPage();
      const times: number[] = [];
      for (let i = 0; i < RUNS; i++) times.push(await timeToContent(fresh, served.url + path.replace('{doc}', doc), selector));
      await context.close();
      console.log(`| ${name} | \`${selector.split(',')[0]}\` | ${ms(times[0]!)} | ${ms(median(times.slice(1)))} |`);
    }
    console.log('\n| large graph | time |\n|---|---|');
    for (const line of await benchLargeGraph(page, served.url, 2000, 4000)) console.log(line);
  } finally {
    await browser.close();
    await served.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error: unknown) => {
    console.error(`bench:ui: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  });
}
