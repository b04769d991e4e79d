import { serve } from '@hono/node-server';
import type { Command } from 'commander';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createApp } from '../../api/app.js';
import { packageRoot } from '../../models/package-root.js';
import { addDbOption, dbLocation } from '../db-option.js';
import { openServices } from '../open-services.js';

const positiveInt = (value: string) => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new Error(`expected a port number, got "${value}"`);
  return n;
};

export function registerServe(program: Command): void {
  addDbOption(program.command('serve').description('Serve the HTTP API (OpenAPI at /openapi.json) and the web UI.'))
    .option('--port <n>', 'port (0 picks a free one)', positiveInt, 8080)
    .option('--host <address>', 'address to listen on', '127.0.0.1')
    .action(async (o: { db?: string; port: number; host: string }) => {
      const { services, close } = await openServices(o.db);
      const webRoot = join(packageRoot(), 'dist-web');
      const app = createApp(services, { webRoot: existsSync(webRoot) ? webRoot : null });
      const server = serve({ fetch: app.fetch, port: o.port, hostname: o.host }, (info) => {
        console.log(`dossier: serving ${dbLocation(o.db)} at http://${o.host}:${info.port}/ (API at /api, OpenAPI at /openapi.json)`);
      });
      const stop = () => {
        server.close();
        void close().then(() => process.exit(0));
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
}
