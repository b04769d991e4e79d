// `npm run eval -- resolve --gold DIR [--seeds DIR]`: entity resolution across documents
// against the seeds gold, whose `canonical` names are the same in every file. The mentions
// of all gold files are resolved together and clustered by corpus id; gold clusters are the
// canonical names. Scored over gold mentions: a gold mention takes the corpus id of our
// mention with exactly its span, and one we did not find (or found with other bounds) is a
// cluster of its own. Two inputs: our own mentions (the full pipeline), and the gold mentions
// given in-document ids by the extractor's id step (the resolver alone).
// Names are scored apart from values (dates and numbers), whose gold canonicals repeat across
// files for unrelated days ("yesterday"); for values a gold cluster is a canonical within one
// file unless the canonical is a calendar date, month or year.
import { readFile, readdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { AliasTable } from '../extract/entities/aliases.js';
import { assignIds, VALUE_TYPES } from '../extract/entities/assign-ids.js';
import { resolveEntities, type ResolveOptions, type ResolverDocument, type ResolverMention } from '../extract/resolve/index.js';
import type { EntityType } from '../extract/types.js';
import { readDocument } from '../input/read-document.js';
import { loadCapitals } from '../models/load-capitals.js';
import { loadAliases, loadExtractor } from '../models/load-resources.js';
import { packageRoot } from '../models/package-root.js';
import { bcubed, pairwise, type ClusteredItem, type ClusterScore } from './cluster-scores.js';
import { isValueLike, type GoldDocument, type GoldEntity } from './dates.js';

export interface GoldText {
  gold: GoldDocument;
  text: string;
}

export interface ResolveEvaluation {
  names: ClusteredItem[];
  values: ClusteredItem[];
  /** Gold mentions with a predicted mention of exactly their span. */
  matched: number;
  total: number;
}

/** Clusters the gold mentions by the corpus ids the resolver gives `documents` (one per gold file, same order). */
export function clusterGoldMentions(golds: GoldText[], documents: ResolverDocument[], aliases: AliasTable, options: ResolveOptions = {}): ResolveEvaluation {
  const resolution = resolveEntities(documents, aliases, options);
  return clusterBy(golds, (d, span) => resolution.mentionIds[d]!.get(span));
}

/** The baseline: in-document ids only, nothing joined across documents. */
export function clusterWithoutResolution(golds: GoldText[], documents: ResolverDocument[]): ResolveEvaluation {
  const local = documents.map((doc) => new Map(doc.entities.map((m) => [`${m.start}:${m.end}`, `${doc.file}:${m.id}`])));
  return clusterBy(golds, (d, span) => local[d]!.get(span));
}

function clusterBy(golds: GoldText[], idOf: (doc: number, span: string) => string | undefined): ResolveEvaluation {
  const out: ResolveEvaluation = { names: [], values: [], matched: 0, total: 0 };
  golds.forEach(({ gold }, d) => {
    for (const entity of gold.entities) {
      const corpusId = idOf(d, `${entity.start}:${entity.end}`);
      out.total++;
      if (corpusId !== undefined) out.matched++;
      const predicted = corpusId ?? `unmatched:${gold.doc}:${entity.start}`;
      const isValue = VALUE_TYPES.has(entity.type as EntityType);
      const canonical = entity.canonical ?? entity.text;
      const goldCluster = !isValue || /^\d{4}(?:-\d{2}){0,2}$/.test(canonical) ? canonical : `${gold.doc}:${canonical}`;
      (isValue ? out.values : out.names).push({ gold: goldCluster, predicted });
    }
  });
  return out;
}

/** The gold mentions with in-document ids from the extractor's id step. */
export function goldMentionDocument({ gold, text }: GoldText, aliases: AliasTable): ResolverDocument {
  const typed = gold.entities.map((e: GoldEntity) => ({
    start: e.start, end: e.end, text: e.text, type: e.type as EntityType,
    ...(isValueLike(e.canonical) ? { value: e.canonical } : {}),
  }));
  const entities: ResolverMention[] = assignIds(text, typed, aliases).map(({ name: _name, ...m }) => m);
  return { file: gold.doc, entities, text };
}

export async function run(argv: string[]): Promise<number> {
  const { values } = parseArgs({ args: argv, options: { gold: { type: 'string' }, seeds: { type: 'string' }, errors: { type: 'boolean' } } });
  if (!values.gold) {
    console.error('eval resolve: --gold DIR is required (e.g. ../shared/corpus/seeds-gold)');
    return 2;
  }
  const goldDir = resolve(values.gold);
  const seedsDir = values.seeds ? resolve(values.seeds) : join(packageRoot(), 'examples', 'seeds');
  const files = (await readdir(goldDir)).filter((f) => f.endsWith('.json')).sort();
  if (files.length === 0) {
    console.error(`eval resolve: no gold .json files in ${goldDir}`);
    return 1;
  }
  const golds: GoldText[] = [];
  for (const file of files) {
    const gold = JSON.parse(await readFile(join(goldDir, file), 'utf8')) as GoldDocument;
    const path = join(seedsDir, gold.doc);
    golds.push({ gold, text: readDocument(await readFile(path), path).text });
  }
  const aliases = loadAliases();
  const extractor = loadExtractor();
  const predictedDocs = golds.map(({ gold, text }) => ({ file: gold.doc, entities: extractor.extract({ text }).entities, text }));
  const capitals = loadCapitals();
  const goldDocs = golds.map((g) => goldMentionDocument(g, aliases));
  const rows: string[][] = [['mentions', 'scored', 'matched', 'B3 P', 'B3 R', 'B3 F1', 'pair P', 'pair R', 'pair F1']];
  const errors: string[] = [];
  for (const [label, docs] of [['ours', predictedDocs], ['gold', goldDocs], ['no resolution', predictedDocs]] as const) {
    const result = label === 'no resolution' ? clusterWithoutResolution(golds, docs) : clusterGoldMentions(golds, docs, aliases, { capitals });
    const nameMatched = result.names.filter((i) => !i.predicted.startsWith('unmatched:')).length;
    rows.push([`${label}: names`, String(result.names.length), String(nameMatched), ...scoreCells(bcubed(result.names)), ...scoreCells(pairwise(result.names))]);
    const valueMatched = result.values.filter((i) => !i.predicted.startsWith('unmatched:')).length;
    rows.push([`${label}: values`, String(result.values.length), String(valueMatched), ...scoreCells(bcubed(result.values)), ...scoreCells(pairwise(result.values))]);
    if (label !== 'no resolution') errors.push(...clusterErrors(label, result.names));
  }
  console.log(formatRows(rows));
  console.log(`\n${files.length} gold files resolved together. A gold mention takes the corpus id of our mention with exactly its span; unmatched gold mentions count as singletons.`);
  console.log('ours: mentions from the full pipeline; gold: gold mentions with in-document ids from the id step (the resolver alone);');
  console.log('no resolution: our mentions with their in-document ids only (the baseline the resolver improves on).');
  if (values.errors) console.log(['', ...errors].join('\n'));
  return 0;
}

/** Gold names split over several predicted clusters, and predicted clusters holding several gold names. */
function clusterErrors(label: string, items: ClusteredItem[]): string[] {
  const lines: string[] = [];
  const byGold = group(items, (i) => i.gold, (i) => i.predicted);
  const byPredicted = group(items, (i) => i.predicted, (i) => i.gold);
  for (const [gold, predicted] of byGold) if (predicted.size > 1) lines.push(`${label}: split  ${gold} → ${[...predicted].join(', ')}`);
  for (const [predicted, golds] of byPredicted) if (golds.size > 1) lines.push(`${label}: merged ${predicted} ← ${[...golds].join(', ')}`);
  return lines;
}

function group(items: ClusteredItem[], key: (i: ClusteredItem) => string, value: (i: ClusteredItem) => string): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const item of items) out.set(key(item), (out.get(key(item)) ?? new Set()).add(value(item)));
  return out;
}

const scoreCells = (s: ClusterScore) => [s.precision, s.recall, s.f1].map((x) => x.toFixed(3));

function formatRows(rows: string[][]): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  const lines = rows.map((r) => r.map((cell, c) => cell.padEnd(widths[c]!)).join('  ').trimEnd());
  lines.splice(1, 0, widths.map((w) => '-'.repeat(w)).join('  '));
  return lines.join('\n');
}
