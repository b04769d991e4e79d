#!/usr/bin/env node
// `npm run re3d:folds -- --data ../shared/data/conll2003 --re3d ../shared/data/re3d-dev
//    [--epochs N] [--seed N] [--re3d-repeat K] [--work DIR]`
// Leave-one-source-out estimate of what re3d training data buys on unseen defence text: for
// each re3d source, train on CoNLL + the other sources, run the whole extraction pipeline on
// the held-out source and score it with the re3d scorer. The scores pooled over all folds
// are printed beside a CoNLL-only model trained with the same settings, on the same
// documents. Models go to a temporary folder (or --work), never to models/ner. Training
// runs one after another; run it under `nice` on a shared machine.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { evaluateConll, pipelineExtractEntities, scoreRe3dDocuments } from '../eval/ner.js';
import { readRe3d, re3dSourceFolders, SCORED_TYPES } from '../eval/re3d.js';
import { formatScores, SpanScorer, type SpanScores } from '../eval/span-scorer.js';
import { loadNerTagger, NER_MODEL_FILE } from '../models/load-ner.js';
import { cutToConvention } from './re3d-training.js';

interface Options { data: string; re3d: string; epochs: string; seed: string; repeat: string; work: string }

function options(argv: string[]): Options {
  const { values } = parseArgs({
    args: argv,
    options: {
      data: { type: 'string' }, re3d: { type: 'string' }, epochs: { type: 'string' }, seed: { type: 'string' },
      're3d-repeat': { type: 'string' }, work: { type: 'string' },
    },
  });
  if (!values.data || !values.re3d) throw new Error('--data DIR (CoNLL-2003) and --re3d DIR are required');
  return {
    data: resolve(values.data), re3d: resolve(values.re3d), epochs: values.epochs ?? '15', seed: values.seed ?? '1',
    repeat: values['re3d-repeat'] ?? '1', work: values.work ? resolve(values.work) : mkdtempSync(join(tmpdir(), 'dossier-re3d-folds-')),
  };
}

/** Trains with train-ner in a child process (the same code path as `npm run train:ner`); returns the model's path. */
function train(opts: Options, name: string, extra: string[]): string {
  const out = join(opts.work, name);
  const script = fileURLToPath(new URL('./train-ner.js', import.meta.url));
  const args = [script, '--data', opts.data, '--out', out, '--epochs', opts.epochs, '--seed', opts.seed, ...extra];
  console.log(`\n== ${name}: train-ner ${args.slice(1).join(' ')}`);
  const run = spawnSync(process.execPath, args, { stdio: ['ignore', 'inherit', 'inherit'] });
  if (run.status !== 0) throw new Error(`training ${name} failed (exit ${run.status})`);
  return join(out, NER_MODEL_FILE);
}

const pct = (x: number) => (100 * x).toFixed(2).padStart(6);
const conllF1 = (model: string, devText: string) => evaluateConll(loadNerTagger(model), devText).scores.exact.micro.f1;

async function main(): Promise<void> {
  const opts = options(process.argv.slice(2));
  const sources = re3dSourceFolders(opts.re3d).map((folder) => basename(folder));
  const devText = readFileSync(join(opts.data, 'valid.txt'), 'utf8');
  console.log(`re3d leave-one-source-out: ${sources.length} folds; models in ${opts.work}`);

  const baselineModel = train(opts, 'conll-only', []);
  const baselineExtract = pipelineExtractEntities(loadNerTagger(baselineModel));
  const pooled = { baseline: new SpanScorer(), adapted: new SpanScorer() };
  const pooledOurs = { baseline: new SpanScorer(), adapted: new SpanScorer() }; // gold cut to our conventions
  const rows: string[] = [];
  for (const source of sources) {
    const model = train(opts, `without-${source}`, ['--re3d', opts.re3d, '--re3d-exclude', source, '--re3d-repeat', opts.repeat]);
    const documents = readRe3d(join(opts.re3d, source));
    const fold = { baseline: new SpanScorer(), adapted: new SpanScorer() };
    const adaptedExtract = pipelineExtractEntities(loadNerTagger(model));
    scoreRe3dDocuments(documents, baselineExtract, [fold.baseline, pooled.baseline]);
    scoreRe3dDocuments(documents, adaptedExtract, [fold.adapted, pooled.adapted]);
    const ours = documents.map(cutToConvention);
    scoreRe3dDocuments(ours, baselineExtract, [pooledOurs.baseline]);
    scoreRe3dDocuments(ours, adaptedExtract, [pooledOurs.adapted]);
    const b = fold.baseline.scores(SCORED_TYPES);
    const a = fold.adapted.scores(SCORED_TYPES);
    rows.push(`${source.padEnd(42)} ${String(documents.length).padStart(4)}  ${pct(b.exact.micro.f1)} ${pct(b.overlap.micro.f1)}   ` +
      `${pct(a.exact.micro.f1)} ${pct(a.overlap.micro.f1)}   ${pct(conllF1(model, devText))}`);
  }

  console.log(`\nHeld-out source F1 (micro over ${SCORED_TYPES.join('/')}); CoNLL valid F1 of each fold model`);
  console.log(`${'held-out source'.padEnd(42)} docs  CoNLL-only exact/overlap   +re3d exact/overlap   CoNLL valid`);
  for (const row of rows) console.log(row);
  const baseline: SpanScores = pooled.baseline.scores(SCORED_TYPES);
  const adapted: SpanScores = pooled.adapted.scores(SCORED_TYPES);
  console.log(`\nPooled over all folds, CoNLL only (CoNLL valid F1 ${pct(conllF1(baselineModel, devText))}):\n${formatScores(baseline)}`);
  console.log(`\nPooled over all folds, CoNLL + the other re3d sources:\n${formatScores(adapted)}`);
  const oursBaseline = pooledOurs.baseline.scores(SCORED_TYPES).exact.micro.f1;
  const oursAdapted = pooledOurs.adapted.scores(SCORED_TYPES).exact.micro.f1;
  console.log(`\nDiagnostic, not the re3d score: pooled exact micro F1 against re3d gold cut to our span conventions ` +
    `(no determiners or titles): ${pct(oursBaseline)} → ${pct(oursAdapted)}`);
  console.log(`\nPooled micro F1: exact ${pct(baseline.exact.micro.f1)} → ${pct(adapted.exact.micro.f1)}, ` +
    `overlap ${pct(baseline.overlap.micro.f1)} → ${pct(adapted.overlap.micro.f1)}`);
}

main().catch((error: unknown) => {
  console.error(`re3d-folds: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
  process.exitCode = 1;
});
