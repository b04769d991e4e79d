// Keys under which place names are looked up. Three tiers, from strict to forgiving:
// `exactKey` ignores case, accents and punctuation; `looseKey` also drops Arabic-style
// articles ("Al-", "Ar ", "A-", "ez", "e-") and folds -ah/-a and doubled letters;
// `skeletonKey` keeps only consonants, so "Deir Ezzor" and "Dayr az Zawr" meet.
// Each key is computed from the previous one (`looseOfExact`, `skeletonOfLoose`), which
// keeps indexing a large gazetteer cheap.

const ABBREVIATIONS: Record<string, string> = { st: 'saint', ste: 'sainte', mt: 'mount', ft: 'fort' };
// Articles and particles of transliterated Arabic (and French) names.
const PARTICLES = new Set(['al', 'el', 'ar', 'as', 'ad', 'an', 'at', 'ash', 'az', 'ez', 'es', 'ed', 'e', 'a', 'the', 'il']);

/** Lower case ASCII words joined by single spaces; "St." and "Saint" alike. */
export function exactKey(name: string): string {
  const ascii = /^[\x00-\x7f]*$/.test(name) ? name : name.normalize('NFD').replace(/\p{M}/gu, '');
  const words = ascii
    .toLowerCase()
    .replace(/['’‘`ʼʻ]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ');
  for (let i = 0; i < words.length; i++) words[i] = ABBREVIATIONS[words[i]!] ?? words[i]!;
  return words.join(' ');
}

/** Without articles and particles, words run together, -ah → -a, doubled letters single. */
export function looseKey(name: string): string {
  return looseOfExact(exactKey(name));
}

export function looseOfExact(exact: string): string {
  const words = exact.split(' ').filter(Boolean);
  // An initialism ("U.A.E.") keeps every letter; elsewhere one-letter words are particles ("A-Raqqa").
  const initialism = words.every((word) => word.length === 1);
  const kept = initialism ? words : words.filter((word) => !PARTICLES.has(word));
  return (kept.length > 0 ? kept : words)
    .join('')
    .replace(/(.)\1+/g, '$1')
    .replace(/ah$/, 'a');
}

/** Consonants only (y, w and h count as vowels), doubled ones single. */
export function skeletonKey(name: string): string {
  return skeletonOfLoose(looseKey(name));
}

export function skeletonOfLoose(loose: string): string {
  return loose.replace(/[aeiouyhw]/g, '').replace(/(.)\1+/g, '$1');
}

/**
 * Whether two loose keys are close enough for a consonant match to count: the same first
 * letter, and once vowel spellings are folded (ay/ei → e, aw/ou → o), at most one edit
 * apart (two in long names): "Deir Ezzor" and "Dayr az Zawr", not "Gondra" and "Gondar".
 */
export function skeletonCompatible(a: string, b: string): boolean {
  if (a[0] !== b[0]) return false;
  const x = foldVowels(a);
  const y = foldVowels(b);
  return editDistance(x, y, 2) <= (Math.max(x.length, y.length) > 8 ? 2 : 1);
}

function foldVowels(key: string): string {
  return key.replace(/a[yi]|e[iy]|ee|ie/g, 'e').replace(/a[wu]|o[uw]/g, 'o').replace(/y/g, 'i');
}

/** Levenshtein distance, giving up (returning limit + 1) once it must exceed `limit`. */
function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      rowMin = Math.min(rowMin, current[j]!);
    }
    if (rowMin > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length]!;
}
