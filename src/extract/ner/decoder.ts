// Greedy left-to-right decoding with BILOU constraints, shared by training and tagging:
// the label-dependent features (previous labels, the word's earlier tags in the
// document) are computed here, from the labels actually predicted.

import type { Gazetteer } from '../gazetteer/gazetteer.js';
import { WordClusters } from './clusters.js';
import { documentView, taggingOrder, type DocumentView } from './document-view.js';
import {
  caseContext, historyFeature, prevLabelFeature, prevLabelShapeFeature, prevLabelsFeature, prevLabelWordFeature, staticFeatures,
} from './features.js';
import type { FeatureTable } from './hashing.js';
import { allowedAfter, allowedAtEnd, classOf, ENTITY_CLASSES, LABEL_COUNT } from './labels.js';
import type { WeightTable } from './weights.js';

/** The start-of-sentence pseudo label used in previous-label features. */
export const START_LABEL = LABEL_COUNT;
/** History classes: 0 is "capitalised but tagged O", then the entity classes. */
const HISTORY_CLASSES = 1 + ENTITY_CLASSES.length;

export interface EncodedSentence {
  /** Static feature ids of all tokens, token t's in ids[offsets[t]..offsets[t+1]). */
  ids: Int32Array;
  offsets: Int32Array;
}

export interface EncodedDocument {
  view: DocumentView;
  sentences: EncodedSentence[];
  order: number[];
}

/** Called at each token during training, after the prediction and before it is used as history. */
export type Learner = (sentence: number, token: number, ids: Int32Array, count: number, predicted: number) => void;

/** Every label-dependent feature the decoder may use at a token, for the training feature count. */
export function dynamicFeatures(p2: number, p1: number, lowerHash: number, shapeHash: number): number[] {
  return [prevLabelFeature(p1), prevLabelsFeature(p2, p1), prevLabelWordFeature(p1, lowerHash), prevLabelShapeFeature(p1, shapeHash)];
}

/** Features that are always kept, whatever their training count. */
export function alwaysKeptFeatures(): number[] {
  const out: number[] = [];
  for (let c = 0; c < HISTORY_CLASSES; c++) for (let ctx = 0; ctx < 3; ctx++) out.push(historyFeature(c, ctx));
  for (let p1 = 0; p1 <= LABEL_COUNT; p1++) {
    out.push(prevLabelFeature(p1));
    for (let p2 = 0; p2 <= LABEL_COUNT; p2++) out.push(prevLabelsFeature(p2, p1));
  }
  return out;
}

export class GreedyDecoder {
  private readonly prev: Int32Array;
  private readonly prevPair: Int32Array;
  private readonly history: Int32Array;
  private buffer = new Int32Array(256);
  private readonly scores = new Float64Array(LABEL_COUNT);
  private readonly hashes: number[] = [];

  constructor(private readonly table: FeatureTable, private readonly gazetteer: Gazetteer, private readonly clusters = WordClusters.EMPTY) {
    this.prev = Int32Array.from({ length: LABEL_COUNT + 1 }, (_, p1) => table.get(prevLabelFeature(p1)));
    this.prevPair = new Int32Array((LABEL_COUNT + 1) * (LABEL_COUNT + 1));
    for (let p2 = 0; p2 <= LABEL_COUNT; p2++) {
      for (let p1 = 0; p1 <= LABEL_COUNT; p1++) this.prevPair[p2 * (LABEL_COUNT + 1) + p1] = table.get(prevLabelsFeature(p2, p1));
    }
    this.history = new Int32Array(HISTORY_CLASSES * 3);
    for (let c = 0; c < HISTORY_CLASSES; c++) for (let ctx = 0; ctx < 3; ctx++) this.history[c * 3 + ctx] = table.get(historyFeature(c, ctx));
  }

  /** Static feature ids of a document; features the model does not know are dropped. */
  encode(sentences: readonly (readonly string[])[]): EncodedDocument {
    const view = documentView(sentences, this.gazetteer, this.clusters);
    const hashes = this.hashes;
    const encoded = view.sentences.map((s) => {
      const offsets = new Int32Array(s.words.length + 1);
      const ids: number[] = [];
      for (let t = 0; t < s.words.length; t++) {
        hashes.length = 0;
        staticFeatures(view, s, t, hashes);
        for (const hash of hashes) {
          const id = this.table.get(hash);
          if (id >= 0) ids.push(id);
        }
        offsets[t + 1] = ids.length;
      }
      return { ids: Int32Array.from(ids), offsets };
    });
    return { view, sentences: encoded, order: taggingOrder(view) };
  }

  /** Label indices per sentence. With a learner, calls it at every token (training). */
  decode(doc: EncodedDocument, weights: WeightTable, learner?: Learner): Uint8Array[] {
    const out = doc.sentences.map((s) => new Uint8Array(s.offsets.length - 1));
    // lower-cased word (by hash) → counts of history classes predicted so far in this document
    const seen = new Map<number, Int32Array>();
    const scores = this.scores;
    for (const si of doc.order) {
      const sentence = doc.sentences[si]!;
      const view = doc.view.sentences[si]!;
      const labels = out[si]!;
      const n = labels.length;
      let p2 = START_LABEL;
      let p1 = START_LABEL;
      for (let t = 0; t < n; t++) {
        const from = sentence.offsets[t]!;
        const staticCount = sentence.offsets[t + 1]! - from;
        if (this.buffer.length < staticCount + 8) this.buffer = new Int32Array(2 * (staticCount + 8));
        const ids = this.buffer;
        ids.set(sentence.ids.subarray(from, from + staticCount));
        let count = staticCount;
        let id = this.prev[p1]!;
        if (id >= 0) ids[count++] = id;
        id = this.prevPair[p2 * (LABEL_COUNT + 1) + p1]!;
        if (id >= 0) ids[count++] = id;
        id = this.table.get(prevLabelWordFeature(p1, view.lowerHash[t]!));
        if (id >= 0) ids[count++] = id;
        id = this.table.get(prevLabelShapeFeature(p1, view.shortHash[t]!));
        if (id >= 0) ids[count++] = id;
        const lower = view.lowerHash[t]!;
        const counts = seen.get(lower);
        if (counts) {
          let best = 0;
          for (let c = 1; c < HISTORY_CLASSES; c++) if (counts[c]! > counts[best]!) best = c;
          id = counts[best]! > 0 ? this.history[best * 3 + caseContext(view, t)]! : -1;
          if (id >= 0) ids[count++] = id;
        }
        weights.scoreInto(ids, count, scores);
        let label = 0;
        let bestScore = -Infinity;
        const row = p1 * LABEL_COUNT;
        const last = t === n - 1;
        for (let l = 0; l < LABEL_COUNT; l++) {
          if (!allowedAfter[row + l] || (last && !allowedAtEnd[l])) continue;
          if (scores[l]! > bestScore) { bestScore = scores[l]!; label = l; }
        }
        if (learner) learner(si, t, ids, count, label);
        labels[t] = label;
        const cls = classOf(label);
        if (cls >= 0 || view.initCap[t]) {
          let c = seen.get(lower);
          if (!c) seen.set(lower, (c = new Int32Array(HISTORY_CLASSES)));
          c[cls + 1] += 1;
        }
        p2 = p1;
        p1 = label;
      }
    }
    return out;
  }
}
