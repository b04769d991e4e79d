// Claims from different articles that say the same thing: same speaker (or an anonymous one)
// and similar content words. Negation is kept apart so "was killed" and "was not killed" meet
// in one cluster and show up as a contradiction.

import type { Certainty } from '../extract/types.js';
import { countIndependent, type SourceRef } from './sources.js';
import { UnionFind } from './union-find.js';

export interface ClaimReport extends SourceRef {
  id: string;
  /** Canonical entity id of a named speaker, or null. */
  speaker: string | null;
  content: string;
  certainty: Certainty;
}

export interface ClaimCluster {
  id: string;
  reports: ClaimReport[];
  independentSources: number;
}

const STOPWORDS = new Set(
  ('a an the and or but of to in on at by for with from as is are was were be been being has have had it its ' +
    'this that these those he she they we you i his her their our your them him us will would could should may might ' +
    'said says told about into than then there here also just very more most some any all').split(' '),
);
const NEGATIONS = new Set(['not', 'no', 'never', "n't", 'none', 'nobody', 'nothing', 'neither', 'nor']);

/** Content words of a claim, lower-cased, without negations (they are read separately). */
export function contentWords(text: string): Set<string> {
  const words = text.toLowerCase().replace(/n['’]t\b/g, ' ').match(/[\p{L}\p{N}]+/gu) ?? [];
  return new Set(words.filter((w) => !STOPWORDS.has(w) && !NEGATIONS.has(w) && w.length > 1));
}

/** Whether the claim's wording negates what it says. */
export function isNegated(text: string): boolean {
  const words = text.toLowerCase().match(/[\p{L}']+/gu) ?? [];
  return words.some((w) => NEGATIONS.has(w) || w.endsWith("n't"));
}

export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 0;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared / (a.size + b.size - shared);
}

export const SAME_CLAIM_SIMILARITY = 0.5;

export function clusterClaims(
  reports: readonly ClaimReport[],
  similarity = SAME_CLAIM_SIMILARITY,
  outletOf?: (documentId: string) => string | null,
): ClaimCluster[] {
  const words = reports.map((r) => contentWords(r.content));
  const sets = new UnionFind(reports.length);
  // Candidates share a word of their prefixes (prefix filtering, exact for a Jaccard threshold):
  // with words in one order, rarest first, two sets with Jaccard >= t share one of the first
  // n - ceil(t n) + 1 words of each, so common words ("people", "government") are rarely indexed.
  const frequency = new Map<string, number>();
  for (const set of words) for (const w of set) frequency.set(w, (frequency.get(w) ?? 0) + 1);
  const rarestFirst = (a: string, b: string) => frequency.get(a)! - frequency.get(b)! || (a < b ? -1 : a > b ? 1 : 0);
  // Copies (same speaker, same words: a syndicated or repeated quote) join their first copy
  // at once; every other claim compares with them exactly as with it, so they are left out.
  const firstCopy = new Map<string, number>();
  const isCopy = words.map((set, i) => {
    // (Empty claims match nothing; a threshold above 1 would keep even copies apart.)
    if (set.size === 0 || similarity > 1) return false;
    const key = `${reports[i]!.speaker ?? ''}\u0000${[...set].sort().join(' ')}`;
    const first = firstCopy.get(key);
    if (first === undefined) {
      firstCopy.set(key, i);
      return false;
    }
    sets.union(first, i);
    return true;
  });
  const byWord = new Map<string, number[]>();
  const compared = new Set<number>();
  words.forEach((set, i) => {
    if (isCopy[i]) return;
    const ordered = [...set].sort(rarestFirst);
    // The small margin keeps a product like 0.3 x 10 = 3.0000000000000004 from rounding up.
    const prefix = ordered.slice(0, similarity > 0 ? ordered.length - Math.ceil(similarity * ordered.length - 1e-9) + 1 : ordered.length);
    compared.clear();
    for (const w of prefix) {
      for (const j of byWord.get(w) ?? []) {
        // Already in one cluster: nothing to learn from comparing.
        if (compared.has(j) || sets.find(i) === sets.find(j)) continue;
        compared.add(j);
        const a = reports[i]!;
        const b = reports[j]!;
        const speakersAgree = a.speaker === null || b.speaker === null || a.speaker === b.speaker;
        if (speakersAgree && jaccard(set, words[j]!) >= similarity) sets.union(i, j);
      }
    }
    for (const w of prefix) {
      const holders = byWord.get(w);
      if (holders) holders.push(i);
      else byWord.set(w, [i]);
    }
  });
  return sets.groups().map((group) => {
    const members = group.map((i) => reports[i]!);
    return { id: members[0]!.id, reports: members, independentSources: countIndependent(members, outletOf) };
  });
}
