import { after, before } from 'node:test';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { createServices } from '../../services/corpus-services.js';
import type { Store } from '../../store/store.js';
import { createApp } from '../app.js';
import { seedCorpus, type TempCorpus } from './corpus-fixture.js';

export interface SeedApp {
  corpus: TempCorpus;
  store: Store;
  app: OpenAPIHono;
}

/**
 * Hooks for a test suite over the API on the seed corpus: before it, ingest the seeds into
 * a temporary store and hand the app to `opened`; after it, close and remove everything.
 */
export function useSeedApp(opened: (seeds: SeedApp) => void): void {
  let seeds: SeedApp | null = null;
  before(async () => {
    const corpus = await seedCorpus();
    const store = await corpus.open();
    seeds = { corpus, store, app: createApp(createServices(store)) };
    opened(seeds);
  });
  after(async () => {
    if (!seeds) return;
    await seeds.store.close();
    seeds.corpus.cleanUp();
  });
}
