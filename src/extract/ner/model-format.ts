// The model file: a small JSON header, the gazetteer as text, the feature hashes, then
// one row of Int16 weights per feature. Weights are quantised with one scale, which does
// not change which label wins, so the tagger sums the integers directly.
//
// Layout: "DNER" | u32 version | u32 header bytes | header JSON | gazetteer text |
//         word cluster table (version 3) | padding to 4 bytes | Uint32 feature hashes |
//         Int16 weights (all little-endian). Version 2 files have no cluster table and
//         load with none, which gives the features they were trained with.

import { Gazetteer } from '../gazetteer/gazetteer.js';
import { WordClusters } from './clusters.js';

const MAGIC = 'DNER';
const VERSION = 3;
const READABLE_VERSIONS = new Set([2, 3]);

export interface NerModel {
  labels: string[];
  /** Feature hashes (see hashing.ts); the feature with id i has weight row i. */
  features: Uint32Array;
  /** features.length × labels.length, row-major. */
  weights: Int16Array;
  /** Float weight = Int16 weight × scale. */
  scale: number;
  gazetteer: Gazetteer;
  /** Word clusters compiled in at training time (empty for models trained without). */
  clusters: WordClusters;
  /** Provenance: training data, seed, epoch, scores. */
  meta: Record<string, unknown>;
}

interface Header {
  labels: string[];
  featureCount: number;
  scale: number;
  gazetteerBytes: number;
  /** Absent in version 2 files. */
  clustersBytes?: number;
  meta: Record<string, unknown>;
}

/** Quantises float weights to Int16 and drops features whose row rounds to zero. */
export function quantise(features: Uint32Array, weights: Float32Array, labels: number): { features: Uint32Array; weights: Int16Array; scale: number } {
  let max = 0;
  for (const w of weights) max = Math.max(max, Math.abs(w));
  const scale = max > 0 ? max / 32767 : 1;
  const kept: number[] = [];
  const rows: number[] = [];
  for (let f = 0; f < features.length; f++) {
    let any = false;
    for (let l = 0; l < labels; l++) if (Math.round(weights[f * labels + l]! / scale) !== 0) any = true;
    if (any) { kept.push(features[f]!); rows.push(f); }
  }
  const out = new Int16Array(kept.length * labels);
  rows.forEach((f, k) => {
    for (let l = 0; l < labels; l++) out[k * labels + l] = Math.round(weights[f * labels + l]! / scale);
  });
  return { features: Uint32Array.from(kept), weights: out, scale };
}

export function writeModel(model: NerModel): Uint8Array {
  const encoder = new TextEncoder();
  const gazetteer = encoder.encode(model.gazetteer.serialize());
  const clusters = encoder.encode(model.clusters.serialize());
  const header: Header = {
    labels: model.labels, featureCount: model.features.length, scale: model.scale,
    gazetteerBytes: gazetteer.length, clustersBytes: clusters.length, meta: model.meta,
  };
  const headerBytes = encoder.encode(JSON.stringify(header));
  let at = 12 + headerBytes.length + gazetteer.length + clusters.length;
  at += (4 - (at % 4)) % 4;
  const out = new Uint8Array(at + model.features.byteLength + model.weights.byteLength);
  const view = new DataView(out.buffer);
  out.set(encoder.encode(MAGIC), 0);
  view.setUint32(4, VERSION, true);
  view.setUint32(8, headerBytes.length, true);
  out.set(headerBytes, 12);
  out.set(gazetteer, 12 + headerBytes.length);
  out.set(clusters, 12 + headerBytes.length + gazetteer.length);
  model.features.forEach((hash, i) => view.setUint32(at + 4 * i, hash, true));
  at += model.features.byteLength;
  model.weights.forEach((w, i) => view.setInt16(at + 2 * i, w, true));
  return out;
}

export function readModel(bytes: Uint8Array): NerModel {
  const decoder = new TextDecoder();
  if (bytes.length < 12 || decoder.decode(bytes.subarray(0, 4)) !== MAGIC) throw new Error('ner model: not a Dossier NER model file');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const version = view.getUint32(4, true);
  if (!READABLE_VERSIONS.has(version)) throw new Error(`ner model: file format ${version}, this code reads formats ${[...READABLE_VERSIONS].join(', ')}`);
  const headerLength = view.getUint32(8, true);
  let at = 12;
  const header = JSON.parse(decoder.decode(bytes.subarray(at, (at += headerLength)))) as Header;
  const gazetteer = Gazetteer.deserialize(decoder.decode(bytes.subarray(at, (at += header.gazetteerBytes))));
  const clusters = header.clustersBytes ? WordClusters.deserialize(decoder.decode(bytes.subarray(at, (at += header.clustersBytes)))) : WordClusters.EMPTY;
  at += (4 - (at % 4)) % 4;
  const rows = header.featureCount;
  const count = rows * header.labels.length;
  if (bytes.length < at + rows * 4 + count * 2) throw new Error('ner model: file is truncated');
  const features = new Uint32Array(rows);
  for (let i = 0; i < rows; i++) features[i] = view.getUint32(at + 4 * i, true);
  at += rows * 4;
  const weights = new Int16Array(count);
  for (let i = 0; i < count; i++) weights[i] = view.getInt16(at + 2 * i, true);
  return { labels: header.labels, features, weights, scale: header.scale, gazetteer, clusters, meta: header.meta };
}
