// `npm run eval -- ner --conll FILE` and `npm run eval -- ner --re3d DIR`: quality of the
// named-entity tagger on CoNLL-2003 (its own four types) and on re3d (OntoNotes types,
// from raw text through an extractEntities function the caller can supply).

import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { parseConll } from '../extract/ner/conll.js';
import { ENTITY_CLASSES, spansOfLabels } from '../extract/ner/labels.js';
import { refineType } from '../extract/ner/refine.js';
import type { NerTagger } from '../extract/ner/tagger.js';
import { loadNerTagger } from '../models/load-ner.js';
import { readRe3d, SCORED_TYPES } from './re3d.js';
import { formatScores, SpanScorer, type PredictedSpan, type SpanScores } from './span-scorer.js';
import { taggingRate } from './ner-speed.js';
import { roughSentences } from './temporary-tokenizer.js';

export interface ExtractedEntity {
  start: number;
  end: number;
  /** OntoNotes type (PERSON, ORG, GPE, …). */
  type: string;
}

export type ExtractEntities = (text: string) => ExtractedEntity[];

export interface NerEvalOptions {
  /** Entity extraction on raw text for --re3d; defaults to the tagger over a temporary tokeniser. */
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

/** TEMPORARY default for --re3d: tagger + refineType over roughSentences. */
export function taggerExtractEntities(tagger: NerTagger): ExtractEntities {
  return (text) => {
    const sentences = roughSentences(text);
    const spans = tagger.spansOfDocument(sentences.map((s) => s.map((t) => t.text)));
    const out: ExtractedEntity[] = [];
    spans.forEach((sentenceSpans, i) => {
      for (const span of sentenceSpans) {
        const tokens = sentences[i]!;
        const start = tokens[span.start]!.start;
        const end = tokens[span.end - 1]!.end;
        const type = refineType(span.type, text.slice(start, end), { before: text.slice(Math.max(0, start - 20), start), after: text.slice(end, end + 20) });
        if (type) out.push({ start, end, type });
      }
    });
    return out;
  };
}

/** Our types in re3d's terms: GPE may be scored as a Location or an Organisation. */
function asRe3d(entity: ExtractedEntity): PredictedSpan | null {
  switch (entity.type) {
    case 'PERSON': case 'ORG': case 'NORP': case 'DATE': return { ...entity };
    case 'LOC': case 'FAC': return { ...entity, type: 'LOC' };
    case 'GPE': return { ...entity, type: 'LOC', alsoMatches: ['ORG'] };
    default: return null;
  }
}

export function evaluateRe3d(dir: string, extractEntities: ExtractEntities): { scores: SpanScores; documents: number } {
  const documents = readRe3d(dir);
  const scorer = new SpanScorer();
  for (const doc of documents) {
    const predicted = extractEntities(doc.text).map(asRe3d).filter((e): e is PredictedSpan => e !== null);
    scorer.add(doc.entities, predicted);
  }
  return { scores: scorer.scores(SCORED_TYPES), documents: documents.length };
}

const USAGE = 'usage: npm run eval -- ner --conll FILE | --re3d DIR [--model PATH]';

export async function run(argv: string[], options: NerEvalOptions = {}): Promise<number> {
  const { values } = parseArgs({ args: argv, options: { conll: { type: 'string' }, re3d: { type: 'string' }, model: { type: 'string' } } });
  if (!values.conll && !values.re3d) {
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
    const extract = options.extractEntities ?? taggerExtractEntities(tagger);
    const { scores, documents } = evaluateRe3d(values.re3d, extract);
    const how = options.extractEntities ? 'supplied extractEntities' : 'tagger over the TEMPORARY tokeniser (no DATE extraction)';
    console.log(`\nre3d ${values.re3d}: ${documents} documents, named mentions only, ${how}`);
    console.log(formatScores(scores));
  }
  return 0;
}
