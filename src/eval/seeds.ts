// `npm run eval -- seeds --gold DIR [--seeds DIR]`: title, publication date and boilerplate
// lines against the hand annotation of the seed articles (seeds-gold).

import { readFile, readdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { findBoilerplate } from '../extract/document/boilerplate.js';
import { findPublished } from '../extract/document/published.js';
import { findTitle } from '../extract/document/title.js';
import type { Span } from '../extract/types.js';
import { readDocument } from '../input/read-document.js';
import { packageRoot } from '../models/package-root.js';

interface GoldFile {
  doc: string;
  meta: { title: string | null; published: string | null; boilerplate_spans?: Span[] };
}

export interface SeedScore {
  doc: string;
  title: { expected: string | null; found: string | null };
  published: { expected: string | null; found: string | null };
  /** Predicted boilerplate spans that overlap a gold span, and all predicted. */
  predictedHit: number;
  predicted: number;
  /** Gold boilerplate spans overlapped by a prediction, and all gold. */
  goldHit: number;
  gold: number;
  /** Characters marked as boilerplate that the gold keeps as article text. */
  wrongChars: number;
}

/** Scores one seed article against its gold annotation. */
export function scoreSeed(text: string, gold: GoldFile): SeedScore {
  const boilerplate = findBoilerplate(text);
  const goldSpans = gold.meta.boilerplate_spans ?? [];
  const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;
  return {
    doc: gold.doc,
    title: { expected: gold.meta.title, found: findTitle(text, boilerplate)?.text ?? null },
    published: { expected: gold.meta.published, found: findPublished(text, boilerplate) },
    predictedHit: boilerplate.filter((p) => goldSpans.some((g) => overlaps(p, g))).length,
    predicted: boilerplate.length,
    goldHit: goldSpans.filter((g) => boilerplate.some((p) => overlaps(p, g))).length,
    gold: goldSpans.length,
    wrongChars: boilerplate.reduce((n, p) => n + uncovered(p, goldSpans), 0),
  };
}

/** How many characters of `span` no gold span covers. */
function uncovered(span: Span, gold: Span[]): number {
  let count = 0;
  for (let i = span.start; i < span.end; i++) if (!gold.some((g) => g.start <= i && i < g.end)) count++;
  return count;
}

export async function run(argv: string[]): Promise<number> {
  const { values } = parseArgs({ args: argv, options: { gold: { type: 'string' }, seeds: { type: 'string' } } });
  if (!values.gold) {
    console.error('eval seeds: --gold DIR is required (e.g. ../shared/corpus/seeds-gold)');
    return 2;
  }
  const goldDir = resolve(values.gold);
  const seedsDir = values.seeds ? resolve(values.seeds) : join(packageRoot(), 'examples', 'seeds');
  const files = (await readdir(goldDir)).filter((f) => f.endsWith('.json')).sort();
  if (files.length === 0) {
    console.error(`eval seeds: no gold .json files in ${goldDir}`);
    return 1;
  }
  const scores: SeedScore[] = [];
  for (const file of files) {
    const gold = JSON.parse(await readFile(join(goldDir, file), 'utf8')) as GoldFile;
    const path = join(seedsDir, gold.doc);
    const { text } = readDocument(await readFile(path), path);
    scores.push(scoreSeed(text, gold));
  }
  console.log(formatTable(scores));
  return 0;
}

function formatTable(scores: SeedScore[]): string {
  const rows: string[][] = [['doc', 'title', 'published', 'bp P', 'bp R', 'bp F1', 'pred/gold', 'wrong chars']];
  const total = { predictedHit: 0, predicted: 0, goldHit: 0, gold: 0, wrongChars: 0, titles: 0, dates: 0 };
  for (const s of scores) {
    const titleOk = s.title.found === s.title.expected;
    const dateOk = s.published.found === s.published.expected;
    rows.push([s.doc, titleOk ? 'ok' : 'WRONG', `${dateOk ? 'ok' : 'WRONG'} (${s.published.found ?? 'null'})`, ...prf(s), `${s.predicted}/${s.gold}`, String(s.wrongChars)]);
    total.titles += Number(titleOk);
    total.dates += Number(dateOk);
    for (const key of ['predictedHit', 'predicted', 'goldHit', 'gold', 'wrongChars'] as const) total[key] += s[key];
  }
  const n = scores.length;
  rows.push(['total', `${total.titles}/${n}`, `${total.dates}/${n}`, ...prf(total), `${total.predicted}/${total.gold}`, String(total.wrongChars)]);
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  const lines = rows.map((r) => r.map((cell, c) => cell.padEnd(widths[c]!)).join('  ').trimEnd());
  lines.splice(1, 0, widths.map((w) => '-'.repeat(w)).join('  '));
  const misses = scores.flatMap((s) => [
    ...(s.title.found !== s.title.expected ? [`${s.doc}: title ${JSON.stringify(s.title.found)}, expected ${JSON.stringify(s.title.expected)}`] : []),
    ...(s.published.found !== s.published.expected ? [`${s.doc}: published ${s.published.found}, expected ${s.published.expected}`] : []),
  ]);
  return [...lines, ...(misses.length ? ['', ...misses] : []), '', 'bp: boilerplate lines, matched by span overlap; wrong chars: article text marked as boilerplate.'].join('\n');
}

function prf(s: { predictedHit: number; predicted: number; goldHit: number; gold: number }): string[] {
  const p = s.predicted ? s.predictedHit / s.predicted : null;
  const r = s.gold ? s.goldHit / s.gold : null;
  // With nothing to find and nothing found, the file is perfect: show it as such.
  if (p === null && r === null) return ['1.00', '1.00', '1.00'];
  const f = p !== null && r !== null && p + r > 0 ? (2 * p * r) / (p + r) : 0;
  return [fmt(p ?? 0), fmt(r ?? 0), fmt(f)];
}

const fmt = (x: number) => x.toFixed(2);
