// What the browser tests and the UI benchmark share: a `dossier serve` over a fresh SQLite
// store ingested with the real CLI, and Debian's chromium driven by playwright-core.

import { serve } from '@hono/node-server';
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { chromium, type Browser, type Page } from 'playwright-core';
import { createApp } from '../api/app.js';
import { openServices } from '../cli/open-services.js';
import { packageRoot } from '../models/package-root.js';

export const CHROMIUM = process.env.DOSSIER_CHROMIUM ?? '/usr/bin/chromium';
export const SEEDS = join(packageRoot(), 'examples', 'seeds');
const WEB_ROOT = join(packageRoot(), 'dist-web');

/**
 * Why the browser tests cannot run here, or null when they can. CI installs chromium (.ci/run),
 * so a missing browser is a failure there; DOSSIER_SKIP_BROWSER=1 turns it into a skip.
 */
export function browserMissing(): string | null {
  if (!existsSync(CHROMIUM)) return `no browser at ${CHROMIUM}: install Debian's chromium (apt-get install chromium) or set DOSSIER_CHROMIUM`;
  if (!existsSync(join(WEB_ROOT, 'index.html'))) return `the web UI is not built (${WEB_ROOT}): run \`npm run build\``;
  return null;
}

/** Skip (with the reason) only when asked to; otherwise a missing browser fails loudly. */
export function skipReason(): string | false {
  const missing = browserMissing();
  if (!missing) return false;
  if (process.env.DOSSIER_SKIP_BROWSER === '1') return `DOSSIER_SKIP_BROWSER=1 and ${missing}`;
  throw new Error(`browser tests cannot run: ${missing} (set DOSSIER_SKIP_BROWSER=1 to skip them)`);
}

export interface Served {
  url: string;
  close: () => Promise<void>;
}

/** Ingests the inputs with `dossier ingest` into a temporary store and serves it on a free port. */
export async function serveCorpus(inputs: string[]): Promise<Served> {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-ui-'));
  const db = join(dir, 'ui.db');
  await promisify(execFile)(process.execPath, [join(packageRoot(), 'dist', 'cli', 'main.js'), 'ingest', '--db', db, ...inputs]);
  const { services, close } = await openServices(db);
  const app = createApp(services, { webRoot: WEB_ROOT });
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Headless chromium that never reaches for the network beyond the test server. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** Collects console errors, uncaught page errors and failed requests, to assert there were none. */
export function watchProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console error: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('requestfailed', (r) => {
    // A navigation cancels the previous page's fetches: that is not a failure.
    if (r.failure()?.errorText !== 'net::ERR_ABORTED') problems.push(`request failed: ${r.url()} (${r.failure()?.errorText})`);
  });
  page.on('dialog', (d) => { problems.push(`dialog opened: ${d.message()}`); void d.dismiss(); });
  return problems;
}

export interface BrowsedCorpus {
  served: Served;
  page: Page;
  /** Console errors, page errors and failed requests seen so far (see watchProblems). */
  problems: string[];
  close: () => Promise<void>;
}

/** Writes the articles (file name → text) to a folder, ingests and serves them, and opens a browser page. */
export async function browseCorpus(articles: Record<string, string>): Promise<BrowsedCorpus> {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-ui-articles-'));
  for (const [name, text] of Object.entries(articles)) writeFileSync(join(dir, name), text);
  const served = await serveCorpus([dir]);
  const browser = await launchBrowser();
  const page = await browser.newPage();
  page.setDefaultTimeout(10_000);
  return {
    served, page, problems: watchProblems(page),
    close: async () => {
      await browser.close();
      await served.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
