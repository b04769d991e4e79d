// Small pure helpers for comparing names as written in news text.

/** The name as written, without a leading lower-case "the" or a trailing possessive. */
export function cleanName(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[’‘`]/g, "'")
    .replace(/\s+/g, ' ')
    .replace(/^the /, '')
    .replace(/'s?$/i, '')
    .trim();
}

/**
 * A key that ignores case, dots, hyphens, apostrophes and spaces, so that
 * "Deir Ezzor" and "Deir ez-Zor", or "U.S." and "US", compare equal.
 */
export function foldName(text: string): string {
  return cleanName(text)
    .toLowerCase()
    .replace(/^the /, '')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\p{L}\p{N}]/gu, '');
}

/** A stable id fragment: lower case ASCII words joined by hyphens. */
export function slugify(text: string): string {
  const slug = cleanName(text)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug || 'entity';
}

// Capitalised function words that acronyms skip ("Islamic State of Iraq and the Levant" → ISIL keeps I, S, I, L).
const MINOR_WORDS = new Set(['of', 'the', 'and', 'for', 'in', 'on', 'de', 'al', 'el']);

/** Initials of a name's significant words: "Raqqa is Being Slaughtered Silently" → "RBSS". */
export function initialsOf(name: string): string {
  return cleanName(name)
    .split(/[\s-]+/)
    .filter((word) => /^\p{Lu}/u.test(word) && !MINOR_WORDS.has(word.toLowerCase()))
    .map((word) => word[0]!.toUpperCase())
    .join('');
}

/** "FSB", "U.S.", "ISIL": an acronym as written (2–6 capitals, dots allowed). */
export function isAcronym(text: string): boolean {
  const bare = text.replace(/\./g, '');
  return /^[A-Z][A-Z0-9&]{1,5}$/.test(bare);
}
