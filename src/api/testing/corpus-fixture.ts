// Real corpora for the API, services and CLI tests: a temporary SQLite file filled through
// the same ingest pipeline and corpus-wide entity resolution as `dossier ingest`.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Extractor } from '../../extract/extractor.js';
import { CorpusResolver } from '../../ingest/corpus-resolver.js';
import { ingest, type IngestCounts } from '../../ingest/ingest.js';
import { loadCapitals } from '../../models/load-capitals.js';
import { loadAliases, loadExtractor } from '../../models/load-resources.js';
import { packageRoot } from '../../models/package-root.js';
import { SqliteStore } from '../../store/sqlite/sqlite-store.js';
import type { Store } from '../../store/store.js';
import { AIRSTRIKE_STORIES, storyPage } from './airstrike-stories.js';

/** The five seed articles shipped with the project (examples/seeds). */
export const SEEDS_FOLDER = join(packageRoot(), 'examples', 'seeds');

let extractor: Extractor | null = null;

export interface TempCorpus {
  /** The SQLite file, for commands that open it by --db. */
  path: string;
  /** The folder the corpus' own input files were written to. */
  folder: string;
  /** Opens the file (again); the caller closes what it opens. */
  open: () => Promise<Store>;
  /** Removes the folder with the store and inputs. */
  cleanUp: () => void;
}

/** A fresh store with `inputs` ingested (files, folders); `files` are written first into the corpus folder. */
export async function tempCorpus(label: string, inputs: string[], files: Record<string, string> = {}): Promise<TempCorpus> {
  const folder = mkdtempSync(join(tmpdir(), `dossier-${label}-`));
  const path = join(folder, 'corpus.db');
  for (const [name, text] of Object.entries(files)) writeFileSync(join(folder, name), text);
  const store = await SqliteStore.open(path);
  try {
    const counts = await ingestInto(store, [...inputs, ...Object.keys(files).sort().map((name) => join(folder, name))]);
    if (counts.failed > 0) throw new Error(`${label}: ${counts.failed} input(s) failed to ingest`);
  } finally {
    await store.close();
  }
  return { path, folder, open: () => SqliteStore.open(path), cleanUp: () => rmSync(folder, { recursive: true, force: true }) };
}

/** Ingests more inputs into an open store, as `dossier ingest` does. */
export async function ingestInto(store: Store, inputs: string[]): Promise<IngestCounts> {
  extractor ??= loadExtractor();
  const resolver = new CorpusResolver(store, { aliases: loadAliases(), capitals: loadCapitals() });
  return ingest(inputs, { store, extractor, resolver });
}

export const seedCorpus = (): Promise<TempCorpus> => tempCorpus('seeds', [SEEDS_FOLDER]);

/** The airstrike stories, one HTML page per outlet, ingested in their listed order. */
export const airstrikeCorpus = (): Promise<TempCorpus> =>
  tempCorpus('airstrike', [], Object.fromEntries(AIRSTRIKE_STORIES.map((s, i) => [`${i}-${s.file}`, storyPage(s)])));
