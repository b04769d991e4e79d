#!/usr/bin/env node
// `npm run train:quotes -- --data ../shared/data/polnear/train [--out models/quotes] [--min-count N]`
// Counts, for every lower-cased word of the PolNeAR training articles, how often it lies in
// an annotated attribution cue and how often it occurs at all, and writes the words seen in
// a cue at least --min-count times to cues.json. Deterministic: no sampling, sorted keys.

import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { readPolnear } from '../eval/polnear.js';
import type { CueLexiconFile } from '../extract/quotes/cue-lexicon.js';
import { tokenize } from '../extract/tokenize/index.js';
import { packageRoot } from '../models/package-root.js';

function main(): void {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    options: { data: { type: 'string' }, out: { type: 'string' }, 'min-count': { type: 'string' } },
  });
  if (!values.data) throw new Error('--data DIR is required (e.g. ../shared/data/polnear/train)');
  const minCount = Number(values['min-count'] ?? 3);
  const out = values.out ? resolve(values.out) : join(packageRoot(), 'models', 'quotes');
  const docs = readPolnear(resolve(values.data));
  const counts = new Map<string, [number, number]>();
  for (const doc of docs) {
    const inCue = new Uint8Array(doc.text.length);
    for (const a of doc.attributions) for (const f of a.cue) inCue.fill(1, f.start, f.end);
    for (const token of tokenize(doc.text)) {
      if (!/\p{L}/u.test(token.text)) continue;
      const word = token.text.toLowerCase();
      const entry = counts.get(word) ?? [0, 0];
      entry[1]++;
      if (inCue[token.start]) entry[0]++;
      counts.set(word, entry);
    }
  }
  const words: Record<string, [number, number]> = {};
  for (const word of [...counts.keys()].sort()) {
    const entry = counts.get(word)!;
    if (entry[0] >= minCount) words[word] = entry;
  }
  const file: CueLexiconFile = { version: 1, trainedOn: `PolNeAR train (${docs.length} articles)`, minCount, words };
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'cues.json'), `${JSON.stringify(file, null, 0).replace(/\],"/g, '],\n"')}\n`);
  console.log(`cues.json: ${Object.keys(words).length} words from ${docs.length} articles`);
}

main();
