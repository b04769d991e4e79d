// `npm run eval -- events --gold DIR [--seeds DIR] [--verbose]`: events of the full pipeline
// against seeds-gold. An event matches a gold event of the same type whose trigger span it
// overlaps (one to one, in text order); type+trigger P/R/F1 count those matches. On matched
// events each argument is compared: our entity ids become gold canonicals through the gold
// entity spans they overlap, so "russia" scores as "Russia" wherever the gold says so.

import { readFile, readdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { EntityMention, ExtractedEvent, Span } from '../extract/types.js';
import { readDocument } from '../input/read-document.js';
import { findEvents } from '../extract/events/find-events.js';
import type { Extraction } from '../extract/extraction.js';
import { loadExtractor } from '../models/load-resources.js';
import { packageRoot } from '../models/package-root.js';

export interface GoldEvent {
  type: string;
  trigger: Span & { text: string };
  actors: string[];
  targets: string[];
  location: string | null;
  date: string | null;
  killed: number | null;
  certainty: string;
}

export interface GoldEventDocument {
  doc: string;
  entities: (Span & { text: string; type: string; canonical?: string })[];
  events: GoldEvent[];
}

export const ARGUMENTS = ['actors', 'targets', 'location', 'date', 'killed', 'certainty'] as const;
export type ArgumentName = (typeof ARGUMENTS)[number];

export interface EventScores {
  matched: number;
  predicted: number;
  gold: number;
  /** Per argument: how many matched events have it exactly right. */
  correct: Record<ArgumentName, number>;
  errors: string[];
}

export function emptyScores(): EventScores {
  return { matched: 0, predicted: 0, gold: 0, correct: { actors: 0, targets: 0, location: 0, date: 0, killed: 0, certainty: 0 }, errors: [] };
}

/** Our entity id → the gold canonical its mentions overlap most often (ids with no gold counterpart map to themselves). */
export function canonicalOfIds(entities: readonly EntityMention[], gold: GoldEventDocument['entities']): Map<string, string> {
  const votes = new Map<string, Map<string, number>>();
  for (const e of entities) {
    for (const g of gold) {
      if (g.start < e.end && e.start < g.end) {
        const canonical = g.canonical ?? g.text;
        const byId = votes.get(e.id) ?? new Map<string, number>();
        byId.set(canonical, (byId.get(canonical) ?? 0) + 1);
        votes.set(e.id, byId);
      }
    }
  }
  const out = new Map<string, string>();
  for (const [id, counts] of votes) out.set(id, [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0]);
  return out;
}

export function scoreDocument(scores: EventScores, doc: string, predicted: readonly ExtractedEvent[], entities: readonly EntityMention[], gold: GoldEventDocument): void {
  const canonical = canonicalOfIds(entities, gold.entities);
  const name = (id: string) => canonical.get(id) ?? id;
  const names = (ids: string[]) => [...new Set(ids.map(name))].sort();
  scores.predicted += predicted.length;
  scores.gold += gold.events.length;
  const used = new Set<number>();
  const sortedGold = [...gold.events].sort((a, b) => a.trigger.start - b.trigger.start);
  for (const g of sortedGold) {
    const k = predicted.findIndex((p, i) => !used.has(i) && p.type === g.type && p.trigger.start < g.trigger.end && g.trigger.start < p.trigger.end);
    if (k < 0) {
      scores.errors.push(`${doc}: missed ${g.type} "${g.trigger.text}" @${g.trigger.start}`);
      continue;
    }
    used.add(k);
    scores.matched++;
    const p = predicted[k]!;
    const found: Record<ArgumentName, unknown> = {
      actors: names(p.actors), targets: names(p.targets), location: p.location === null ? null : name(p.location),
      date: p.date, killed: p.killed, certainty: p.certainty,
    };
    const expected: Record<ArgumentName, unknown> = {
      actors: [...g.actors].sort(), targets: [...g.targets].sort(), location: g.location, date: g.date, killed: g.killed, certainty: g.certainty,
    };
    for (const arg of ARGUMENTS) {
      if (JSON.stringify(found[arg]) === JSON.stringify(expected[arg])) scores.correct[arg]++;
      else scores.errors.push(`${doc}: ${g.type} "${g.trigger.text}" @${g.trigger.start} ${arg}: ${JSON.stringify(found[arg])}, expected ${JSON.stringify(expected[arg])}`);
    }
  }
  predicted.forEach((p, i) => {
    if (!used.has(i)) scores.errors.push(`${doc}: spurious ${p.type} "${p.trigger.text}" @${p.trigger.start} (${p.certainty})`);
  });
}

export function formatEventScores(s: EventScores, verbose: boolean): string {
  const p = s.predicted ? s.matched / s.predicted : 0;
  const r = s.gold ? s.matched / s.gold : 0;
  const f = p + r > 0 ? (2 * p * r) / (p + r) : 0;
  const lines = [
    `type+trigger  P ${p.toFixed(2)}  R ${r.toFixed(2)}  F1 ${f.toFixed(2)}  (matched ${s.matched}, predicted ${s.predicted}, gold ${s.gold})`,
    '',
    'argument accuracy on matched events:',
    ...ARGUMENTS.map((a) => `  ${a.padEnd(10)} ${s.matched ? (s.correct[a] / s.matched).toFixed(2) : '-'}  (${s.correct[a]}/${s.matched})`),
  ];
  if (verbose) lines.push('', ...s.errors);
  return lines.join('\n');
}

/**
 * Speed of the events stage alone on these documents, in CPU time (a shared machine makes
 * wall-clock rates swing): the median of five rounds of at least 0.5 s each.
 */
function stageSpeed(documents: { text: string; result: Extraction }[]): string {
  const words = documents.reduce((n, d) => n + d.text.split(/\s+/).filter(Boolean).length, 0);
  const runOnce = () => {
    for (const { text, result } of documents) findEvents({ text, sentences: result.sentences, entities: result.entities });
  };
  runOnce();
  const rates: number[] = [];
  for (let round = 0; round < 5; round++) {
    const started = process.cpuUsage();
    let cpuMs = 0;
    let runs = 0;
    while (cpuMs < 500) {
      runOnce();
      runs++;
      const used = process.cpuUsage(started);
      cpuMs = (used.user + used.system) / 1000;
    }
    rates.push((words * runs) / (cpuMs / 1000));
  }
  const median = rates.sort((a, b) => a - b)[2]!;
  return `events stage speed: ${Math.round(median).toLocaleString('en-US')} words/s of CPU time (${words} words, median of 5 rounds)`;
}

export async function run(argv: string[]): Promise<number> {
  const { values } = parseArgs({ args: argv, options: { gold: { type: 'string' }, seeds: { type: 'string' }, verbose: { type: 'boolean', short: 'v' } } });
  if (!values.gold) {
    console.error('eval events: --gold DIR is required (e.g. ../shared/corpus/seeds-gold)');
    return 2;
  }
  const goldDir = resolve(values.gold);
  const seedsDir = values.seeds ? resolve(values.seeds) : join(packageRoot(), 'examples', 'seeds');
  const files = (await readdir(goldDir)).filter((f) => f.endsWith('.json')).sort();
  if (files.length === 0) {
    console.error(`eval events: no gold .json files in ${goldDir}`);
    return 1;
  }
  const extractor = loadExtractor();
  const scores = emptyScores();
  const documents: { text: string; result: Extraction }[] = [];
  for (const file of files) {
    const gold = JSON.parse(await readFile(join(goldDir, file), 'utf8')) as GoldEventDocument;
    const path = join(seedsDir, gold.doc);
    const { text } = readDocument(await readFile(path), path);
    const result = extractor.extract({ text });
    documents.push({ text, result });
    scoreDocument(scores, gold.doc, result.events, result.entities, gold);
  }
  console.log(formatEventScores(scores, values.verbose === true));
  console.log(`\n${stageSpeed(documents)}`);
  return 0;
}
