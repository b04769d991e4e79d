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
 * Whether two loose keys are close enough for a consonant match to count: same first
 * letter and nearly the same length ("deirezor" and "dayrzawr", not "eastbank" and "westbank").
 */
export function skeletonCompatible(a: string, b: string): boolean {
  return a[0] === b[0] && Math.abs(a.length - b.length) <= 2;
}
