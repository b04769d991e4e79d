// `npm run eval -- ner --conll FILE` and `npm run eval -- ner --re3d DIR`: quality of the
// named-entity tagger on CoNLL-2003 (its own four types) and on re3d (OntoNotes types,
// from raw text through an extractEntities function the caller can supply).

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { parseConll } from '../extract/ner/conll.js';
import { ENTITY_CLASSES, spansOfLabels } from '../extract/ner/labels.js';
import type { NerTagger } from '../extract/ner/tagger.js';
import { loadNerTagger } from '../models/load-ner.js';
import { ACCEPTED_READING, isNamedMention, readRe3d, SCORED_TYPES, STRICT_READING, type Re3dDocument, type Re3dReading } from './re3d.js';
import { formatScores, SpanScorer, type PredictedSpan, type SpanScores } from './span-scorer.js';
import { taggingRate } from './ner-speed.js';
import { createExtractor } from '../extract/extractor.js';
import { loadPlaces } from '../models/load-places.js';
import { loadQuoteCues } from '../models/load-quote-cues.js';
import { loadAliases } from '../models/load-resources.js';
import { packageRoot } from '../models/package-root.js';

export interface ExtractedEntity {
  start: number;
  end: number;
  /** OntoNotes type (PERSON, ORG, GPE, …). */
  type: string;
}

export type ExtractEntities = (text: string) => ExtractedEntity[];

export interface NerEvalOptions {
  /** Entity extraction on raw text for --re3d; defaults to the full extraction pipeline. */
  extractEntities?: ExtractEntities;
}

/** Tags a CoNLL file document by document and scores exact and overlapping spans. */
export function evaluateConll(tagger: NerTagger, text: string): { scores: SpanScores; tokens: number; seconds: number } {
  const documents = parseConll(text);
  const scorer = new SpanScorer();
  let tokens = 0;
  let seconds = 0;
  for (const doc of documents) {
    const sentences = doc.sentences.map((s) => s.tokens);
    const started = performance.now();
    const labels = tagger.tagDocument(sentences);
    seconds += (performance.now() - started) / 1000;
    doc.sentences.forEach((s, i) => {
      tokens += s.tokens.length;
      scorer.add(spansOfLabels(s.tags), spansOfLabels(labels[i]!));
    });
  }
  return { scores: scorer.scores(ENTITY_CLASSES), tokens, seconds };
}

/** The whole extraction pipeline as `dossier extract` runs it, with the given tagger. */
export function pipelineExtractEntities(tagger: NerTagger): ExtractEntities {
  const extractor = createExtractor({ tagger, aliases: loadAliases(), quoteCues: loadQuoteCues(), places: loadPlaces() });
  return (text) => extractor.extract({ text }).entities.map(({ start, end, type }) => ({ start, end, type }));
}

/**
 * Our types in re3d's terms: GPE may be scored as a Location or an Organisation; re3d's one
 * Temporal type holds our DATE and TIME ("10 a.m.", "the past 24 hours").
 */
function asRe3d(entity: ExtractedEntity, reading: Re3dReading): PredictedSpan | null {
  switch (entity.type) {
    case 'PERSON': case 'ORG': case 'NORP': case 'DATE': return { ...entity };
    case 'TIME': return reading.timeIsTemporal ? { ...entity, type: 'DATE' } : null;
    case 'LOC': case 'FAC': return { ...entity, type: 'LOC' };
    case 'GPE': return { ...entity, type: 'LOC', alsoMatches: ['ORG'] };
    default: return null;
  }
}

export function evaluateRe3d(dir: string, extractEntities: ExtractEntities, reading: Re3dReading = ACCEPTED_READING): { scores: SpanScores; documents: number } {
  const documents = readRe3d(dir, reading);
  const scorer = new SpanScorer();
  scoreRe3dDocuments(documents, extractEntities, [scorer], reading);
  return { scores: scorer.scores(SCORED_TYPES), documents: documents.length };
}

/** Adds the predictions on each re3d document to every scorer (e.g. one per fold and one pooled). */
export function scoreRe3dDocuments(
  documents: readonly Re3dDocument[], extractEntities: ExtractEntities, scorers: readonly SpanScorer[], reading: Re3dReading = ACCEPTED_READING,
): void {
  for (const doc of documents) {
    // The gold keeps names only (see isNamedMention); predictions are held to the same rule,
    // so that e.g. "today" is neither gold nor a false positive.
    const predicted = extractEntities(doc.text).map((e) => asRe3d(e, reading))
      .filter((e): e is PredictedSpan => e !== null && isNamedMention(doc.text.slice(e.start, e.end), e.type))
      .filter((e) => !insideUnscored(doc, e));
    for (const scorer of scorers) scorer.add(doc.entities, predicted);
  }
}

/** A name inside an unscored re3d mention and touching no scored one: re3d has no say on it. */
function insideUnscored(doc: Re3dDocument, span: { start: number; end: number }): boolean {
  return doc.unscored.some((n) => n.start <= span.start && span.end <= n.end)
    && !doc.entities.some((g) => g.start < span.end && span.start < g.end);
}

const SEED_TYPES = ['PERSON', 'ORG', 'GPE', 'LOC', 'FAC', 'NORP', 'DATE', 'CARDINAL', 'PERCENT'];

/** All entity types against the hand-annotated seed articles (seeds-gold JSON beside examples/seeds). */
export function evaluateSeedsGold(goldDir: string, seedsDir: string, extractEntities: ExtractEntities): { scores: SpanScores; documents: number } {
  const scorer = new SpanScorer();
  const files = readdirSync(goldDir).filter((f) => f.endsWith('.json')).sort();
  for (const file of files) {
    const gold = JSON.parse(readFileSync(join(goldDir, file), 'utf8')) as { doc: string; entities: { start: number; end: number; type: string }[] };
    const text = readFileSync(join(seedsDir, gold.doc), 'utf8');
    scorer.add(gold.entities.map(({ start, end, type }) => ({ start, end, type })), extractEntities(text));
  }
  return { scores: scorer.scores(SEED_TYPES), documents: files.length };
}

const USAGE = 'usage: npm run eval -- ner --conll FILE | --re3d DIR | --seeds-gold DIR [--seeds DIR] [--model PATH]';

export async function run(argv: string[], options: NerEvalOptions = {}): Promise<number> {
  const { values } = parseArgs({ args: argv, options: { conll: { type: 'string' }, re3d: { type: 'string' }, 'seeds-gold': { type: 'string' }, seeds: { type: 'string' }, model: { type: 'string' } } });
  if (!values.conll && !values.re3d && !values['seeds-gold']) {
    console.error(USAGE);
    return 2;
  }
  const loadStarted = performance.now();
  const tagger = values.model ? loadNerTagger(values.model) : loadNerTagger();
  const loadMs = performance.now() - loadStarted;
  console.log(`model loaded in ${loadMs.toFixed(0)} ms`);
  if (values.conll) {
    const text = readFileSync(values.conll, 'utf8');
    const { scores, tokens } = evaluateConll(tagger, text);
    const rate = taggingRate(tagger, parseConll(text).map((d) => d.sentences.map((s) => s.tokens)));
    console.log(`\nCoNLL ${values.conll}: ${tokens} tokens; tagging ${Math.round(rate).toLocaleString('en')} tokens/s warm, one thread`);
    console.log(formatScores(scores));
  }
  if (values.re3d) {
    const extract = options.extractEntities ?? pipelineExtractEntities(tagger);
    const { scores, documents } = evaluateRe3d(values.re3d, extract);
    const how = options.extractEntities ? 'supplied extractEntities' : 'the full extraction pipeline';
    console.log(`\nre3d ${values.re3d}: ${documents} documents, named mentions only, ${how}`);
    console.log('gold: accepted labels (confidence >= 0.5); names inside unscored re3d mentions (nominal, other types) not scored; TIME scored as Temporal');
    console.log(formatScores(scores));
    const strict = evaluateRe3d(values.re3d, extract, STRICT_READING).scores;
    console.log('strict reading (confidence 1 only, every predicted name scored, TIME not scored): micro F1 ' +
      `exact ${(strict.exact.micro.f1 * 100).toFixed(2)}, overlap ${(strict.overlap.micro.f1 * 100).toFixed(2)}`);
  }
  if (values['seeds-gold']) {
    const seedsDir = values.seeds ?? join(packageRoot(), 'examples', 'seeds');
    const { scores, documents } = evaluateSeedsGold(values['seeds-gold'], seedsDir, options.extractEntities ?? pipelineExtractEntities(tagger));
    console.log(`\nseeds-gold ${values['seeds-gold']}: ${documents} annotated articles, all entity types, exact type match`);
    console.log(formatScores(scores));
  }
  return 0;
}
