// The corpus-wide views and an entity profile on a large store, as `dossier serve` answers
// them: the first request reads the whole corpus (the snapshot), later ones reuse it.
import { performance } from 'node:perf_hooks';
import { getHeapStatistics } from 'node:v8';
import { createServices } from '../../services/corpus-services.js';
import type { Store } from '../../store/store.js';

export interface ViewFigure {
  view: string;
  ms: number;
  /** Size of the answer as JSON. */
  bytes: number;
}

/** Each view once, in the order an analyst might open them, and the process's heap before and after (no forced collection: roughly what the services keep). */
export async function timeViews(store: Store): Promise<{ figures: ViewFigure[]; heapMb: { before: number; after: number } }> {
  const heapMb = () => getHeapStatistics().used_heap_size / 1e6;
  const before = heapMb();
  const services = createServices(store, { snapshotMaxAgeMs: Number.POSITIVE_INFINITY });
  const person = (await store.listEntities({ type: 'PERSON' }, { limit: 1 })).items[0];
  const figures: ViewFigure[] = [];
  const time = async (view: string, answer: () => Promise<unknown>) => {
    const started = performance.now();
    const result = await answer();
    figures.push({ view, ms: performance.now() - started, bytes: Buffer.byteLength(JSON.stringify(result)) });
  };
  await time('map (reads the snapshot)', () => services.map());
  await time('timeline', () => services.timeline({}));
  await time('claims board, first page', () => services.claims({}));
  await time('claims board, page 11', () => services.claims({ offset: 200 }));
  if (person) {
    await time(`graph around ${person.name} (centrality)`, () => services.graph([person.id], 1));
    await time(`profile of ${person.name}`, () => services.entity(person.id));
    await time(`profile of ${person.name}, again`, () => services.entity(person.id));
  }
  return { figures, heapMb: { before, after: heapMb() } };
}
