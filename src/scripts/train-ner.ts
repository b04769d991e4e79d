#!/usr/bin/env node
// `npm run train:ner -- --data ../shared/data/conll2003 [--re3d DIR [--re3d-exclude SOURCE,…] [--re3d-repeat K]]
//    [--out models/ner] [--epochs N] [--seed N] [--cutoff N] [--clusters FILE|none]`
// Trains the averaged-perceptron tagger on train.txt (plus re3d documents, each K times, when
// --re3d is given), keeps the epoch that scores best on CoNLL valid.txt, and writes
// models/ner/model.bin. Word clusters (npm run train:clusters) come from --clusters, by default
// models/ner/clusters.tsv when it exists (written by train:clusters, not committed); they are
// compiled into the model file. The same
// data, clusters and seed give the same file.

import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { evaluateConll } from '../eval/ner.js';
import { formatScores } from '../eval/span-scorer.js';
import { Gazetteer, type GazetteerEntry } from '../extract/gazetteer/gazetteer.js';
import { WordClusters } from '../extract/ner/clusters.js';
import { parseConll } from '../extract/ner/conll.js';
import { writeModel } from '../extract/ner/model-format.js';
import { NerTagger } from '../extract/ner/tagger.js';
import { trainNer, type LabelledDocument } from '../extract/ner/train.js';
import { NER_MODEL_FILE } from '../models/load-ner.js';
import { packageRoot } from '../models/package-root.js';
import { gazetteerEntries } from './ner-gazetteer-sources.js';
import { readRe3dRaw } from '../eval/re3d.js';
import { re3dToLabelled, type NameLists } from './re3d-training.js';

interface Options {
  data: string; out: string; epochs: number; seed: number; cutoff: number;
  re3d: string | null; re3dExclude: string[]; re3dRepeat: number; clusters: string | null;
}

function options(argv: string[]): Options {
  const { values } = parseArgs({
    args: argv,
    options: {
      data: { type: 'string' }, out: { type: 'string' }, epochs: { type: 'string' }, seed: { type: 'string' },
      cutoff: { type: 'string' }, re3d: { type: 'string' }, 're3d-exclude': { type: 'string' }, 're3d-repeat': { type: 'string' },
      clusters: { type: 'string' },
    },
  });
  if (!values.data) throw new Error('--data DIR is required (the folder with train.txt and valid.txt)');
  const number = (value: string | undefined, fallback: number, name: string) => {
    const n = Number(value ?? fallback);
    if (!Number.isInteger(n) || n < 0) throw new Error(`--${name} must be a whole number, got "${value}"`);
    return n;
  };
  if (values['re3d-repeat'] !== undefined && Number(values['re3d-repeat']) < 1) throw new Error('--re3d-repeat must be at least 1');
  return {
    data: resolve(values.data),
    out: values.out ? resolve(values.out) : join(packageRoot(), 'models', 'ner'),
    epochs: number(values.epochs, 15, 'epochs'),
    seed: number(values.seed, 1, 'seed'),
    cutoff: number(values.cutoff, 2, 'cutoff'),
    re3d: values.re3d ? resolve(values.re3d) : null,
    re3dExclude: (values['re3d-exclude'] ?? '').split(',').map((s) => s.trim()).filter(Boolean),
    re3dRepeat: number(values['re3d-repeat'], 1, 're3d-repeat'),
    clusters: clustersPath(values.clusters),
  };
}

/** The cluster table to compile in: --clusters FILE, none for --clusters none, else the one train:clusters wrote, if any. */
function clustersPath(value: string | undefined): string | null {
  if (value === 'none') return null;
  if (value) return resolve(value);
  const local = join(packageRoot(), 'models', 'ner', 'clusters.tsv');
  return existsSync(local) ? local : null;
}

// Abbreviations world-countries leaves out of its alternative spellings (two letters or dotted).
const COUNTRY_ABBREVIATIONS = ['us', 'u.s.', 'usa', 'u.s.a.', 'uk', 'u.k.'];

function nameLists(entries: GazetteerEntry[]): NameLists {
  const of = (category: string) => new Set(entries.filter((e) => e.category === category).map((e) => e.phrase.toLowerCase()));
  return { countries: new Set([...of('country'), ...COUNTRY_ABBREVIATIONS]), demonyms: of('demonym') };
}

/** re3d documents for training, from every source folder under dir except the excluded ones (by folder name). */
function re3dTraining(opts: Options, entries: GazetteerEntry[]): { documents: LabelledDocument[]; sources: string[] } {
  if (!opts.re3d) return { documents: [], sources: [] };
  const all = readRe3dRaw(opts.re3d);
  const known = new Set(all.map((d) => basename(d.source)));
  for (const name of opts.re3dExclude) if (!known.has(name)) throw new Error(`--re3d-exclude: no source "${name}" (have ${[...known].join(', ')})`);
  const kept = all.filter((d) => !opts.re3dExclude.includes(basename(d.source)));
  const lists = nameLists(entries);
  const labelled = kept.map((d) => re3dToLabelled(d, lists));
  const documents = Array.from({ length: opts.re3dRepeat }, () => labelled).flat();
  return { documents, sources: [...new Set(kept.map((d) => basename(d.source)))] };
}

async function main(): Promise<void> {
  const opts = options(process.argv.slice(2));
  const started = performance.now();
  const log = (message: string) => console.log(`[${((performance.now() - started) / 1000).toFixed(0).padStart(4)}s] ${message}`);
  const entries = await gazetteerEntries();
  const gazetteer = Gazetteer.fromEntries(entries);
  log(`gazetteer: ${gazetteer.size} phrases in ${gazetteer.categories.length} categories`);
  const trainText = readFileSync(join(opts.data, 'train.txt'), 'utf8');
  const devText = readFileSync(join(opts.data, 'valid.txt'), 'utf8');
  const re3d = re3dTraining(opts, entries);
  const clusters = opts.clusters ? WordClusters.deserialize(readFileSync(opts.clusters, 'utf8')) : WordClusters.EMPTY;
  log(opts.clusters ? `word clusters: ${clusters.size} words from ${opts.clusters}` : 'word clusters: none');
  const train: LabelledDocument[] = [...parseConll(trainText), ...re3d.documents];
  const dev = parseConll(devText);
  if (opts.re3d) log(`re3d: ${re3d.documents.length / opts.re3dRepeat} documents × ${opts.re3dRepeat} from ${re3d.sources.join(', ')}`);
  log(`data: train ${train.length} documents, valid ${dev.length} documents; epochs ${opts.epochs}, seed ${opts.seed}, cutoff ${opts.cutoff}`);

  const result = trainNer(train, dev, gazetteer, {
    epochs: opts.epochs, seed: opts.seed, cutoff: opts.cutoff, clusters,
    meta: {
      trainedOn: 'CoNLL-2003 English train.txt (eng.train)' + (opts.re3d ? `; re3d ${re3d.sources.join(', ')} ×${opts.re3dRepeat}` : ''),
      selectedOn: 'CoNLL-2003 valid.txt (eng.testa)',
    },
    onEpoch: (r) => log(`epoch ${String(r.epoch).padStart(2)}: train ${Math.round(r.trainTokensPerSecond)} tokens/s, ` +
      `${r.trainErrors} token errors; dev F1 ${(100 * r.devF1).toFixed(2)} (decode ${Math.round(r.devTokensPerSecond)} tokens/s)${r.best ? ' *' : ''}`),
  });
  log(`features: ${result.featuresSeen} seen, ${result.featuresKept} kept, ${result.model.features.length} with non-zero weights`);

  const bytes = writeModel(result.model);
  mkdirSync(opts.out, { recursive: true });
  const file = join(opts.out, NER_MODEL_FILE);
  writeFileSync(file, bytes);
  log(`best epoch ${result.bestEpoch}; wrote ${file} (${(bytes.length / 1e6).toFixed(1)} MB)`);

  // Score the file as written (quantised weights), which is what users get.
  const { scores, tokens, seconds } = evaluateConll(NerTagger.fromBytes(bytes), devText);
  console.log(`\nCoNLL-2003 valid.txt, saved model (${Math.round(tokens / seconds)} tokens/s):\n${formatScores(scores)}`);
}

main().catch((error: unknown) => {
  console.error(`train-ner: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
  process.exitCode = 1;
});
