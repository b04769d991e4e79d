// `npm run eval -- quotes --polnear DIR`: source, cue and content spans against PolNeAR
// (per role: exact-span and token-overlap P/R/F1; whole attributions: content and source
// both overlap). `npm run eval -- quotes --gold DIR [--seeds DIR]`: the seeds-gold quotes,
// each found (content overlaps) and with the right speaker.

import { readFile, readdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import type { Extractor } from '../extract/extractor.js';
import { tokenize } from '../extract/tokenize/index.js';
import type { Quote, Span } from '../extract/types.js';
import { readDocument } from '../input/read-document.js';
import { findQuotes, type CueLexicon } from '../extract/quotes/index.js';
import { loadQuoteCues } from '../models/load-quote-cues.js';
import { loadExtractor } from '../models/load-resources.js';
import { packageRoot } from '../models/package-root.js';
import { type PolnearAttribution, readPolnear } from './polnear.js';
import { SpanScorer, type Prf } from './span-scorer.js';

const ROLES = ['source', 'cue', 'content'] as const;
type Role = (typeof ROLES)[number];

interface Tally { tp: number; fp: number; fn: number }

function prf({ tp, fp, fn }: Tally): Prf {
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  return { tp, fp, fn, precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

/** The span of a predicted quote in one role (the source as written, pronouns included). */
export function predictedRole(quote: Quote, role: Role): Span | null {
  if (role === 'source') return quote.sourceSpan ?? quote.speakerSpan;
  if (role === 'cue') return quote.cueSpan;
  return quote.content;
}

function extent(fragments: Span[]): Span | null {
  if (fragments.length === 0) return null;
  return { start: Math.min(...fragments.map((f) => f.start)), end: Math.max(...fragments.map((f) => f.end)) };
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;
const overlapSize = (a: Span, b: Span) => Math.min(a.end, b.end) - Math.max(a.start, b.start);

/**
 * The span without what the two conventions disagree on: PolNeAR keeps quotation marks, a
 * leading "that" and final punctuation in the content; seeds-gold (and this extractor) do not.
 */
export function normaliseSpan(text: string, span: Span): Span {
  let { start, end } = span;
  const edge = /[\s"“”„«»'‘’.,;:]/;
  for (;;) {
    while (start < end && edge.test(text[start]!)) start++;
    while (end > start && edge.test(text[end - 1]!)) end--;
    const that = /^that\s+/.exec(text.slice(start, Math.min(end, start + 6)));
    if (!that) break;
    start += that[0].length;
  }
  return { start, end };
}

export interface PolnearScores {
  exact: Record<Role, Prf>;
  /** Exact after normaliseSpan on both sides. */
  normalised: Record<Role, Prf>;
  tokens: Record<Role, Prf>;
  whole: Prf;
  documents: number;
  gold: number;
  predicted: number;
}

/** Scores predicted quotes against one document's attributions, adding to the running tallies. */
export class PolnearScorer {
  private readonly exact = new SpanScorer();
  private readonly normalised = new SpanScorer();
  private readonly tokenTally: Record<Role, Tally> = { source: { tp: 0, fp: 0, fn: 0 }, cue: { tp: 0, fp: 0, fn: 0 }, content: { tp: 0, fp: 0, fn: 0 } };
  private readonly whole: Tally = { tp: 0, fp: 0, fn: 0 };
  private documents = 0;
  private gold = 0;
  private predicted = 0;

  add(text: string, gold: PolnearAttribution[], quotes: Quote[]): void {
    this.documents++;
    this.gold += gold.length;
    this.predicted += quotes.length;
    for (const role of ROLES) {
      const goldSpans = gold.map((a) => extent(a[role])).filter((s): s is Span => s !== null);
      const predictedSpans = quotes.map((q) => predictedRole(q, role)).filter((s): s is Span => s !== null);
      this.exact.add(unique(goldSpans).map((s) => ({ ...s, type: role })), unique(predictedSpans).map((s) => ({ ...s, type: role })));
      const normalise = (spans: Span[]) => unique(spans.map((s) => normaliseSpan(text, s))).map((s) => ({ ...s, type: role }));
      this.normalised.add(normalise(goldSpans), normalise(predictedSpans));
      this.countTokens(text, role, gold.flatMap((a) => a[role]), predictedSpans);
    }
    this.matchWhole(gold, quotes);
  }

  private countTokens(text: string, role: Role, gold: Span[], predicted: Span[]): void {
    const inGold = new Uint8Array(text.length);
    const inPredicted = new Uint8Array(text.length);
    for (const s of gold) inGold.fill(1, s.start, s.end);
    for (const s of predicted) inPredicted.fill(1, s.start, s.end);
    const tally = this.tokenTally[role];
    for (const token of tokenize(text)) {
      const g = inGold[token.start] === 1;
      const p = inPredicted[token.start] === 1;
      if (g && p) tally.tp++;
      else if (p) tally.fp++;
      else if (g) tally.fn++;
    }
  }

  private matchWhole(gold: PolnearAttribution[], quotes: Quote[]): void {
    const used = new Uint8Array(gold.length);
    for (const quote of quotes) {
      const source = predictedRole(quote, 'source');
      const k = gold.findIndex((a, i) => {
        if (used[i] || !a.content.some((f) => overlaps(f, quote.content))) return false;
        if (a.source.length === 0) return source === null;
        return source !== null && a.source.some((f) => overlaps(f, source));
      });
      if (k >= 0) { used[k] = 1; this.whole.tp++; } else this.whole.fp++;
    }
    this.whole.fn += used.filter((u) => u === 0).length;
  }

  scores(): PolnearScores {
    const exact = this.exact.scores(ROLES).exact.perType;
    const normalised = this.normalised.scores(ROLES).exact.perType;
    return {
      exact: { source: exact.source!, cue: exact.cue!, content: exact.content! },
      normalised: { source: normalised.source!, cue: normalised.cue!, content: normalised.content! },
      tokens: { source: prf(this.tokenTally.source), cue: prf(this.tokenTally.cue), content: prf(this.tokenTally.content) },
      whole: prf(this.whole),
      documents: this.documents,
      gold: this.gold,
      predicted: this.predicted,
    };
  }
}

function unique(spans: Span[]): Span[] {
  const seen = new Set<string>();
  return spans.filter((s) => { const key = `${s.start}:${s.end}`; if (seen.has(key)) return false; seen.add(key); return true; });
}

export interface PolnearSpeed {
  words: number;
  /** Words per second of the whole extractor, and of the quote stage alone (one thread). */
  extractRate: number;
  quotesRate: number;
}

export function evaluatePolnear(dir: string, extractor: Extractor, cues: CueLexicon): { scores: PolnearScores; speed: PolnearSpeed } {
  const scorer = new PolnearScorer();
  let words = 0;
  let extractMs = 0;
  let quotesMs = 0;
  for (const doc of readPolnear(dir)) {
    words += doc.text.split(/\s+/).filter(Boolean).length;
    let started = performance.now();
    const extraction = extractor.extract({ text: doc.text });
    extractMs += performance.now() - started;
    started = performance.now();
    findQuotes({ text: doc.text, sentences: extraction.sentences, entities: extraction.entities }, cues);
    quotesMs += performance.now() - started;
    scorer.add(doc.text, doc.attributions, extraction.quotes);
  }
  return { scores: scorer.scores(), speed: { words, extractRate: (words / extractMs) * 1000, quotesRate: (words / quotesMs) * 1000 } };
}

export function formatPolnear(scores: PolnearScores): string {
  const pct = (x: number) => (100 * x).toFixed(2).padStart(6);
  const rows = [
    `${scores.documents} documents, ${scores.gold} gold attributions, ${scores.predicted} predicted`,
    `${'role'.padEnd(8)} ${'exact P'.padStart(7)} ${'R'.padStart(6)} ${'F1'.padStart(6)}   ${'token P'.padStart(7)} ${'R'.padStart(6)} ${'F1'.padStart(6)}   ${'exact-norm P'.padStart(12)} ${'R'.padStart(6)} ${'F1'.padStart(6)}`,
  ];
  for (const role of ROLES) {
    const e = scores.exact[role];
    const t = scores.tokens[role];
    const n = scores.normalised[role];
    rows.push(`${role.padEnd(8)} ${pct(e.precision).padStart(7)} ${pct(e.recall)} ${pct(e.f1)}   ${pct(t.precision).padStart(7)} ${pct(t.recall)} ${pct(t.f1)}   ${pct(n.precision).padStart(12)} ${pct(n.recall)} ${pct(n.f1)}`);
  }
  const w = scores.whole;
  rows.push(`whole attribution (content and source overlap): P ${pct(w.precision)}  R ${pct(w.recall)}  F1 ${pct(w.f1)}`);
  rows.push('exact: same span; token: tokens of the role covered by both; exact-norm: exact after trimming');
  rows.push('quotation marks, a leading "that" and edge punctuation on both sides (PolNeAR keeps them, we do not).');
  return rows.join('\n');
}

// ---- seeds-gold ---------------------------------------------------------------------

interface GoldQuote {
  speaker: string;
  speaker_named: boolean;
  speaker_span: Span | null;
  cue: string;
  content: Span & { text: string };
  direct: boolean;
}

export interface SeedQuoteResult {
  gold: GoldQuote;
  found: Quote | null;
  rightSpeaker: boolean;
}

/** Each gold quote with the predicted quote whose content overlaps it most. */
export function matchSeedQuotes(gold: GoldQuote[], quotes: Quote[]): SeedQuoteResult[] {
  // Attributions may nest (a claim inside an interview answer), so any overlapping
  // prediction with the right speaker counts; otherwise the one overlapping most is shown.
  return gold.map((g) => {
    const overlapping = quotes
      .filter((q) => overlaps(q.content, g.content))
      .sort((a, b) => overlapSize(b.content, g.content) - overlapSize(a.content, g.content));
    const right = overlapping.find((q) => sameSpeaker(g, q));
    return { gold: g, found: right ?? overlapping[0] ?? null, rightSpeaker: right !== undefined };
  });
}

function sameSpeaker(gold: GoldQuote, quote: Quote): boolean {
  if (gold.speaker_span && quote.speakerSpan) return overlaps(gold.speaker_span, quote.speakerSpan);
  return (quote.speakerText ?? '').toLowerCase() === gold.speaker.toLowerCase();
}

async function runSeeds(goldDir: string, seedsDir: string, extractor: Extractor): Promise<number> {
  const files = (await readdir(goldDir)).filter((f) => f.endsWith('.json')).sort();
  if (files.length === 0) {
    console.error(`eval quotes: no gold .json files in ${goldDir}`);
    return 1;
  }
  let direct = 0, directFound = 0, directRight = 0, all = 0, allFound = 0, allRight = 0, predicted = 0, predictedHit = 0;
  for (const file of files) {
    const gold = JSON.parse(await readFile(join(goldDir, file), 'utf8')) as { doc: string; quotes: GoldQuote[] };
    const path = join(seedsDir, gold.doc);
    const { text } = readDocument(await readFile(path), path);
    const quotes = extractor.extract({ text }).quotes;
    const results = matchSeedQuotes(gold.quotes, quotes);
    for (const r of results) {
      all++;
      if (r.found) allFound++;
      if (r.rightSpeaker) allRight++;
      if (r.gold.direct) {
        direct++;
        if (r.found) directFound++;
        if (r.rightSpeaker) directRight++;
      }
      const mark = !r.found ? 'MISSED' : r.rightSpeaker ? 'ok' : `SPEAKER ${r.found.speakerText ?? 'none'}`;
      console.log(`${gold.doc.slice(0, 3)} ${r.gold.direct ? 'direct  ' : 'reported'} ${r.gold.speaker.padEnd(28)} ${mark.padEnd(22)} ${r.gold.content.text.slice(0, 50)}`);
    }
    predicted += quotes.length;
    predictedHit += quotes.filter((q) => gold.quotes.some((g) => overlaps(g.content, q.content))).length;
  }
  console.log(`\ndirect quotes: ${directFound}/${direct} found, ${directRight}/${direct} with the right speaker`);
  console.log(`all quotes:    ${allFound}/${all} found, ${allRight}/${all} with the right speaker`);
  console.log(`predicted:     ${predictedHit}/${predicted} overlap a gold quote`);
  return 0;
}

export async function run(argv: string[]): Promise<number> {
  const { values } = parseArgs({ args: argv, options: { polnear: { type: 'string' }, gold: { type: 'string' }, seeds: { type: 'string' } } });
  if (!values.polnear && !values.gold) {
    console.error('eval quotes: --polnear DIR (e.g. ../shared/data/polnear/dev) or --gold DIR (e.g. ../shared/corpus/seeds-gold) is required');
    return 2;
  }
  const extractor = loadExtractor();
  if (values.polnear) {
    const { scores, speed } = evaluatePolnear(resolve(values.polnear), extractor, loadQuoteCues());
    console.log(formatPolnear(scores));
    const rate = (x: number) => Math.round(x).toLocaleString('en-US');
    console.log(`speed (${rate(speed.words)} words, one pass, cold): whole extract ${rate(speed.extractRate)} words/s; quote stage alone ${rate(speed.quotesRate)} words/s`);
  }
  if (values.gold) {
    const seedsDir = values.seeds ? resolve(values.seeds) : join(packageRoot(), 'examples', 'seeds');
    return runSeeds(resolve(values.gold), seedsDir, extractor);
  }
  return 0;
}
