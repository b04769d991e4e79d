// Articles for the kill -9 test: each is a distinct numbered report followed by a paragraph
// of one of the hand-written stories, so the store gets shared people and places (entities
// linked across documents, resolver merges, near-duplicate links), not only invented words.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ELECTION_STORY, HARBOUR_STORY, MINING_STORY, numberedArticle } from './articles.js';

const PARAGRAPHS = [HARBOUR_STORY, MINING_STORY, ELECTION_STORY].flatMap((story) =>
  story.split('\n').slice(1).filter((line) => line.trim() !== ''),
);

export function crashCorpusArticle(n: number): string {
  return `${numberedArticle(n)}\n${PARAGRAPHS[n % PARAGRAPHS.length]}\n`;
}

/** Writes `count` articles as 00000.txt … into `folder`; returns their paths in order. */
export async function writeCrashCorpus(folder: string, count: number): Promise<string[]> {
  await mkdir(folder, { recursive: true });
  const paths = Array.from({ length: count }, (_, n) => join(folder, `${String(n).padStart(5, '0')}.txt`));
  await Promise.all(paths.map((path, n) => writeFile(path, crashCorpusArticle(n))));
  return paths;
}
