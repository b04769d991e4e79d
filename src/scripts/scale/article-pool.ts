// The real articles a large benchmark corpus is built from: the demo seeds plus any folders
// of .txt articles given (e.g. PolNeAR's train/text and dev/text, read in place, never
// copied), each extracted once.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Extraction } from '../../extract/extraction.js';
import type { Extractor } from '../../extract/extractor.js';
import { packageRoot } from '../../models/package-root.js';

export interface PoolArticle {
  text: string;
  extraction: Extraction;
}

export function articleFiles(folders: readonly string[]): string[] {
  return [join(packageRoot(), 'examples', 'seeds'), ...folders].flatMap((folder) =>
    readdirSync(folder).filter((f) => f.endsWith('.txt')).sort().map((f) => join(folder, f)),
  );
}

/** Articles with at least three sentences (shorter ones give nothing to recombine). */
export function articlePool(files: readonly string[], extractor: Extractor): PoolArticle[] {
  return files
    .map((file) => {
      const text = readFileSync(file, 'utf8');
      return { text, extraction: extractor.extract({ text }) };
    })
    .filter((article) => article.extraction.sentences.length >= 3);
}
