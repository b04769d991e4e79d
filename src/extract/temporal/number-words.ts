// English number words and numerals → numbers ("twenty-four", "one hundred and fifty",
// "1,200", "2.5 million", "a dozen"). Used by both the number and the duration finders.

export const SMALL_NUMBERS: Readonly<Record<string, number>> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19,
};

export const TENS: Readonly<Record<string, number>> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};

export const SCALES: Readonly<Record<string, number>> = {
  hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12,
  bn: 1e9, mn: 1e6, m: 1e6, k: 1e3,
};

export const ORDINAL_WORDS: Readonly<Record<string, number>> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9,
  tenth: 10, eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15,
  sixteenth: 16, seventeenth: 17, eighteenth: 18, nineteenth: 19, twentieth: 20, thirtieth: 30,
  fortieth: 40, fiftieth: 50, sixtieth: 60, seventieth: 70, eightieth: 80, ninetieth: 90,
  hundredth: 100, thousandth: 1000,
};

const WORD_NUMBERS = [...Object.keys(SMALL_NUMBERS), ...Object.keys(TENS), 'hundred', 'thousand', 'million', 'billion', 'trillion'];
const WORD = `(?:${WORD_NUMBERS.sort((a, b) => b.length - a.length).join('|')})`;

/**
 * A run of number words: "six", "twenty-four", "one hundred and fifty", "two million".
 * At most ten words, so that a long run of them cannot make the finders backtrack for long.
 */
export const NUMBER_WORDS_SOURCE = `${WORD}(?:(?:[ -]|\\s+and\\s+)${WORD}){0,9}`;

/** A numeral: "224", "1,200", "3.5". */
export const NUMERAL_SOURCE = '\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?';

/** "1,200.5" → 1200.5 */
export function parseNumeral(s: string): number | null {
  const n = Number(s.replace(/,/g, ''));
  return Number.isFinite(n) ? n : null;
}

/**
 * Number words → number, or null when the words do not form one number ("one two").
 * "a dozen" → 12, "half a dozen" → 6.
 */
export function parseNumberWords(phrase: string): number | null {
  const s = phrase.toLowerCase().trim();
  if (s === 'a dozen' || s === 'one dozen') return 12;
  if (s === 'half a dozen') return 6;
  const words = s.split(/[\s-]+/).filter((w) => w !== 'and');
  if (words.length === 0) return null;
  let total = 0;
  let current = 0;
  let last: 'none' | 'small' | 'tens' | 'scale' = 'none';
  for (const w of words) {
    if (w in SMALL_NUMBERS) {
      if (last === 'small') return null;
      current += SMALL_NUMBERS[w]!;
      last = 'small';
    } else if (w in TENS) {
      if (last === 'small' || last === 'tens') return null;
      current += TENS[w]!;
      last = 'tens';
    } else if (w === 'hundred') {
      if (last === 'scale' && current === 0) return null;
      current = (current || 1) * 100;
      last = 'scale';
    } else if (w in SCALES && w.length > 2) {
      total += (current || 1) * SCALES[w]!;
      current = 0;
      last = 'scale';
    } else {
      return null;
    }
  }
  return total + current;
}

/** A numeral or number words, times an optional scale ("2.5 million", "five thousand"). */
export function parseAmount(number: string, scale?: string): number | null {
  const base = /\d/.test(number) ? parseNumeral(number) : parseNumberWords(number);
  if (base === null) return null;
  const factor = scale ? SCALES[scale.toLowerCase()] : 1;
  return factor === undefined ? null : base * factor;
}

/** Numbers as the gold writes them: integers plainly, fractions without float noise. */
export function formatNumber(n: number): string {
  return Number.isInteger(n) ? String(n) : String(Number(n.toPrecision(12)));
}
