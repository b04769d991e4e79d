import worldCountries, { type Country } from 'world-countries';
import { AliasTable } from '../entities/aliases.js';

// Names as often something else (people, words, nationalities): left to the tagger.
const AMBIGUOUS = new Set(['Chad', 'Georgia', 'Jordan', 'Island', 'Mann', 'Mannin', 'Jersey', 'Saudi', 'Thai', 'Lao']);
// English names the package no longer lists as the common name or an alternative.
const ENGLISH_NAMES = ['Turkey', 'Ivory Coast', 'Burma', 'Czech Republic'];

/**
 * The world's countries by their common and alternative names ("USA", "Great Britain"), as a
 * table of names to find where the tagger found nothing ("In Turkey Minister Ellwood met …"):
 * each is a GPE wherever it is written so.
 */
export function countryNames(): AliasTable {
  // The package is CommonJS: its default export is the array itself.
  const countries = worldCountries as unknown as Country[];
  const seen = new Set<string>();
  // Each name once, as the table folds it (case and accents): "België" and "Belgie" are one.
  const unseen = (name: string) => {
    const key = name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    if (seen.has(key) || AMBIGUOUS.has(name)) return false;
    seen.add(key);
    return true;
  };
  const entries = countries.flatMap((c) => {
    const [name, ...aliases] = [c.name.common, ...c.altSpellings.filter((s) => s.length > 2)].filter(unseen);
    return name ? [{ name, type: 'GPE' as const, aliases }] : [];
  });
  const english = ENGLISH_NAMES.filter(unseen).map((name) => ({ name, type: 'GPE' as const, aliases: [] }));
  return new AliasTable({ entries: [...entries, ...english] });
}
