#!/usr/bin/env node
// `npm run bench`: speed and memory of extraction on the demo corpus, with compromise
// run on the same text in the same process for comparison. One thread (Node's main thread).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cpus } from 'node:os';
import { performance } from 'node:perf_hooks';
import { splitSentences } from '../extract/tokenize/index.js';
import { loadNerTagger } from '../models/load-ner.js';
import { loadExtractor } from '../models/load-resources.js';
import { packageRoot } from '../models/package-root.js';
import { helpRequested } from './usage.js';

const ROUNDS = 5;
const ROUND_SECONDS = 0.6;

function seedTexts(): string[] {
  const dir = join(packageRoot(), 'examples', 'seeds');
  return readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(dir, f), 'utf8'));
}

function countWords(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/**
 * Units per second of fn over the texts: the median of ROUNDS rounds of ROUND_SECONDS each
 * after a warm-up, because a shared machine makes single timings swing by a third.
 */
function rate(texts: string[], unitsPerText: number[], fn: (text: string, i: number) => void): number {
  for (let i = 0; i < texts.length; i++) fn(texts[i]!, i); // warm up
  const rates: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    let units = 0;
    const started = performance.now();
    while (performance.now() - started < ROUND_SECONDS * 1000) {
      for (let i = 0; i < texts.length; i++) {
        fn(texts[i]!, i);
        units += unitsPerText[i]!;
      }
    }
    rates.push(units / ((performance.now() - started) / 1000));
  }
  return rates.sort((a, b) => a - b)[Math.floor(ROUNDS / 2)]!;
}

function firstWords(texts: string[], n: number): string {
  const words = texts.join('\n\n').split(/(\s+)/);
  return words.slice(0, n * 2).join('');
}

async function main(): Promise<void> {
  const loadStarted = performance.now();
  const extractor = loadExtractor();
  const loadMs = performance.now() - loadStarted;
  const tagger = loadNerTagger();
  const texts = seedTexts();
  const words = texts.map(countWords);
  const tokenised = texts.map((t) => splitSentences(t).map((s) => s.tokens.map((tok) => tok.text)));
  const tokens = tokenised.map((doc) => doc.reduce((n, s) => n + s.length, 0));

  const nerTokensPerSecond = rate(texts, tokens, (_, i) => tagger.tagDocument(tokenised[i]!));
  const extractWordsPerSecond = rate(texts, words, (text) => extractor.extract({ text }));
  const article1000 = firstWords(texts, 1000);
  const perArticleMs = 1000 / rate([article1000], [1], (text) => extractor.extract({ text }));

  // One long input (the corpus repeated to ~2 MB) shows any cost that grows faster than the text.
  const long = Array.from({ length: 80 }, () => texts.join('\n\n')).join('\n\n');
  const longStarted = performance.now();
  extractor.extract({ text: long });
  const longSeconds = (performance.now() - longStarted) / 1000;

  const { default: nlp } = await import('compromise');
  const compromiseWordsPerSecond = rate(texts, words, (text) => {
    const doc = nlp(text);
    doc.people().out('array');
    doc.places().out('array');
    doc.organizations().out('array');
  });

  const rows: [string, string][] = [
    ['machine', `${cpus()[0]?.model ?? 'unknown CPU'} (${cpus().length} cores; one thread used), Node ${process.version}`],
    ['corpus', `examples/seeds: ${texts.length} articles, ${words.reduce((a, b) => a + b, 0)} words, ${tokens.reduce((a, b) => a + b, 0)} tokens`],
    ['model load (extractor)', `${loadMs.toFixed(0)} ms`],
    ['NER tagging', `${Math.round(nerTokensPerSecond).toLocaleString('en')} tokens/s`],
    ['whole extract', `${Math.round(extractWordsPerSecond).toLocaleString('en')} words/s`],
    ['1,000-word article', `${perArticleMs.toFixed(1)} ms per extract`],
    [`one ${(long.length / 1e6).toFixed(1)} MB article`, `${longSeconds.toFixed(1)} s (${Math.round(countWords(long) / longSeconds).toLocaleString('en')} words/s)`],
    ['compromise people/places/organizations', `${Math.round(compromiseWordsPerSecond).toLocaleString('en')} words/s`],
    ['peak memory (max RSS)', `${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`],
  ];
  const width = Math.max(...rows.map(([k]) => k.length));
  for (const [k, v] of rows) console.log(`${k.padEnd(width)}  ${v}`);
}

helpRequested(`
npm run bench                   extraction speed and memory on the demo seeds (one thread)
npm run bench -- --store [--sizes 10000,100000] [--texts DIR …] [--postgres URL]
    [--ingest 1000] [--only sqlite|postgres] [--workers N] [--views] [--profiles]
    [--keep-sqlite FILE] [--keep-schema NAME]
                                ingest throughput and search latency at scale, SQLite and
                                (given a URL) PostgreSQL, on variations of real articles
                                (examples/seeds plus each --texts folder of .txt files);
                                --views: the corpus-wide views too; --profiles: the most
                                mentioned entities' profiles (with --sizes 0 on a kept store:
                                these alone); --keep-* keep the search corpus to time it again
`);

// `npm run bench -- --store …`: ingest throughput and search latency at scale instead (bench-scale.ts).
const run = process.argv.includes('--store') ? () => import('./bench-scale.js').then((m) => m.benchScale(process.argv.slice(2))) : main;
run().catch((error: unknown) => {
  console.error(`bench: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
