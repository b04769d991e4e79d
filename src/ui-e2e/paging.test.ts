// Long lists come a page at a time: the corpus list (25 a page), search hits (20 a page), the claims board (50 a page) and
// the evidence of a link in the graph (3 in the graph view, 10 a page in its panel), an
// entity's quotes (50, then 50 more), and a claim's reports on its card (8, then all),
// over a corpus of 30 made-up reports, each with its own names so none is a near-copy.

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import type { ClaimsPage, EdgeEvidencePage, EntityProfile, GraphView, Paged, QuoteView, SearchResponse } from '../api/dto.js';
import { browseCorpus, skipReason, type BrowsedCorpus, type Served } from './harness.js';

const REPORTS = 30;
const SYLLABLES = ['ka', 'lo', 'mi', 'ren', 'sa', 'tu', 'vel', 'zor', 'an', 'bek', 'dri', 'fen', 'gor', 'hal', 'ist', 'jun'];

/** A made-up word for report `i`, part `part`: different reports share no names. */
function word(i: number, part: number): string {
  const n = i * 7 + part * 131;
  const w = SYLLABLES[n % 16]! + SYLLABLES[(n >> 4) % 16]! + SYLLABLES[(n * 3 + part) % 16]!;
  return w[0]!.toUpperCase() + w.slice(1);
}

function report(i: number): string {
  const [town, river, first, last, other, group] = [0, 1, 2, 3, 4, 5].map((part) => word(i, part));
  return `Convoy reaches ${town}

A relief convoy of ${i + 12} lorries reached ${town} on the ${river} river on Tuesday, officials of the ${group} council said.
"We delivered flour and medicine to ${i + 3} villages near ${town} before the road closed," said ${first} ${last}, who led the convoy.
${other} Brigade fighters shelled the ${river} crossing overnight, according to residents of ${town}.
"The ${group} council will ask for a second convoy to ${town} within ${i + 2} days," said ${other} ${last}, a council member.
"Food must reach ${town} and the rest of Syria before the ${river} floods," said Antonio Guterres, the UN secretary-general.
"The people of ${town} have waited ${i + 5} weeks for the ${group} council to act," Guterres added.
"Every road to the north must stay open for aid," said Martin Griffiths.
`;
}

const skip = skipReason();

describe('paging through long lists', { skip }, () => {
  let corpus: BrowsedCorpus;
  let served: Served;
  let page: Page;
  let problems: string[];
  const api = async <T>(path: string) => (await (await fetch(served.url + path)).json()) as T;
  const pager = () => page.getByRole('navigation', { name: 'Pages' });

  before(async () => {
    corpus = await browseCorpus(Object.fromEntries(Array.from({ length: REPORTS }, (_, i) => [`convoy-${i}.txt`, report(i)])));
    ({ served, page, problems } = corpus);
  });
  after(() => corpus?.close());

  test('corpus list: 25 articles a page', async () => {
    await page.goto(`${served.url}/`);
    const pages = page.getByRole('navigation', { name: 'Article pages' });
    await pages.waitFor();
    assert.match(await pages.innerText(), /1–25\s+of\s+30/);
    assert.equal(await page.locator('.corpus table tbody tr').count(), 25);
    await pages.getByRole('button', { name: 'Next' }).click();
    await page.getByText(/26–30\s+of\s+30/).waitFor();
    assert.equal(await page.locator('.corpus table tbody tr').count(), 5);
    assert.deepEqual(problems, []);
  });

  test('search: 20 hits a page, next and previous, the page kept in the address', async () => {
    const all = await api<SearchResponse>('/api/search?q=convoy&limit=200');
    assert.equal(all.total, REPORTS, 'paging.test: every report is a hit of its own');
    await page.goto(`${served.url}/?q=convoy`);
    await page.locator('.hits li').first().waitFor();
    assert.equal(await page.locator('.hits li').count(), 20);
    assert.match(await pager().innerText(), /1–20\s+of\s+30/);
    assert.equal(await pager().getByRole('button', { name: 'Previous' }).isDisabled(), true);
    await pager().getByRole('button', { name: 'Next' }).click();
    await page.getByText(/21–30\s+of\s+30/).waitFor();
    assert.match(page.url(), /offset=20/);
    const titles = await page.locator('.hits .hit-title').allTextContents();
    assert.deepEqual(titles, all.items.slice(20).map((h) => h.document.title));
    assert.equal(await pager().getByRole('button', { name: 'Next' }).isDisabled(), true);
    await pager().getByRole('button', { name: 'Previous' }).click();
    await page.getByText(/1–20\s+of\s+30/).waitFor();
    assert.equal(await page.locator('.hits li').count(), 20);
    assert.deepEqual(problems, []);
  });

  test('claims board: 50 cards a page, the rest on the next', async () => {
    const first = await api<ClaimsPage>('/api/claims?limit=50');
    assert.ok(first.total > 50, `paging.test: ${first.total} board items`);
    await page.goto(`${served.url}/claims`);
    await page.locator('.board .card').first().waitFor();
    assert.equal(await page.locator('.board .card').count(), 50);
    await pager().getByRole('button', { name: 'Next' }).click();
    await page.getByText(new RegExp(`51–${first.total}\\s+of\\s+${first.total}`)).waitFor();
    const rest = await api<ClaimsPage>('/api/claims?limit=50&offset=50');
    assert.equal(await page.locator('.board .card').count(), rest.items.length);
    assert.equal(await page.locator('.board .card strong').first().textContent(), rest.items[0]!.summary);
    assert.deepEqual(problems, []);
  });

  test('graph: a link with many sentences carries three; its panel shows ten, the rest page by page', async () => {
    const view = await api<GraphView>('/api/graph?entity=Guterres');
    const link = [...view.edges].sort((a, b) => b.evidenceCount - a.evidenceCount)[0]!;
    assert.ok(link.evidenceCount > 10 && link.evidence.length === 3, `paging.test: ${link.id} has ${link.evidenceCount} sentences`);
    await page.goto(`${served.url}/graph?entity=${encodeURIComponent(link.source)}`);
    await page.waitForFunction((n) => document.querySelector('.graph-canvas')?.getAttribute('data-nodes') === String(n), view.nodes.length);
    // Tapped as cytoscape would on a pointer tap; nothing returned (a collection is slow to serialise).
    await page.evaluate((id) => void (window as unknown as { dossierGraph: import('cytoscape').Core }).dossierGraph.getElementById(id).emit('tap'), link.id);
    await page.getByRole('heading', { name: new RegExp(`^Evidence: .*\\(${link.evidenceCount}\\)$`) }).waitFor();
    // The panel's page comes from the API: wait until it shows what the API gives.
    const showing = (texts: string[]) => page.waitForFunction(
      (expected) => JSON.stringify([...document.querySelectorAll('aside .evidence li q')].map((q) => q.textContent)) === expected, JSON.stringify(texts));
    const first = await api<EdgeEvidencePage>(`/api/graph/edges/${encodeURIComponent(link.id)}?limit=10`);
    assert.deepEqual(first.items.slice(0, 3), link.evidence, 'the view carries the first three');
    await showing(first.items.map((e) => e.text));
    await pager().getByRole('button', { name: 'Next' }).click();
    const second = await api<EdgeEvidencePage>(`/api/graph/edges/${encodeURIComponent(link.id)}?limit=10&offset=10`);
    await showing(second.items.map((e) => e.text));
    assert.match(await pager().innerText(), new RegExp(`11–${10 + second.items.length}\\s+of\\s+${link.evidenceCount}`));
    assert.deepEqual(problems, []);
  });

  test('entity page: a list of many quotes shows the newest fifty, then fifty more on request', async () => {
    const profile = await api<EntityProfile>('/api/entities/Guterres');
    assert.ok(profile.totals.quotesBy > 50 && profile.quotesBy.length === 50, `paging.test: ${profile.totals.quotesBy} quotes by ${profile.name}`);
    await page.goto(`${served.url}/entities/${encodeURIComponent(profile.id)}`);
    const section = page.locator('section').filter({ has: page.getByRole('heading', { name: `Quotes by (${profile.totals.quotesBy})` }) });
    await section.waitFor();
    assert.equal(await section.locator('li').count(), 50);
    await section.getByRole('button', { name: /^Show \d+ more/ }).click();
    await page.waitForFunction((n) => [...document.querySelectorAll('section')].some((s) => s.querySelector('h2')?.textContent?.startsWith('Quotes by') && s.querySelectorAll('li').length === n), profile.totals.quotesBy);
    const all = await api<Paged<QuoteView>>(`/api/entities/${encodeURIComponent(profile.id)}/lists/quotesBy?limit=200`);
    assert.deepEqual(await section.locator('li q').allTextContents(), all.items.map((q) => (q.content.text.length > 200 ? `${q.content.text.slice(0, 200)}…` : q.content.text)));
    assert.equal(await section.getByRole('button', { name: /more/ }).count(), 0, 'no more to show');
    assert.deepEqual(problems, []);
  });

  test('claims board: a claim made in every report shows eight reports, then all on request', async () => {
    const board = await api<ClaimsPage>('/api/claims?kind=claim&limit=200');
    const repeated = board.items.find((i) => i.summary.includes('Every road to the north'));
    assert.ok(repeated && repeated.reports.length === REPORTS, `paging.test: the repeated claim has ${repeated?.reports.length} reports`);
    await page.goto(`${served.url}/claims`);
    const card = page.getByRole('article', { name: repeated.summary });
    await card.waitFor();
    assert.equal(await card.locator('.evidence li').count(), 8);
    await card.getByRole('button', { name: `Show all ${REPORTS} reports` }).click();
    assert.equal(await card.locator('.evidence li').count(), REPORTS);
    assert.deepEqual(problems, []);
  });
});
