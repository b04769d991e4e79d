// Training: count features on the training documents, then averaged-perceptron epochs
// over the documents in a seeded shuffled order, keeping the epoch that scores best on
// the development documents. Pure: data in, model out; the script does the I/O.

import type { Gazetteer } from '../gazetteer/gazetteer.js';
import { WordClusters } from './clusters.js';
import { alwaysKeptFeatures, dynamicFeatures, GreedyDecoder, START_LABEL, type EncodedDocument } from './decoder.js';
import { documentView, taggingOrder } from './document-view.js';
import { FEATURE_VERSION, staticFeatures } from './features.js';
import { FeatureTable } from './hashing.js';
import { ENTITY_CLASSES, iobToBilou, LABEL_COUNT, LABEL_INDEX, LABELS, spansOfLabels, UNLABELLED_TAG } from './labels.js';
import { quantise, type NerModel } from './model-format.js';
import { AveragedPerceptron } from './perceptron.js';
import { FloatWeights } from './weights.js';
import { mulberry32, shuffle } from './prng.js';
import type { WeightTable } from './weights.js';

/** A document as sentences of tokens with IOB or BILOU tags (or UNLABELLED_TAG where the label is unknown). */
export interface LabelledDocument {
  sentences: { tokens: string[]; tags: string[] }[];
}

export interface TrainOptions {
  epochs: number;
  seed: number;
  /** Features seen fewer times than this in training are dropped. */
  cutoff: number;
  /** Word clusters for cluster features, compiled into the model (none by default). */
  clusters?: WordClusters;
  /** Provenance stored in the model file. */
  meta?: Record<string, unknown>;
  /** Progress after each epoch. */
  onEpoch?: (report: EpochReport) => void;
}

export interface EpochReport {
  epoch: number;
  trainTokensPerSecond: number;
  trainErrors: number;
  devF1: number;
  devTokensPerSecond: number;
  best: boolean;
}

export interface TrainResult {
  model: NerModel;
  bestEpoch: number;
  bestDevF1: number;
  featuresSeen: number;
  featuresKept: number;
}

const tokensOf = (doc: LabelledDocument) => doc.sentences.map((s) => s.tokens);
/** Gold label index of a token whose label is unknown: no update is made there. */
const UNLABELLED = 255;
const goldOf = (doc: LabelledDocument) => doc.sentences.map((s) => Uint8Array.from(iobToBilou(s.tags), (l) => (l === UNLABELLED_TAG ? UNLABELLED : LABEL_INDEX.get(l)!)));

/** Features seen in training (static ones, and label-dependent ones under gold history), with counts. */
function countFeatures(documents: LabelledDocument[], gazetteer: Gazetteer, clusters: WordClusters): Map<number, number> {
  const counts = new Map<number, number>();
  const hashes: number[] = [];
  for (const doc of documents) {
    const view = documentView(tokensOf(doc), gazetteer, clusters);
    const gold = goldOf(doc);
    for (const si of taggingOrder(view)) {
      const s = view.sentences[si]!;
      let p2 = START_LABEL;
      let p1 = START_LABEL;
      for (let t = 0; t < s.words.length; t++) {
        hashes.length = 0;
        staticFeatures(view, s, t, hashes);
        hashes.push(...dynamicFeatures(p2, p1, s.lowerHash[t]!, s.shortHash[t]!));
        for (const hash of hashes) counts.set(hash, (counts.get(hash) ?? 0) + 1);
        p2 = p1;
        p1 = gold[si]![t] === UNLABELLED ? 0 : gold[si]![t]!;
      }
    }
  }
  return counts;
}

/** Exact-span micro F1 of the decoder with these weights on labelled documents. */
function devF1(decoder: GreedyDecoder, weights: WeightTable, docs: { encoded: EncodedDocument; source: LabelledDocument }[]): { f1: number; tokensPerSecond: number } {
  let tp = 0;
  let predicted = 0;
  let gold = 0;
  let tokens = 0;
  const started = performance.now();
  for (const { encoded, source } of docs) {
    const labels = decoder.decode(encoded, weights);
    source.sentences.forEach((s, i) => {
      tokens += s.tokens.length;
      const g = spansOfLabels(s.tags);
      const p = spansOfLabels(Array.from(labels[i]!, (l) => LABELS[l]!));
      const key = (x: { start: number; end: number; type: string }) => `${x.start}:${x.end}:${x.type}`;
      const goldKeys = new Set(g.map(key));
      tp += p.filter((x) => goldKeys.has(key(x))).length;
      predicted += p.length;
      gold += g.length;
    });
  }
  const precision = predicted ? tp / predicted : 0;
  const recall = gold ? tp / gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { f1, tokensPerSecond: tokens / Math.max(1e-9, (performance.now() - started) / 1000) };
}

export function trainNer(train: LabelledDocument[], dev: LabelledDocument[], gazetteer: Gazetteer, options: TrainOptions): TrainResult {
  const clusters = options.clusters ?? WordClusters.EMPTY;
  const counts = countFeatures(train, gazetteer, clusters);
  const kept = new Set([...counts].filter(([, c]) => c >= options.cutoff).map(([hash]) => hash));
  for (const hash of alwaysKeptFeatures()) kept.add(hash);
  const table = new FeatureTable(Uint32Array.from(kept));
  const decoder = new GreedyDecoder(table, gazetteer, clusters);
  const trainDocs = train.map((doc) => ({ encoded: decoder.encode(tokensOf(doc)), gold: goldOf(doc) }));
  const devDocs = dev.map((doc) => ({ encoded: decoder.encode(tokensOf(doc)), source: doc }));
  const trainTokens = train.reduce((n, d) => n + d.sentences.reduce((m, s) => m + s.tokens.length, 0), 0);

  const perceptron = new AveragedPerceptron(table.size, LABEL_COUNT);
  const random = mulberry32(options.seed);
  const order = trainDocs.map((_, i) => i);
  let best: { epoch: number; f1: number; weights: Float32Array } = { epoch: 0, f1: -1, weights: new Float32Array(0) };
  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    const started = performance.now();
    let errors = 0;
    for (const d of shuffle(order, random)) {
      const { encoded, gold } = trainDocs[d]!;
      const learner = (si: number, t: number, ids: Int32Array, count: number, predicted: number) => {
        const g = gold[si]![t]!;
        if (g === UNLABELLED) return;
        if (g !== predicted) errors++;
        perceptron.learn(ids, count, g, predicted);
      };
      decoder.decode(encoded, perceptron, learner);
    }
    const seconds = Math.max(1e-9, (performance.now() - started) / 1000);
    const snapshot = perceptron.averaged();
    const { f1, tokensPerSecond } = devF1(decoder, new FloatWeights(snapshot, LABEL_COUNT), devDocs);
    const isBest = f1 > best.f1;
    if (isBest) best = { epoch, f1, weights: snapshot };
    options.onEpoch?.({ epoch, trainTokensPerSecond: trainTokens / seconds, trainErrors: errors, devF1: f1, devTokensPerSecond: tokensPerSecond, best: isBest });
  }

  const quantised = quantise(table.hashes, best.weights, LABEL_COUNT);
  const meta = {
    ...options.meta, featureVersion: FEATURE_VERSION, classes: [...ENTITY_CLASSES], epoch: best.epoch, epochs: options.epochs,
    seed: options.seed, cutoff: options.cutoff, clusterWords: clusters.size, devF1: Number(best.f1.toFixed(4)),
  };
  return {
    model: { labels: [...LABELS], ...quantised, gazetteer, clusters, meta },
    bestEpoch: best.epoch, bestDevF1: best.f1, featuresSeen: counts.size, featuresKept: table.size,
  };
}
