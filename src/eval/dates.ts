// `npm run eval -- dates --gold DIR [--seeds DIR]`: DATE, CARDINAL and PERCENT mentions of
// findDates/findNumbers against the seeds gold: span P/R/F1 per type (exact and overlap) and
// the accuracy of values over matched spans. The gold's `canonical` is the expected value when
// it looks like a value (TIMEX3 or number); otherwise ("yesterday") the gold expects no value.
// Each file is run with its gold publication date and gold boilerplate spans, as the
// extractor would with a perfect document stage.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { findDates, findNumbers, type ValueMention } from '../extract/temporal/index.js';
import type { Span } from '../extract/types.js';
import { packageRoot } from '../models/package-root.js';
import { SpanScorer, formatScores, type SpanScores } from './span-scorer.js';

export const SCORED_TYPES = ['DATE', 'CARDINAL', 'PERCENT'] as const;

export interface GoldEntity extends Span {
  text: string;
  type: string;
  canonical?: string;
}

export interface GoldDocument {
  doc: string;
  meta: { published: string | null; boilerplate_spans?: Span[] };
  entities: GoldEntity[];
}

/** A canonical that is a value: `2015-10-13`, `XXXX-WXX-5`, `2014-SP`, `>P1Y`, `>=139`, `>80%`, `10x`. */
export function isValueLike(canonical: string | undefined): boolean {
  return !!canonical && /^(?:[<>]=?|~)?(?:\d|X{4}|P)[\dA-Z:./-]*(?:%|x)?$/.test(canonical);
}

export function expectedValue(entity: GoldEntity): string | undefined {
  return isValueLike(entity.canonical) ? entity.canonical : undefined;
}

/** Dates and numbers as the extractor combines them: a number overlapping a date is dropped. */
export function valueMentions(text: string, published: string | null, exclude: Span[]): ValueMention[] {
  const dates = findDates(text, { published, exclude });
  const numbers = findNumbers(text, { exclude }).filter((n) => !dates.some((d) => d.start < n.end && n.start < d.end));
  return [...dates, ...numbers].sort((a, b) => a.start - b.start);
}

export interface ValueTally {
  correct: number;
  total: number;
}

export interface DatesEvaluation {
  spans: SpanScores;
  values: { exact: ValueTally; overlap: ValueTally };
  /** One line per miss, spurious mention or wrong value. */
  errors: string[];
}

const fmt = (m: { start: number; end: number; text: string; type: string }) => `${m.type} ${m.start}-${m.end} "${m.text}"`;

export function evaluateDocuments(documents: { gold: GoldDocument; text: string }[]): DatesEvaluation {
  const scorer = new SpanScorer();
  const values = { exact: { correct: 0, total: 0 }, overlap: { correct: 0, total: 0 } };
  const errors: string[] = [];
  for (const { gold, text } of documents) {
    const goldMentions = gold.entities.filter((e) => (SCORED_TYPES as readonly string[]).includes(e.type));
    const predicted = valueMentions(text, gold.meta.published, gold.meta.boilerplate_spans ?? [])
      .filter((m) => (SCORED_TYPES as readonly string[]).includes(m.type));
    scorer.add(goldMentions, predicted);
    const used = new Set<number>();
    for (const g of goldMentions) {
      let best = -1;
      let bestOverlap = 0;
      predicted.forEach((p, k) => {
        const overlap = Math.min(p.end, g.end) - Math.max(p.start, g.start);
        if (!used.has(k) && p.type === g.type && overlap > bestOverlap) { best = k; bestOverlap = overlap; }
      });
      if (best < 0) {
        errors.push(`${gold.doc}: missed ${fmt(g)}`);
        continue;
      }
      used.add(best);
      const p = predicted[best]!;
      const exact = p.start === g.start && p.end === g.end;
      const want = expectedValue(g);
      const got = isValueLike(p.value) ? p.value : undefined;
      const ok = want === got;
      values.overlap.total++;
      if (ok) values.overlap.correct++;
      if (exact) {
        values.exact.total++;
        if (ok) values.exact.correct++;
      } else errors.push(`${gold.doc}: span ${fmt(p)} for gold ${fmt(g)}`);
      if (!ok) errors.push(`${gold.doc}: value ${got ?? '(none)'} for ${fmt(g)}, gold ${want ?? '(none)'}`);
    }
    predicted.forEach((p, k) => { if (!used.has(k)) errors.push(`${gold.doc}: spurious ${fmt(p)} ${p.value ?? ''}`.trimEnd()); });
  }
  return { spans: scorer.scores([...SCORED_TYPES]), values, errors };
}

export function loadGold(goldDir: string, seedsDir: string): { gold: GoldDocument; text: string }[] {
  const files = readdirSync(goldDir).filter((f) => f.endsWith('.json')).sort();
  if (files.length === 0) throw new Error(`no gold .json files in ${goldDir}`);
  return files.map((f) => {
    const gold = JSON.parse(readFileSync(join(goldDir, f), 'utf8')) as GoldDocument;
    const text = readFileSync(join(seedsDir, gold.doc), 'utf8');
    return { gold, text };
  });
}

function option(argv: string[], name: string): string | undefined {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
}

function formatValues(values: DatesEvaluation['values']): string {
  const line = (name: string, t: ValueTally) =>
    `${name.padEnd(8)} ${t.total ? ((100 * t.correct) / t.total).toFixed(2).padStart(6) : '     -'}%  (${t.correct}/${t.total})`;
  return ['value accuracy over matched spans', line('exact', values.exact), line('overlap', values.overlap)].join('\n');
}

export async function run(argv: string[]): Promise<number> {
  const goldDir = option(argv, '--gold');
  if (!goldDir) {
    console.error('eval dates: usage: dates --gold DIR [--seeds DIR]');
    return 2;
  }
  const seedsDir = option(argv, '--seeds') ?? join(packageRoot(), 'examples', 'seeds');
  const documents = loadGold(resolve(goldDir), resolve(seedsDir));
  const result = evaluateDocuments(documents);
  console.log(`dates and numbers: ${documents.length} gold files (${documents.map((d) => d.gold.doc).join(', ')})`);
  console.log(formatScores(result.spans));
  console.log('');
  console.log(formatValues(result.values));
  if (result.errors.length) console.log(['', 'errors:', ...result.errors.map((e) => `  ${e}`)].join('\n'));
  return 0;
}
