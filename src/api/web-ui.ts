import { existsSync, readFileSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import type { OpenAPIHono } from '@hono/zod-openapi';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png', '.woff2': 'font/woff2',
};

/**
 * Serves the pre-built UI: files under the root as they are, any other non-API path the UI's
 * index.html (the UI routes in the browser). A strict content security policy means that
 * even if article text were ever rendered as markup, no script from it could run.
 */
export function serveWebUi(app: OpenAPIHono, root: string): void {
  const index = join(root, 'index.html');
  app.get('*', (c) => {
    let path: string;
    try {
      path = decodeURIComponent(c.req.path);
    } catch {
      return c.text('bad path encoding', 400);
    }
    if (path.startsWith('/api/')) return c.json({ error: `no such endpoint: GET ${path}` }, 404);
    const file = normalize(join(root, path));
    const inside = file.startsWith(root.endsWith(sep) ? root : root + sep);
    const target = inside && extname(file) && existsSync(file) ? file : index;
    if (!existsSync(target)) return c.text('The web UI is not built: run `npm run build`.', 503);
    c.header('content-type', TYPES[extname(target)] ?? 'application/octet-stream');
    c.header('content-security-policy', "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; object-src 'none'; base-uri 'none'");
    c.header('x-content-type-options', 'nosniff');
    if (target !== index) c.header('cache-control', 'public, max-age=31536000, immutable');
    return c.body(readFileSync(target));
  });
}
