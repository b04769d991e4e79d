// The count in front of a time unit: "five years", "a week", "several days", "2 hours".
import { NUMBER_WORDS_SOURCE, NUMERAL_SOURCE, parseAmount } from './number-words.js';
import type { DurationUnit } from './timex.js';

/** Regex source for a count; vague counts ("several") are allowed. */
export const COUNT_SOURCE = `(?:${NUMERAL_SOURCE}|a couple of|couple of|a few|a|an|several|few|many|${NUMBER_WORDS_SOURCE})`;

/** Regex source for a time unit, singular or plural. */
export const UNIT_SOURCE = '(?:decades?|years?|months?|weeks?|days?|hours?|minutes?)';

/** The number a count stands for, or null when it is vague ("several", "a few", "many"). */
export function countValue(count: string): number | null {
  const c = count.toLowerCase().replace(/\s+/g, ' ');
  if (c === 'a' || c === 'an') return 1;
  if (c === 'a couple of' || c === 'couple of') return 2;
  if (c === 'a few' || c === 'few' || c === 'several' || c === 'many') return null;
  return parseAmount(c);
}

/** "years" → { unit: 'Y', factor: 1 }; "decade" → 10 years. */
export function unitOf(word: string): { unit: DurationUnit; factor: number } {
  const w = word.toLowerCase().replace(/s$/, '');
  switch (w) {
    case 'decade': return { unit: 'Y', factor: 10 };
    case 'year': return { unit: 'Y', factor: 1 };
    case 'month': return { unit: 'M', factor: 1 };
    case 'week': return { unit: 'W', factor: 1 };
    case 'day': return { unit: 'D', factor: 1 };
    case 'hour': return { unit: 'H', factor: 1 };
    default: return { unit: 'MIN', factor: 1 };
  }
}
