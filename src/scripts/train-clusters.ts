#!/usr/bin/env node
// `npm run train:clusters -- --text DIR[,DIR…] [--conll FILE[,FILE…]] [--out models/ner/clusters.tsv]
//    [--min-count N] [--window 1|2] [--seed N]`
// Learns word clusters (src/extract/ner/learn-clusters.ts) from unlabelled text: every *.txt
// file under each DIR (one article each), the <text> elements of every *.xml file under it,
// and the tokens of CoNLL files (their labels are ignored). Writes "word<TAB>path" lines.
// The texts themselves are never written out. The same inputs and seed give the same file.

import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { parseConll } from '../extract/ner/conll.js';
import { DEFAULT_CLUSTER_OPTIONS, learnClusters } from '../extract/ner/learn-clusters.js';
import { foldDigits, normalizeToken } from '../extract/ner/normalize.js';
import { splitSentences } from '../extract/tokenize/sentences.js';
import { packageRoot } from '../models/package-root.js';

const listOf = (value: string | undefined) => (value ?? '').split(',').map((s) => s.trim()).filter(Boolean).map((s) => resolve(s));

function filesUnder(dir: string): string[] {
  return readdirSync(dir).sort().flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

function unescapeXml(text: string): string {
  return text.replace(/&(lt|gt|quot|apos|amp|#\d+|#x[\da-f]+);/gi, (_, e: string) =>
    e === 'lt' ? '<' : e === 'gt' ? '>' : e === 'quot' ? '"' : e === 'apos' ? "'" : e === 'amp' ? '&'
      : String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10)));
}

/** The article texts of a folder: whole *.txt files and the <text> elements of *.xml files. */
function textsUnder(dir: string): string[] {
  return filesUnder(dir).flatMap((file) => {
    if (file.endsWith('.txt')) return [readFileSync(file, 'utf8')];
    if (!file.endsWith('.xml')) return [];
    const xml = readFileSync(file, 'utf8');
    return [...xml.matchAll(/<text>([\s\S]*?)<\/text>/g)].map((m) => {
      const body = m[1]!.trim();
      return body.startsWith('<![CDATA[') ? body.slice(9, body.lastIndexOf(']]>')) : unescapeXml(body);
    });
  });
}

/** The forms the tagger looks clusters up by: normalised, digits folded, case kept. */
const keyOf = (token: string) => foldDigits(normalizeToken(token));

function main(): void {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    options: { text: { type: 'string' }, conll: { type: 'string' }, out: { type: 'string' }, 'min-count': { type: 'string' }, window: { type: 'string' }, seed: { type: 'string' } },
  });
  const dirs = listOf(values.text);
  const conll = listOf(values.conll);
  if (!dirs.length && !conll.length) throw new Error('give --text DIR[,DIR…] and/or --conll FILE[,FILE…]');
  const out = values.out ? resolve(values.out) : join(packageRoot(), 'models', 'ner', 'clusters.tsv');
  const options = {
    ...DEFAULT_CLUSTER_OPTIONS,
    minCount: Number(values['min-count'] ?? DEFAULT_CLUSTER_OPTIONS.minCount),
    window: Number(values.window ?? DEFAULT_CLUSTER_OPTIONS.window),
    seed: Number(values.seed ?? DEFAULT_CLUSTER_OPTIONS.seed),
  };
  if (![1, 2].includes(options.window)) throw new Error('--window must be 1 or 2');
  if (!(options.minCount >= 1)) throw new Error('--min-count must be at least 1');
  const started = performance.now();
  const log = (message: string) => console.log(`[${((performance.now() - started) / 1000).toFixed(0).padStart(4)}s] ${message}`);

  const sentences: string[][] = [];
  for (const dir of dirs) {
    const texts = textsUnder(dir);
    const before = sentences.length;
    for (const text of texts) for (const s of splitSentences(text)) sentences.push(s.tokens.map((t) => keyOf(t.text)));
    log(`${dir}: ${texts.length} texts, ${sentences.length - before} sentences`);
  }
  for (const file of conll) {
    const before = sentences.length;
    for (const doc of parseConll(readFileSync(file, 'utf8'))) for (const s of doc.sentences) sentences.push(s.tokens.map(keyOf));
    log(`${file}: ${sentences.length - before} sentences`);
  }
  const tokens = sentences.reduce((n, s) => n + s.length, 0);
  log(`${tokens} tokens; clustering with ${JSON.stringify(options)}`);
  const paths = learnClusters(sentences, options);
  writeFileSync(out, [...paths].map(([word, path]) => `${word}\t${path}\n`).join(''));
  log(`wrote ${paths.size} words to ${out}`);
}

try {
  main();
} catch (error) {
  console.error(`train-clusters: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
