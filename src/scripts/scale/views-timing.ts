// The corpus-wide views and entity profiles on a large store, as `dossier serve` answers them:
// the first view reads the whole corpus (the snapshot), later ones reuse it; a profile reads
// only its own rows, a page of each list.
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
  if (person) await time(`graph around ${person.name} (centrality)`, () => services.graph([person.id], 1));
  return { figures, heapMb: { before, after: heapMb() } };
}

/** The profiles of the most mentioned entity and the most mentioned person, and a later page of each one's longest lists. */
export async function timeProfiles(store: Store): Promise<ViewFigure[]> {
  const services = createServices(store);
  const figures: ViewFigure[] = [];
  const time = async (view: string, answer: () => Promise<unknown>) => {
    const started = performance.now();
    const result = await answer();
    figures.push({ view, ms: performance.now() - started, bytes: Buffer.byteLength(JSON.stringify(result)) });
  };
  const top = (await store.listEntities({}, { limit: 1 })).items[0];
  const person = (await store.listEntities({ type: 'PERSON' }, { limit: 1 })).items[0];
  for (const entity of new Map([top, person].flatMap((e) => (e ? [[e.id, e] as const] : []))).values()) {
    const about = `${entity.name} (${entity.documentCount.toLocaleString('en')} documents)`;
    await time(`profile of ${about}`, () => services.entity(entity.id));
    await time(`profile of ${entity.name}, again`, () => services.entity(entity.id));
    const middle = Math.floor(entity.documentCount / 2);
    await time(`${entity.name}: documents from ${middle.toLocaleString('en')}, 50`, () => services.entityList(entity.id, 'documents', { limit: 50, offset: middle }));
    await time(`${entity.name}: quotes by, from 50`, () => services.entityList(entity.id, 'quotesBy', { limit: 50, offset: 50 }));
  }
  return figures;
}
