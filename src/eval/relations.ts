// `npm run eval -- relations --re3d DIR`: re3d relations found by the whole extractor
// (end to end, after our own entity recognition) and from re3d's own mentions ("oracle
// entities", which measures the relation patterns apart from entity recognition).
// Matching rules (type, overlap, direction) are in relation-scorer.ts.

import { parseArgs } from 'node:util';
import { findRelations } from '../extract/relations/index.js';
import { splitSentences } from '../extract/tokenize/index.js';
import type { Relation } from '../extract/types.js';
import { loadExtractor } from '../models/load-resources.js';
import { readRe3dRelations, MIN_RELATION_CONFIDENCE, type Re3dRelationDocument } from './re3d-relations.js';
import { formatRelationScores, RelationScorer, type GoldForScoring, type ScoredRelation } from './relation-scorer.js';

export type PredictRelations = (doc: Re3dRelationDocument) => Relation[];

/** Relations from re3d's adjudicated mentions, each distinct text one entity. */
export function oracleRelations(doc: Re3dRelationDocument): Relation[] {
  const mentions = doc.mentions.map((m) => ({ ...m, id: m.text.toLowerCase() }));
  return findRelations(doc.text, splitSentences(doc.text), mentions);
}

function asScored(relations: Relation[]): ScoredRelation[] {
  return relations.filter((r) => r.sourceSpan && r.targetSpan)
    .map((r) => ({ type: r.type, source: r.sourceSpan!, target: r.targetSpan! }));
}

export interface RelationEvaluation {
  all: RelationScorer;
  named: RelationScorer;
  undirected: RelationScorer;
  bySource: Map<string, RelationScorer>;
}

/** Scores predictions over the documents: all gold relations, named-argument ones, and direction ignored. */
export function evaluateRelations(documents: Re3dRelationDocument[], predict: PredictRelations): RelationEvaluation {
  const evaluation: RelationEvaluation = { all: new RelationScorer(), named: new RelationScorer(), undirected: new RelationScorer(true), bySource: new Map() };
  for (const doc of documents) {
    const predicted = asScored(predict(doc));
    const gold: GoldForScoring[] = doc.relations.map((r) => ({ ...r, scored: true }));
    evaluation.all.add(gold, predicted);
    evaluation.undirected.add(gold, predicted);
    evaluation.named.add(doc.relations.map((r) => ({ ...r, scored: r.named })), predicted);
    if (!evaluation.bySource.has(doc.source)) evaluation.bySource.set(doc.source, new RelationScorer());
    evaluation.bySource.get(doc.source)!.add(gold, predicted);
  }
  return evaluation;
}

function report(title: string, evaluation: RelationEvaluation): void {
  console.log(`\n${title}: all gold relations`);
  console.log(formatRelationScores(evaluation.all.scores()));
  const line = (name: string, s: RelationScorer) => {
    const m = s.scores().micro;
    return `  ${name.padEnd(44)} P ${m.precision.toFixed(3)}  R ${m.recall.toFixed(3)}  F1 ${m.f1.toFixed(3)}`;
  };
  console.log(line('micro, gold with named arguments only', evaluation.named));
  console.log(line('micro, direction ignored for every type', evaluation.undirected));
  for (const [source, scorer] of evaluation.bySource) console.log(line(`micro, ${source}`, scorer));
}

const USAGE = 'usage: npm run eval -- relations --re3d DIR';

export async function run(argv: string[]): Promise<number> {
  const { values } = parseArgs({ args: argv, options: { re3d: { type: 'string' } } });
  if (!values.re3d) {
    console.error(USAGE);
    return 2;
  }
  const documents = readRe3dRelations(values.re3d);
  const goldCount = documents.reduce((n, d) => n + d.relations.length, 0);
  const words = documents.reduce((n, d) => n + d.text.split(/\s+/).filter(Boolean).length, 0);
  console.log(`re3d ${values.re3d}: ${documents.length} documents, ${words} words, ${goldCount} relation rows with confidence ≥ ${MIN_RELATION_CONFIDENCE}`);
  const extractor = loadExtractor();
  let reachable = 0;
  const endToEnd = evaluateRelations(documents, (doc) => {
    const result = extractor.extract({ text: doc.text });
    reachable += doc.relations.filter((r) => [r.source, r.target].every((arg) => result.entities.some((e) => e.start < arg.end && arg.start < e.end))).length;
    return result.relations;
  });
  report('End to end (the whole extractor: our entities, then relations)', endToEnd);
  console.log(`  (${reachable} of ${goldCount} gold rows have both arguments overlapped by one of our entity mentions: the recall ceiling end to end)`);
  report('Oracle entities (relations from re3d\'s own mentions)', evaluateRelations(documents, oracleRelations));
  return 0;
}
