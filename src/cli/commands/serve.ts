import { serve } from '@hono/node-server';
import type { Command } from 'commander';
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { createApp } from '../../api/app.js';
import { packageRoot } from '../../models/package-root.js';
import { addDbOption, dbLocation } from '../db-option.js';
import { openServices } from '../open-services.js';

const portNumber = (value: string) => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new Error(`expected a port number, got "${value}"`);
  return n;
};

export interface Serving {
  /** The port listened on (the one picked when 0 was asked for). */
  port: number;
  /** Stops listening and closes the store. */
  stop: () => Promise<void>;
  /** When asked for: the corpus read for the views in the background, settled when done. */
  viewsReady: Promise<{ documents: number; seconds: number }> | null;
}

/** Opens the store and serves the API and (when built) the web UI until stopped. */
export async function startServing(o: { db?: string; port: number; host: string; webRoot?: string | null; prepareViews?: boolean }): Promise<Serving> {
  const { services, close } = await openServices(o.db);
  const webRoot = o.webRoot !== undefined ? o.webRoot : join(packageRoot(), 'dist-web');
  const app = createApp(services, { webRoot: webRoot && existsSync(webRoot) ? webRoot : null });
  try {
    const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
      const started = serve({ fetch: app.fetch, port: o.port, hostname: o.host }, () => resolve(started));
      started.once('error', reject);
    });
    // Read after listening, so the API answers meanwhile; stopping waits for the read to end.
    const viewsReady = o.prepareViews ? services.prepareViews() : null;
    const stop = () => new Promise<void>((resolve) => server.close(() => resolve()))
      .then(() => viewsReady?.catch(() => undefined))
      .then(close);
    return { port: (server.address() as AddressInfo).port, stop, viewsReady };
  } catch (error) {
    await close();
    throw error;
  }
}

export function registerServe(program: Command): void {
  addDbOption(program.command('serve').description('Serve the HTTP API (OpenAPI at /openapi.json) and the web UI.'))
    .option('--port <n>', 'port (0 picks a free one)', portNumber, 8080)
    .option('--host <address>', 'address to listen on', '127.0.0.1')
    .option('--lazy', 'read the corpus for the graph, timeline, map and claims views on their first request, not at start')
    .action(async (o: { db?: string; port: number; host: string; lazy?: boolean }) => {
      const serving = await startServing({ ...o, prepareViews: !o.lazy });
      console.log(`dossier: serving ${dbLocation(o.db)} at http://${o.host}:${serving.port}/ (API at /api, OpenAPI at /openapi.json)`);
      serving.viewsReady?.then(
        ({ documents, seconds }) => console.log(`dossier: views ready (${documents.toLocaleString('en')} documents read in ${seconds.toFixed(1)} s)`),
        (error: unknown) => console.error(`dossier: the views could not read the corpus yet (they will try again when asked): ${error instanceof Error ? error.message : String(error)}`),
      );
      const stop = () => void serving.stop().then(() => process.exit(0));
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
}
