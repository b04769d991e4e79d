// Keys under which names written differently in different articles still meet.
import { cleanName, foldName, initialsOf, isAcronym } from '../entities/names.js';

// Arabic article prefixes as transliterated before a name: "A-Raqqa", "Ar Raqqah", "al-Baghdadi".
// With a space only the forms that are not also Spanish or English ("El Salvador" stays).
const LEADING_ARTICLE = /^(?:(?:al|el|ar|as|ad|ash|at|az|an|a|e)[-‘’']|(?:al|ar|as|ad|ash|at|az|an)\s)(?=\p{L}{3})/u;

/**
 * A key that folds common transliteration variants of one name: a leading Arabic article
 * ("A-Raqqa", "Ar Raqqah" → Raqqa), a final -ah ("Raqqah"), doubled letters ("Ezzor" and
 * "ez-Zor"), "-ey"/"-ei" endings (Sergey/Sergei), and all spacing and punctuation, so
 * "Deir Ezzor", "Deir e-Zor" and "Deir ez-Zor" share "deirezor".
 */
export function transliterationKey(name: string): string {
  const words = cleanName(name)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(LEADING_ARTICLE, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  return words
    .map((word) => word.replace(/ah$/, 'a').replace(/ey$/, 'ei'))
    .join('')
    .replace(/(\p{L})\1+/gu, '$1');
}

/** The name without a leading Arabic article: "Ar Raqqah" → "Raqqah". */
export function withoutArticle(name: string): string {
  const clean = cleanName(name);
  const stripped = clean.replace(new RegExp(LEADING_ARTICLE.source, 'iu'), '');
  return stripped || clean;
}

/** The last word of a multi-word person name as a transliteration key ("Abu Bakr al-Baghdadi" → "bagdadi"). */
export function surnameKey(name: string): string | undefined {
  const words = cleanName(name).split(/\s+/);
  if (words.length < 2) return undefined;
  return transliterationKey(words[words.length - 1]!);
}

/** Nationality words in the singular: "Russians" and "Russian" share "russian". */
export function nationalityKey(name: string): string {
  return transliterationKey(name).replace(/(?<=\p{L}{3})s$/u, '');
}

export interface NameKeys {
  fold: string;
  transliteration: string;
  nationality: string;
  surname: string | undefined;
  acronym: boolean;
  initials: string;
}

/**
 * The keys of each distinct name, worked out once: a corpus writes "ISIS" thousands of
 * times, and Unicode normalisation is the resolver's main cost.
 */
export class NameKeyCache {
  private readonly keys = new Map<string, NameKeys>();

  of(name: string): NameKeys {
    let keys = this.keys.get(name);
    if (!keys) {
      keys = {
        fold: foldName(name),
        transliteration: transliterationKey(name),
        nationality: nationalityKey(name),
        surname: surnameKey(name),
        acronym: isAcronym(name),
        initials: initialsOf(name),
      };
      this.keys.set(name, keys);
    }
    return keys;
  }
}
