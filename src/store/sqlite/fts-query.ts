/**
 * A user's search words as an FTS5 query: each word or "quoted phrase" becomes a quoted
 * FTS5 string (so "ISIS-K" or "U.S." cannot be read as syntax), all of them required;
 * an upper-case OR between two terms is kept. Returns null when no word is left.
 */
export function toFts5Query(input: string): string | null {
  const terms: string[] = [];
  for (const match of input.matchAll(/"([^"]*)"|(\S+)/g)) {
    const raw = match[1] ?? match[2]!;
    if (match[2] === 'OR') {
      if (terms.length && terms[terms.length - 1] !== 'OR') terms.push('OR');
      continue;
    }
    const words = raw.replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
    if (words) terms.push(`"${words}"`);
  }
  while (terms[terms.length - 1] === 'OR') terms.pop();
  return terms.length ? terms.join(' ') : null;
}
