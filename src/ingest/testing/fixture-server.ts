// A local HTTP server for ingest tests: pages, feeds, redirects, slow and huge responses.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Route {
  status?: number;
  type?: string;
  body?: string | Buffer;
  headers?: Record<string, string>;
  /** Never answers (for timeouts). */
  hang?: boolean;
}

export interface FixtureServer {
  /** http://127.0.0.1:PORT */
  origin: string;
  /** Routes by path; change them between runs to simulate a site changing. */
  routes: Map<string, Route>;
  /** How many requests each path received. */
  hits: Map<string, number>;
  close(): Promise<void>;
}

export async function startFixtureServer(): Promise<FixtureServer> {
  const routes = new Map<string, Route>();
  const hits = new Map<string, number>();
  const hanging = new Set<import('node:http').ServerResponse>();
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    hits.set(path, (hits.get(path) ?? 0) + 1);
    const route = routes.get(path);
    if (!route) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    if (route.hang) {
      hanging.add(res);
      return;
    }
    const body = route.body ?? '';
    res.writeHead(route.status ?? 200, { 'content-type': route.type ?? 'text/html; charset=utf-8', 'content-length': String(Buffer.byteLength(body)), ...route.headers });
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    routes,
    hits,
    close: () =>
      new Promise((resolve) => {
        for (const res of hanging) res.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export function rssFeed(title: string, site: string, items: { title: string; link: string; pubDate?: string }[]): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>${title}</title><link>${site}</link><description>Test feed</description>
${items.map((i) => `<item><title>${i.title}</title><link>${i.link}</link>${i.pubDate ? `<pubDate>${i.pubDate}</pubDate>` : ''}</item>`).join('\n')}
</channel></rss>`;
}

export function atomFeed(title: string, items: { title: string; href: string; updated: string }[]): string {
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>${title}</title><id>urn:test:feed</id><updated>2026-11-30T10:00:00Z</updated>
${items.map((i, n) => `<entry><title>${i.title}</title><id>urn:test:${n}</id><link rel="alternate" href="${i.href}"/><updated>${i.updated}</updated></entry>`).join('\n')}
</feed>`;
}
