// End to end: an analyst's walk through the UI over the seed corpus, in a real browser against
// the real server. Each step asserts on content the API holds, not only that a page loaded.
// Screenshots go to $DOSSIER_SCREENSHOTS (`npm run screenshots` sets docs/screenshots).

import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import type { ClaimsPage, GraphView, MapResponse, TimelineItem } from '../api/dto.js';
import { launchBrowser, SEEDS, serveCorpus, skipReason, watchProblems, type Served } from './harness.js';

/** Cards per page of the claims board (web/src/views/ClaimsView.tsx). */
const BOARD_PAGE = 50;

const SHOTS = process.env.DOSSIER_SCREENSHOTS ?? join(tmpdir(), 'dossier-screenshots');
const skip = skipReason();

describe('web UI over the seed corpus', { skip }, () => {
  let served: Served;
  let browser: Browser;
  let page: Page;
  let problems: string[];
  const api = async <T>(path: string): Promise<T> => (await fetch(served.url + path)).json() as Promise<T>;
  const shot = (name: string) => page.screenshot({ path: join(SHOTS, `${name}.png`) });

  before(async () => {
    mkdirSync(SHOTS, { recursive: true });
    served = await serveCorpus([SEEDS]);
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    page.setDefaultTimeout(10_000);
    problems = watchProblems(page);
  });
  after(async () => {
    await browser?.close();
    await served?.close();
  });

  test('search "Raqqa" with the keyboard: hits with the word marked, and facets', async () => {
    await page.goto(served.url + '/');
    await page.waitForFunction(() => document.activeElement?.id === 'q'); // the search box has focus on arrival
    await page.keyboard.type('Raqqa');
    await page.keyboard.press('Enter');
    const hits = page.locator('.hits > li');
    await hits.first().waitFor();
    const expected = await api<{ total: number }>('/api/search?q=Raqqa');
    assert.ok(expected.total > 0);
    assert.equal(await hits.count(), Math.min(expected.total, 20));
    for (const mark of await page.locator('.hits mark').allTextContents()) assert.match(mark, /raqqa/i);
    assert.ok(await page.locator('.hits mark').count() >= expected.total, 'every hit marks the word');
    await page.getByRole('group', { name: 'Entity' }).getByRole('button', { name: /Vladimir Putin/ }).waitFor();
    await shot('search');
    assert.deepEqual(problems, []);
  });

  test('open an article: its entities are highlighted and link to their pages', async () => {
    const title = 'Raqqa raid suggests Russian intelligence has sources inside ISIS';
    await page.getByRole('link', { name: title }).click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    const places = await page.locator('.article-text .mention.type-GPE').allTextContents();
    assert.ok(places.includes('Raqqa'), `Raqqa is highlighted as a place (got ${places.join(', ')})`);
    assert.ok(await page.locator('.article-text .mention.type-PERSON').count() >= 3);
    assert.ok(await page.locator('.article-text .trigger').count() >= 1, 'event triggers are marked');
    const putin = page.locator('.article-text .mention.type-PERSON a', { hasText: /^Putin$/ }).first();
    assert.equal(await putin.getAttribute('href'), '/entities/vladimir-putin');
    const who = await page.getByRole('complementary', { name: 'In this article' }).innerText();
    assert.match(who, /Shoigu/);
    await shot('reader');
    await putin.click();
    assert.deepEqual(problems, []);
  });

  test('Vladimir Putin’s page: aliases, quotes and articles', async () => {
    await page.getByRole('heading', { level: 1, name: /Vladimir Putin/ }).waitFor();
    const aliases = await page.locator('table tbody td:first-child').allTextContents();
    assert.ok(aliases.includes('Putin') && aliases.includes('Vladimir Putin'), `aliases: ${aliases.join(', ')}`);
    const profile = await api<{ quotesBy: unknown[]; documents: unknown[] }>('/api/entities/vladimir-putin');
    assert.ok(profile.quotesBy.length > 0);
    await page.getByRole('heading', { name: `Quotes by (${profile.quotesBy.length})` }).waitFor();
    assert.match(await page.locator('.entity-page').innerText(), /blackmail/);
    const articles = page.locator('section', { has: page.getByRole('heading', { name: 'Articles' }) }).locator('li');
    assert.equal(await articles.count(), profile.documents.length);
    await shot('entity');
    assert.deepEqual(problems, []);
  });

  test('graph: opens around Putin, a node tapped on the canvas expands', async () => {
    await page.getByRole('link', { name: 'graph', exact: true }).click();
    const canvas = page.locator('.graph-canvas');
    const first = await api<GraphView>('/api/graph?entity=vladimir-putin');
    await page.waitForFunction((n) => (window as unknown as { dossierGraph?: { nodes: () => { length: number } } }).dossierGraph?.nodes().length === n, first.nodes.length);
    assert.equal(await canvas.getAttribute('data-nodes'), String(first.nodes.length));
    // Expand the best-connected neighbour: tap it where cytoscape drew it, then press Expand.
    const neighbour = first.nodes.filter((n) => n.id !== 'vladimir-putin').sort((a, b) => b.mentions - a.mentions)[0]!;
    const at = await page.evaluate((id) => {
      const cy = (window as unknown as { dossierGraph: import('cytoscape').Core }).dossierGraph;
      const box = cy.container()!.getBoundingClientRect();
      const p = cy.getElementById(id).renderedPosition();
      return { x: box.left + p.x, y: box.top + p.y };
    }, neighbour.id);
    await page.mouse.click(at.x, at.y);
    await page.locator('.selected-node').getByRole('heading', { name: neighbour.name }).waitFor();
    await page.getByRole('button', { name: 'Expand' }).click();
    const more = await api<GraphView>(`/api/graph?entity=${encodeURIComponent(neighbour.id)}`);
    const union = new Set([...first.nodes, ...more.nodes].map((n) => n.id)).size;
    assert.ok(union > first.nodes.length, 'the neighbour has connections of its own');
    await page.waitForFunction((n) => document.querySelector('.graph-canvas')?.getAttribute('data-nodes') === String(n), union);
    const listed = await page.locator('.node-list li button').allTextContents();
    for (const node of more.nodes) assert.ok(listed.includes(node.name), `${node.name} is in the graph after expanding`);
    // The shortest path from Putin to a node only the expansion brought in is drawn in red.
    const far = more.nodes.find((n) => !first.nodes.some((f) => f.id === n.id))!;
    const path = await api<GraphView>(`/api/graph/path?from=vladimir-putin&to=${encodeURIComponent(far.id)}`);
    assert.ok(path.nodes.length >= 3, 'the path goes through the expanded neighbour');
    await page.getByLabel('Path from').fill('vladimir-putin');
    await page.getByLabel('to', { exact: true }).fill(far.id);
    await page.getByRole('button', { name: 'Find path' }).click();
    await page.waitForFunction((n) => (window as unknown as { dossierGraph: import('cytoscape').Core }).dossierGraph.$('.on-path').length === n, path.nodes.length + path.edges.length);
    await shot('graph');
    assert.deepEqual(problems, []);
  });

  test('timeline: dated events on the chart and in a list; choosing one shows its evidence', async () => {
    await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Timeline' }).click();
    const { items } = await api<{ items: TimelineItem[] }>('/api/timeline');
    assert.ok(items.length > 0);
    await page.locator('.vis-item-content').first().waitFor();
    assert.equal(await page.locator('.vis-item-content').count(), items.length);
    const listed = page.locator('.timeline-events li');
    assert.equal(await listed.count(), items.length);
    const chosen = items.find((i) => i.reports.some((r) => r.evidence)) ?? items[0]!;
    const choose = listed.getByRole('button', { name: chosen.label, exact: true }).first();
    await choose.focus();
    await page.keyboard.press('Enter');
    const panel = page.locator('aside.side-panel');
    await panel.getByRole('heading', { level: 2, name: chosen.label }).waitFor();
    const evidence = chosen.reports.find((r) => r.evidence)?.evidence?.text;
    if (evidence) assert.ok((await panel.innerText()).includes(evidence), 'the event’s sentence is shown');
    assert.equal(await page.locator('.vis-item.vis-selected .vis-item-content').count(), 1, 'the chart selects it too');
    await shot('timeline');
    assert.deepEqual(problems, []);
  });

  test('map: offline country shapes, every place and event plotted, places listed', async () => {
    await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Map' }).click();
    const map = await api<MapResponse>('/api/map');
    const places = map.features.filter((f) => f.properties?.kind === 'place');
    await page.locator('.map-canvas .leaflet-overlay-pane path').first().waitFor({ state: 'attached' });
    assert.ok(await page.locator('.map-canvas .leaflet-overlay-pane path').count() > 100, 'country outlines are drawn');
    assert.equal(await page.locator('.map-canvas').getAttribute('data-features'), String(map.features.length));
    const plotted = await page.evaluate(() => {
      let markers = 0;
      (window as unknown as { dossierMap: import('leaflet').Map }).dossierMap.eachLayer((layer) => {
        const cluster = layer as unknown as { getVisibleParent?: unknown; getLayers: () => unknown[] };
        if (typeof cluster.getVisibleParent === 'function') markers += cluster.getLayers().length;
      });
      return markers;
    });
    assert.equal(plotted, map.features.length, 'the cluster layer holds one marker per feature');
    await page.getByText(`${places.length} places, ${map.features.length - places.length} events`).waitFor();
    await page.getByText(`Places on the map (${places.length})`).click();
    const names = await page.locator('.place-list li a').allTextContents();
    assert.ok(names.includes('Raqqa') && names.includes('Moscow'), `places: ${names.slice(0, 10).join(', ')}`);
    await shot('map');
    assert.deepEqual(problems, []);
  });

  test('claims board: graded cards with their reports; the corroborated filter', async () => {
    await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Claims' }).click();
    const { items, counts } = await api<ClaimsPage>(`/api/claims?limit=${BOARD_PAGE}`);
    assert.ok(items.length > 0);
    await page.locator('.board .card').first().waitFor();
    assert.equal(await page.locator('.board .card').count(), items.length);
    assert.match(await page.getByRole('button', { name: 'corroborated' }).innerText(), new RegExp(`corroborated\\s+${counts.corroborated}`));
    const top = items[0]!;
    const card = page.locator('.board .card').first();
    assert.match(await card.innerText(), new RegExp(`${top.independentSources} independent source`));
    assert.equal(await card.locator('header .grade').textContent(), String(top.credibility));
    assert.equal(await card.locator('.evidence li').count(), top.reports.length);
    await page.getByRole('button', { name: 'corroborated' }).click();
    // The previous cards stay until the filtered page arrives: wait for the board to settle on the new count.
    const corroborated = Math.min(counts.corroborated, BOARD_PAGE);
    await page.waitForFunction(
      (n) => document.querySelector('.board')?.getAttribute('aria-busy') === 'false' && document.querySelectorAll('.board .card').length === n,
      corroborated,
    );
    assert.equal(await page.locator('.board .card').count(), corroborated);
    await page.getByRole('button', { name: 'all' }).click();
    await shot('claims');
    // An analyst overrides a grade with a reason: the card and the API both show it.
    const graded = page.getByRole('article', { name: top.summary });
    await graded.getByRole('button', { name: 'Override grade' }).click();
    const credibility = top.credibility === 2 ? 3 : 2;
    await graded.getByLabel('Credibility').selectOption(String(credibility));
    await graded.getByLabel('Reason').fill('matches our own imagery');
    await graded.getByRole('button', { name: 'Save' }).click();
    await graded.getByText('set by analyst: “matches our own imagery”').waitFor();
    assert.equal(await graded.locator('header .grade').textContent(), String(credibility));
    const after = (await api<ClaimsPage>(`/api/claims?limit=${BOARD_PAGE}`)).items.find((i) => i.key === top.key)!;
    assert.equal(after.override?.credibility, credibility);
    assert.deepEqual(problems, []);
  });

  test('graph with no entity yet: start from a most-mentioned one, by keyboard', async () => {
    await page.goto(served.url + '/graph');
    const top = (await api<{ items: { id: string; name: string }[] }>('/api/entities?limit=12')).items[0]!;
    const start = page.locator('.start-from').getByRole('button', { name: new RegExp(`^${top.name} `) });
    await start.focus();
    await page.keyboard.press('Enter');
    const graph = await api<GraphView>(`/api/graph?entity=${encodeURIComponent(top.id)}`);
    await page.waitForFunction((n) => document.querySelector('.graph-canvas')?.getAttribute('data-nodes') === String(n), graph.nodes.length);
    assert.ok(graph.nodes.length > 1);
    assert.equal(new URL(page.url()).searchParams.get('entity'), top.id);
    assert.deepEqual(problems, []);
  });

  test('every view fits a phone’s width (no sideways scrolling)', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    const article = (await api<{ items: { document: { id: string } }[] }>('/api/search?q=Raqqa')).items[0]!.document.id;
    const views: [string, string][] = [
      ['/?q=Raqqa', '.hits li'], [`/documents/${article}`, '.article-text'], ['/entities/vladimir-putin', '.entity-page h1'],
      ['/graph?entity=vladimir-putin', '.graph-canvas canvas'], ['/timeline', '.vis-item'], ['/map', '.leaflet-overlay-pane path'], ['/claims', '.card'],
    ];
    for (const [path, ready] of views) {
      await page.goto(served.url + path);
      await page.locator(ready).first().waitFor({ state: 'attached' });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 0, `${path} is ${overflow}px wider than the phone`);
    }
    await page.setViewportSize({ width: 1280, height: 800 });
    assert.deepEqual(problems, []);
  });
});
