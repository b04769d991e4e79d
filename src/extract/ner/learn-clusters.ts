// Learns hierarchical word clusters from unlabelled sentences, a cheap stand-in for Brown
// clusters: each word's left and right neighbours (±1, or ±1 and ±2) among the most
// frequent words are counted and weighted by positive PMI, and these sparse vectors are
// split by spherical k-means, then each cluster again, level by level. A word's path
// ("3.17.2") names its cluster at every level. Pure and seeded: the same sentences and
// options give the same table.

import { mulberry32 } from './prng.js';

export interface ClusterOptions {
  /** Words seen fewer times get no cluster. */
  minCount: number;
  /** How many of the most frequent words serve as context features. */
  contextWords: number;
  /** Context positions on each side (1 or 2). */
  window: number;
  /** Clusters per parent at each level, e.g. [16, 8, 4, 4] gives 16, 128, 512, 2048 clusters. */
  branching: number[];
  iterations: number;
  seed: number;
}

export const DEFAULT_CLUSTER_OPTIONS: ClusterOptions = {
  minCount: 3, contextWords: 2000, window: 1, branching: [16, 8, 4, 4], iterations: 12, seed: 1,
};

const BOUNDARY = ['<s2>', '<s>', '</s>', '</s2>'];

/** Word → path. Sentences are token forms as the tagger keys them (lower-cased, digits folded). */
export function learnClusters(sentences: readonly (readonly string[])[], options: ClusterOptions = DEFAULT_CLUSTER_OPTIONS): Map<string, string> {
  const counts = new Map<string, number>();
  for (const s of sentences) for (const w of s) counts.set(w, (counts.get(w) ?? 0) + 1);
  const byFrequency = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const vocabulary = byFrequency.filter(([, c]) => c >= options.minCount).map(([w]) => w);
  const wordId = new Map(vocabulary.map((w, i) => [w, i]));
  const contextId = new Map([...BOUNDARY, ...byFrequency.slice(0, options.contextWords).map(([w]) => w)].map((w, i) => [w, i]));
  const contexts = contextId.size;
  const offsets = [-2, -1, 1, 2].filter((o) => Math.abs(o) <= options.window);

  // Sparse co-occurrence counts: feature = offset slot × contexts + context word.
  const cooccurrence: Map<number, number>[] = vocabulary.map(() => new Map());
  const featureTotals = new Float64Array(offsets.length * contexts);
  let total = 0;
  for (const s of sentences) {
    for (let i = 0; i < s.length; i++) {
      const id = wordId.get(s[i]!);
      if (id === undefined) continue;
      offsets.forEach((offset, slot) => {
        const j = i + offset;
        const context = j < 0 ? BOUNDARY[j === -1 ? 1 : 0]! : j >= s.length ? BOUNDARY[j === s.length ? 2 : 3]! : s[j]!;
        const c = contextId.get(context);
        if (c === undefined) return;
        const feature = slot * contexts + c;
        const row = cooccurrence[id]!;
        row.set(feature, (row.get(feature) ?? 0) + 1);
        featureTotals[feature]! += 1;
        total++;
      });
    }
  }

  // PPMI with context-distribution smoothing (α = 0.75), as unit-length sparse rows.
  let smoothedTotal = 0;
  for (const t of featureTotals) smoothedTotal += Math.pow(t, 0.75);
  const rows: SparseRow[] = cooccurrence.map((row) => {
    let rowTotal = 0;
    for (const c of row.values()) rowTotal += c;
    const features: number[] = [];
    const weights: number[] = [];
    for (const [feature, c] of [...row].sort((a, b) => a[0] - b[0])) {
      const pmi = Math.log((c / rowTotal) / (Math.pow(featureTotals[feature]!, 0.75) / smoothedTotal));
      if (pmi > 0) { features.push(feature); weights.push(pmi); }
    }
    const values = Float32Array.from(weights);
    normalise(values);
    return { features: Int32Array.from(features), values };
  });
  const random = mulberry32(options.seed);
  const dimensions = featureTotals.length;

  const paths: string[] = vocabulary.map(() => '');
  let groups: number[][] = [vocabulary.map((_, i) => i)];
  for (const k of options.branching) {
    const next: number[][] = [];
    for (const members of groups) {
      const assignment = sphericalKMeans(rows, dimensions, members, k, options.iterations, random);
      const children: number[][] = Array.from({ length: k }, () => []);
      members.forEach((m, i) => children[assignment[i]!]!.push(m));
      children.forEach((child, c) => {
        for (const m of child) paths[m] = paths[m] ? `${paths[m]}.${c}` : String(c);
        if (child.length) next.push(child);
      });
    }
    groups = next;
  }
  return new Map(vocabulary.map((w, i) => [w, paths[i]!]));
}

interface SparseRow {
  features: Int32Array;
  values: Float32Array;
}

/** Cluster index (0..k-1) of each member; k-means++ seeding, cosine similarity, dense centroids. */
function sphericalKMeans(rows: readonly SparseRow[], d: number, members: number[], k: number, iterations: number, random: () => number): Int32Array {
  const n = members.length;
  const assignment = new Int32Array(n);
  if (n <= k) {
    for (let i = 0; i < n; i++) assignment[i] = i;
    return assignment;
  }
  const row = (i: number) => rows[members[i]!]!;
  const centroids = new Float32Array(k * d);
  const place = (r: SparseRow, at: number) => r.features.forEach((f, j) => { centroids[at + f] = r.values[j]!; });
  // k-means++: each next centre is drawn with probability ∝ distance (1 − cosine) to the nearest one.
  const nearest = new Float64Array(n).fill(Infinity);
  let chosen = Math.floor(random() * n);
  for (let c = 0; c < k; c++) {
    place(row(chosen), c * d);
    let sum = 0;
    for (let i = 0; i < n; i++) {
      const distance = Math.max(0, 1 - dot(row(i), centroids, c * d));
      if (distance < nearest[i]!) nearest[i] = distance;
      sum += nearest[i]!;
    }
    let target = random() * sum;
    chosen = n - 1;
    for (let i = 0; i < n; i++) {
      target -= nearest[i]!;
      if (target <= 0) { chosen = i; break; }
    }
  }
  for (let iteration = 0; iteration < iterations; iteration++) {
    let changed = 0;
    for (let i = 0; i < n; i++) {
      const r = row(i);
      let best = 0;
      let bestScore = -Infinity;
      for (let c = 0; c < k; c++) {
        const score = dot(r, centroids, c * d);
        if (score > bestScore) { bestScore = score; best = c; }
      }
      if (iteration === 0 || assignment[i] !== best) changed++;
      assignment[i] = best;
    }
    centroids.fill(0);
    for (let i = 0; i < n; i++) {
      const r = row(i);
      const at = assignment[i]! * d;
      r.features.forEach((f, j) => { centroids[at + f]! += r.values[j]!; });
    }
    for (let c = 0; c < k; c++) normalise(centroids.subarray(c * d, (c + 1) * d));
    if (changed === 0) break;
  }
  return assignment;
}

function normalise(v: Float32Array): void {
  let norm = 0;
  for (const x of v) norm += x * x;
  norm = Math.sqrt(norm);
  if (norm > 0) for (let k = 0; k < v.length; k++) v[k]! /= norm;
}

function dot(r: SparseRow, matrix: Float32Array, at: number): number {
  let s = 0;
  for (let j = 0; j < r.features.length; j++) s += r.values[j]! * matrix[at + r.features[j]!]!;
  return s;
}
