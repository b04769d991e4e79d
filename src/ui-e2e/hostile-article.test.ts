// Article text is data, never markup: articles carrying <script>, event-handler attributes and
// javascript: links are ingested, every view that shows their text is opened, and nothing
// from them runs, nor is injected (an injected script blocked by the CSP would still log).

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { browseCorpus, skipReason, type BrowsedCorpus, type Served } from './harness.js';

const PAYLOADS = [
  `<script>window.__pwned = 'script'</script>`,
  `<img src="x" onerror="window.__pwned = 'onerror'">`,
  `<svg onload="window.__pwned = 'onload'"></svg>`,
];

const HTML = `<!doctype html><html><head><title>Strike near Aleppo <img src=x onerror="window.__pwned='title'"></title></head><body>
<article><h1>Strike near Aleppo</h1>
<p>Officials in Aleppo said on Monday that an air strike killed twelve fighters. <script>window.__pwned = 'html-script'</script>
The Syrian Observatory said the strike hit a depot <img src="x" onerror="window.__pwned = 'html-img'"> outside the city.</p>
<p onmouseover="window.__pwned = 'html-attr'">Vladimir Putin said the operation <a href="javascript:window.__pwned='html-href'">would continue</a> until the spring.
Residents told reporters that they had heard three explosions before dawn and that the roads to the depot were closed.</p>
<p>A spokesman quoted the code &lt;script&gt;window.__pwned = 'escaped'&lt;/script&gt; from a leaflet dropped over the city.</p>
</article></body></html>`;

const TEXT = `Leaflets dropped over Raqqa

Leaflets dropped over Raqqa on Tuesday carried strange text, residents said.
The first read ${PAYLOADS[0]} in large letters.
Another, found near the river, read ${PAYLOADS[1]} and a third ${PAYLOADS[2]}.
Vladimir Putin said the leaflets were not Russian.
`;

const skip = skipReason();

describe('articles carrying markup', { skip }, () => {
  let corpus: BrowsedCorpus;
  let served: Served;
  let page: Page;
  let problems: string[];
  const ran = () => page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned ?? null);
  const injected = () => page.locator('main script, main img, main svg [onload], main [onerror], main [onload], main [onmouseover], main a[href^="javascript:"]').count();

  before(async () => {
    corpus = await browseCorpus({ 'strike.html': HTML, 'leaflets.txt': TEXT });
    ({ served, page, problems } = corpus);
  });
  after(() => corpus?.close());

  test('the plain-text article shows its markup as text, in the reader and in search', async () => {
    const { items } = await (await fetch(`${served.url}/api/search?q=leaflets`)).json() as { items: { document: { id: string } }[] };
    assert.equal(items.length > 0, true, 'the article was ingested');
    await page.goto(`${served.url}/?q=leaflets`);
    await page.locator('.hits li').first().waitFor();
    await page.locator('.hits a').first().click();
    const text = page.locator('.article-text');
    await text.waitFor();
    const shown = await text.innerText();
    for (const payload of PAYLOADS) assert.ok(shown.includes(payload), `shown as text: ${payload}`);
    assert.equal(await injected(), 0);
    await page.locator('.article-text a').first().hover(); // any handler that slipped in gets its chance
    assert.equal(await ran(), null);
    assert.deepEqual(problems, []);
  });

  test('the HTML article: its scripts, handlers and javascript: links are gone; escaped text stays text', async () => {
    await page.goto(`${served.url}/`);
    await page.getByRole('link', { name: /Strike near Aleppo/ }).click();
    const text = page.locator('.article-text');
    await text.waitFor();
    const shown = await text.innerText();
    assert.match(shown, /air strike killed twelve fighters/);
    assert.ok(shown.includes(`<script>window.__pwned = 'escaped'</script>`), 'escaped markup in the source is shown as text');
    assert.ok(!shown.includes('html-script'), 'the <script> element is not article text');
    assert.equal(await injected(), 0);
    await page.locator('main h1').hover();
    await text.hover();
    assert.equal(await ran(), null);
    assert.deepEqual(problems, []);
  });

  test('nothing runs on the corpus list, entity page, graph, timeline, map or claims either', async () => {
    for (const path of ['/', '/entities/vladimir-putin', '/graph?entity=vladimir-putin', '/timeline', '/map', '/claims']) {
      await page.goto(served.url + path);
      await page.locator('main h1, main canvas').first().waitFor({ state: 'attached' });
      await page.waitForLoadState('networkidle');
      assert.equal(await injected(), 0, path);
      assert.equal(await ran(), null, path);
    }
    assert.deepEqual(problems, []);
  });
});
