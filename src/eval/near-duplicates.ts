// `npm run eval -- near-duplicates --articles DIR`: how well ingest links syndicated copies
// to the original. Every article in DIR is ingested, then five copies of each made the way
// syndicating sites change a wire story (another header line, a byline, a footer, the last
// paragraph cut, all of these at once). A copy linked to its original is right, a copy left
// unlinked is missed, and a copy or original linked to another article is wrong. Originals
// linked to each other are listed: the corpus may hold real copies (the same wire story
// twice), so read them before calling them errors.

import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { contentHash } from '../ingest/content-hash.js';
import { ingest } from '../ingest/ingest.js';
import { NEAR_DUPLICATE_BITS } from '../ingest/simhash.js';
import { tempSqliteStores } from '../store/testing/temp-sqlite.js';
import { loadExtractor } from '../models/load-resources.js';

const OUTLETS = ['Coastal Daily News', 'The Evening Ledger', 'Metro Wire', 'Valley Herald', 'Northern Courier'];
const REPORTERS = ['Staff Reporter', 'Anna Lindqvist', 'Wire Desk', 'Marco Bellini', 'Priya Raman'];

/** A copy of `text` as another site would run it; `kind` chooses the change. */
export function syndicatedCopy(text: string, kind: number, n: number): string {
  const outlet = OUTLETS[n % OUTLETS.length]!;
  const lines = text.split('\n');
  const headline = lines[0]!.trim().split(/\s+/).slice(0, 6).join(' ');
  const newHeader = () => [`${outlet} | WIRE: ${headline}…`, ...lines.slice(1)];
  const byline = (ls: string[]) => [ls[0]!, `By ${REPORTERS[n % REPORTERS.length]}, ${outlet}`, ...ls.slice(1)];
  const footer = (ls: string[]) => [...ls, '', `© 2026 ${outlet}. All rights reserved. This material may not be republished without permission.`, 'Follow us on Twitter and Facebook for more news.'];
  const cutLast = (ls: string[]) => {
    const paragraphs = ls.join('\n').trimEnd().split(/\n\s*\n/);
    return paragraphs.length >= 4 ? paragraphs.slice(0, -1).join('\n\n').split('\n') : ls;
  };
  switch (kind) {
    case 0: return newHeader().join('\n');
    case 1: return byline(lines).join('\n');
    case 2: return footer(lines).join('\n');
    case 3: return cutLast(lines).join('\n');
    default: return footer(cutLast(byline(newHeader()))).join('\n');
  }
}

export const COPY_KINDS = ['another header line', 'a byline', 'a footer', 'last paragraph cut', 'all four'];

export async function run(argv: string[]): Promise<number> {
  const { values } = parseArgs({ args: argv, options: { articles: { type: 'string' }, limit: { type: 'string' } } });
  if (!values.articles) {
    console.error('eval near-duplicates: --articles DIR is required (a folder of .txt articles, e.g. ../shared/data/polnear/dev/text)');
    return 2;
  }
  const names = (await readdir(values.articles)).filter((f) => f.endsWith('.txt')).sort().slice(0, values.limit ? Number(values.limit) : undefined);
  const originals = await Promise.all(names.map((name) => readFile(join(values.articles!, name), 'utf8')));

  const scratch = await mkdtemp(join(tmpdir(), 'dossier-eval-dups-'));
  try {
    await Promise.all(originals.map((text, i) => writeFile(join(scratch, `a-${String(i).padStart(5, '0')}.txt`), text)));
    const copies: { path: string; text: string; of: number; kind: number }[] = [];
    originals.forEach((text, i) => {
      for (let kind = 0; kind < COPY_KINDS.length; kind++) {
        copies.push({ path: join(scratch, 'copies', `c-${String(i).padStart(5, '0')}-${kind}.txt`), text: syndicatedCopy(text, kind, i + kind), of: i, kind });
      }
    });
    await import('node:fs/promises').then((fs) => fs.mkdir(join(scratch, 'copies')));
    await Promise.all(copies.map((c) => writeFile(c.path, c.text)));

    const stores = tempSqliteStores('dossier-near-duplicates');
    const store = await stores.open();
    const extractor = loadExtractor();
    const started = performance.now();
    const originalsRun = await ingest(originals.map((_, i) => join(scratch, `a-${String(i).padStart(5, '0')}.txt`)), { store, extractor });
    const copiesRun = await ingest([join(scratch, 'copies')], { store, extractor });
    const seconds = (performance.now() - started) / 1000;

    const idOf = async (text: string) => (await store.findDocumentByHash(contentHash(text)))?.id ?? null;
    const originalIds = await Promise.all(originals.map(idOf));
    const byId = new Map<string, { duplicateOf: string | null; path: string | null }>();
    for (const copy of [...originals, ...copies.map((c) => c.text)]) {
      const stored = await store.findDocumentByHash(contentHash(copy));
      if (stored) byId.set(stored.id, stored);
    }
    const storyOf = new Map<string, number>();
    originalIds.forEach((id, i) => id && storyOf.set(id, i));
    for (const copy of copies) {
      const id = await idOf(copy.text);
      if (id && !storyOf.has(id)) storyOf.set(id, copy.of);
    }
    let right = 0, missed = 0, sibling = 0, wrong = 0;
    const perKind = COPY_KINDS.map(() => ({ right: 0, total: 0 }));
    for (const copy of copies) {
      const stored = await store.findDocumentByHash(contentHash(copy.text));
      if (!stored || copy.text === originals[copy.of]) continue; // the change changed nothing, or reading failed
      perKind[copy.kind]!.total++;
      if (stored.duplicateOf === originalIds[copy.of]) {
        right++;
        perKind[copy.kind]!.right++;
      } else if (stored.duplicateOf === null) missed++;
      else if (storyOf.get(stored.duplicateOf) === copy.of) sibling++;
      else wrong++;
    }
    const linkedOriginals = originalIds.flatMap((id, i) => {
      const doc = id ? byId.get(id) : undefined;
      return doc?.duplicateOf ? [`${names[i]} → ${basenameOf(byId.get(doc.duplicateOf)?.path)}`] : [];
    });
    // A copy linked to another copy of its story (its original was out of reach) is in the
    // right cluster but not at the earliest copy: counted right for precision, not for recall.
    const falseLinks = wrong + linkedOriginals.length;
    const precision = (right + sibling) / (right + sibling + falseLinks || 1);
    const recall = right / (right + sibling + missed + wrong || 1);
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);

    console.log(`near-duplicates: ${originals.length} articles from ${values.articles}, ${copies.length} synthetic copies; threshold ${NEAR_DUPLICATE_BITS} bits`);
    console.log(`ingest: originals ${JSON.stringify(originalsRun)}, copies ${JSON.stringify(copiesRun)}, ${seconds.toFixed(1)} s`);
    console.log('');
    console.log('| copy made with        | linked to the original |');
    console.log('|-----------------------|------------------------|');
    COPY_KINDS.forEach((kind, k) => console.log(`| ${kind.padEnd(21)} | ${`${perKind[k]!.right}/${perKind[k]!.total}`.padEnd(22)} |`));
    console.log('');
    console.log(`copies linked to the original ${right}, to another copy of the same story ${sibling}, to another story ${wrong}, not linked ${missed}; originals linked to another original ${linkedOriginals.length}`);
    console.log(`P ${(100 * precision).toFixed(2)}  R ${(100 * recall).toFixed(2)}  F1 ${(100 * f1).toFixed(2)}`);
    for (const line of linkedOriginals) console.log(`  original linked: ${line}`);
    await store.close();
    stores.cleanUp();
    return 0;
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

function basenameOf(path: string | null | undefined): string {
  return path ? basename(path) : '(unknown)';
}
