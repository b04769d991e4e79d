// Feature hashes (see hashing.ts). Static features depend only on the words and are
// computed once per token; the label-dependent ones (previous labels, what this word was
// tagged as earlier in the document) are added by the decoder as it goes.

import type { DocumentView, SentenceView } from './document-view.js';
import { fnv, mix, template } from './hashing.js';

/** Bump when features change: a model is only valid with the features it was trained on. */
export const FEATURE_VERSION = 4;

const T = {
  bias: template('b'), word: template('w'), lower: template('l'), long: template('sh'), short: template('ss'),
  length: template('len'), context: template('ctx'), contextShape: template('ctx|ss'), hyphen: template('hyph'),
  dot: template('dot'), prefix: [1, 2, 3, 4].map((k) => template(`p${k}`)), suffix: [1, 2, 3, 4].map((k) => template(`s${k}`)),
  lowerAt: new Map([-2, -1, 1, 2].map((j) => [j, template(`l${j}`)])), shapeAt: new Map([-2, -1, 1, 2].map((j) => [j, template(`ss${j}`)])),
  prevLower: template('l-1|l'), nextLower: template('l|l+1'), aroundLower: template('l-1|l+1'),
  prevShape: template('ss-1|ss'), nextShape: template('ss|ss+1'), shapes3: template('ss-1|ss|ss+1'),
  prevLowerShape: template('l-1|ss'), shapeNextLower: template('ss|l+1'), prevWord: template('w-1'), nextWord: template('w+1'),
  lower2Before: template('l-2|l-1'), lower2After: template('l+1|l+2'), topic: template('top'), topicShape: template('top|ss'),
  gazetteer: template('g'), topicGazetteer: template('top|g'), gazetteerBefore: template('g-1'), gazetteerAfter: template('g+1'),
  caseElsewhere: template('dc'),
  // Word clusters: clusterAt.get(offset)[level] for the token at that offset.
  clusterAt: new Map([-2, -1, 0, 1, 2].map((j) => [j, [0, 1, 2, 3, 4, 5].map((k) => template(`c${j}@${k}`))])),
  clusterShape: template('c@|ss'), clusterPair: template('c-1|c'),
  p1: template('P1'), p2p1: template('P2P1'), p1Lower: template('P1l'), p1Shape: template('P1ss'), history: template('H'),
};

const BEFORE = [fnv('<s>'), fnv('<s2>')];
const AFTER = [fnv('</s>'), fnv('</s2>')];
const NO_SHAPE = fnv('_');

function lowerAt(s: SentenceView, i: number): number {
  if (i < 0) return BEFORE[-i - 1]!;
  if (i >= s.lowerHash.length) return AFTER[i - s.lowerHash.length]!;
  return s.lowerHash[i]!;
}

function shapeAt(s: SentenceView, i: number): number {
  return i < 0 || i >= s.shortHash.length ? NO_SHAPE : s.shortHash[i]!;
}

function wordAt(s: SentenceView, i: number): number {
  return i < 0 ? BEFORE[0]! : i >= s.wordHash.length ? AFTER[0]! : s.wordHash[i]!;
}

function lengthBucket(n: number): number {
  return n <= 3 ? n : n <= 5 ? 4 : n <= 8 ? 5 : 6;
}

/** 0: ordinary, 1: sentence-initial, 2: in a capitals sentence. */
export function caseContext(s: SentenceView, i: number): number {
  return s.capsSentence ? 2 : i === 0 ? 1 : 0;
}

/** Static feature hashes of token i of sentence s, pushed onto out. */
export function staticFeatures(doc: DocumentView, s: SentenceView, i: number, out: number[]): void {
  const word = s.words[i]!;
  const lower = s.lower[i]!;
  const lowerHash = s.lowerHash[i]!;
  const shape = s.shortHash[i]!;
  const context = caseContext(s, i);
  out.push(
    T.bias, mix(T.word, s.wordHash[i]!), mix(T.lower, lowerHash), mix(T.long, s.longHash[i]!), mix(T.short, shape),
    mix(T.length, lengthBucket(word.length)), mix(T.context, context), mix(mix(T.contextShape, context), shape),
  );
  const n = lower.length;
  let prefix = 0x811c9dc5;
  let suffix = 0x811c9dc5;
  for (let k = 1; k <= 4 && k < n; k++) {
    prefix = Math.imul(prefix ^ lower.charCodeAt(k - 1), 0x01000193);
    suffix = Math.imul(suffix ^ lower.charCodeAt(n - k), 0x01000193);
    out.push(mix(T.prefix[k - 1]!, prefix >>> 0), mix(T.suffix[k - 1]!, suffix >>> 0));
  }
  if (word.includes('-')) out.push(T.hyphen);
  if (word.includes('.')) out.push(T.dot);
  for (const j of [-2, -1, 1, 2]) out.push(mix(T.lowerAt.get(j)!, lowerAt(s, i + j)), mix(T.shapeAt.get(j)!, shapeAt(s, i + j)));
  out.push(
    mix(mix(T.prevLower, lowerAt(s, i - 1)), lowerHash),
    mix(mix(T.nextLower, lowerHash), lowerAt(s, i + 1)),
    mix(mix(T.aroundLower, lowerAt(s, i - 1)), lowerAt(s, i + 1)),
    mix(mix(T.prevShape, shapeAt(s, i - 1)), shape),
    mix(mix(T.nextShape, shape), shapeAt(s, i + 1)),
    mix(mix(mix(T.shapes3, shapeAt(s, i - 1)), shape), shapeAt(s, i + 1)),
    mix(mix(T.prevLowerShape, lowerAt(s, i - 1)), shape),
    mix(mix(T.shapeNextLower, shape), lowerAt(s, i + 1)),
    mix(T.prevWord, wordAt(s, i - 1)),
    mix(T.nextWord, wordAt(s, i + 1)),
    mix(mix(T.lower2Before, lowerAt(s, i - 2)), lowerAt(s, i - 1)),
    mix(mix(T.lower2After, lowerAt(s, i + 1)), lowerAt(s, i + 2)),
  );
  const topic = (doc.sports ? 1 : 0) + (s.tableSentence ? 2 : 0) + (doc.business ? 4 : 0);
  if (topic) out.push(mix(T.topic, topic), mix(mix(T.topicShape, topic), shape));
  for (const hit of s.gazetteer[i]!) {
    const h = fnv(`${hit.category}-${hit.position}`);
    out.push(mix(T.gazetteer, h));
    if (topic) out.push(mix(mix(T.topicGazetteer, topic), h));
  }
  for (const j of [-1, 1]) {
    const hits = s.gazetteer[i + j];
    if (hits) for (const hit of hits) out.push(mix(j < 0 ? T.gazetteerBefore : T.gazetteerAfter, fnv(hit.category)));
  }
  const elsewhere = doc.caseElsewhere.get(lower) ?? '-';
  out.push(mix(mix(mix(T.caseElsewhere, fnv(elsewhere)), context), s.initCap[i] ? 1 : 0));
  if (s.clusters.length) clusterFeatures(s, i, shape, out);
}

// Which path levels are used at each offset: all of them for the token itself, the finer
// ones for its neighbours (the coarsest level says little more than the neighbour's shape).
const CLUSTER_LEVELS: [number, number[]][] = [[0, [0, 1, 2, 3]], [-1, [1, 2, 3]], [1, [1, 2, 3]], [-2, [1, 2]], [2, [1, 2]]];

/** Word-cluster features: path prefixes of the token and its ±2 neighbours, the middle level with the shape, and the previous and current clusters. None for words without a cluster. */
function clusterFeatures(s: SentenceView, i: number, shape: number, out: number[]): void {
  for (const [j, levels] of CLUSTER_LEVELS) {
    const path = s.clusters[i + j];
    if (!path) continue;
    const templates = T.clusterAt.get(j)!;
    for (const k of levels) if (k < path.length) out.push(mix(templates[k]!, path[k]!));
  }
  const here = s.clusters[i];
  const middle = here?.[Math.min(2, here.length - 1)];
  if (middle === undefined) return;
  out.push(mix(mix(T.clusterShape, middle), shape));
  const before = s.clusters[i - 1];
  if (before) out.push(mix(mix(T.clusterPair, before[Math.min(1, before.length - 1)]!), here![Math.min(1, here!.length - 1)]!));
}

/** The previous label (by index) and the two previous labels. */
export const prevLabelFeature = (p1: number): number => mix(T.p1, p1);
export const prevLabelsFeature = (p2: number, p1: number): number => mix(mix(T.p2p1, p2), p1);
export const prevLabelWordFeature = (p1: number, lowerHash: number): number => mix(mix(T.p1Lower, p1), lowerHash);
export const prevLabelShapeFeature = (p1: number, shapeHash: number): number => mix(mix(T.p1Shape, p1), shapeHash);
/** What this word (lower-cased) was tagged as earlier in the document: majority class, in a case context. */
export const historyFeature = (majority: number, context: number): number => mix(mix(T.history, majority), context);
