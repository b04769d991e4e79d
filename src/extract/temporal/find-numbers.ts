// findNumbers: CARDINAL, ORDINAL, PERCENT, MONEY and QUANTITY mentions with normalised values
// ("224", ">=139", ">80%", "10x", "USD 5000000", "50 km", "tens of thousands").
// Numbers that belong to dates ("Dec. 6", "2015", "five years") are left to findDates, and
// numbers inside names or codes ("Flight 9268", "Su-24", "G7", "9/11", "60 Minutes") are skipped.
import { MONTHS } from './anchor.js';
import { NUMBER_WORDS_SOURCE, NUMERAL_SOURCE, ORDINAL_WORDS, formatNumber, parseAmount } from './number-words.js';
import { atSentenceStart, isCapitalised, keepLongest, nextWord, overlapsAny, previousWord } from './text-context.js';
import type { NumberOptions, NumberType, ValueMention } from './value-mention.js';
import { isYearAt } from './years.js';

interface Candidate {
  start: number;
  end: number;
  type: NumberType;
  value: string;
}

const CORE = new RegExp(
  `(?<![\\p{L}\\p{N}.,/:'’_+-])(half a dozen|a dozen|a (?:hundred|thousand|million|billion)|${NUMERAL_SOURCE}|${NUMBER_WORDS_SOURCE})` +
  '(?:[ \\t]?(million|billion|trillion|thousand|hundred)|(bn|mn|m|k))?(?![\\p{L}\\p{N}/:_]|[.,]\\d)',
  'giu',
);
const VAGUE = /(?<![\p{L}-])(?:(?:tens|hundreds) of\s+)?(?:dozens|hundreds|thousands|millions|billions)(?![\p{L}-])/giu;
const FOLD = new RegExp(`(?<![\\p{L}\\p{N}-])(${NUMERAL_SOURCE}|${NUMBER_WORDS_SOURCE})-?fold(?![\\p{L}-])`, 'giu');
const ORDINAL = new RegExp(`(?<![\\p{L}\\p{N}-])(\\d+(?:st|nd|rd|th)|${Object.keys(ORDINAL_WORDS).join('|')})(?![\\p{L}\\p{N}-])`, 'giu');

const COMPARATOR_BEFORE = /(at least|at most|more than|less than|fewer than|up to|no more than|nearly|almost|about|around|approximately|roughly|some|over|under)\s+$/i;
const COMPARATORS: Record<string, string> = {
  'at least': '>=', 'at most': '<=', 'no more than': '<=', 'up to': '<=', 'more than': '>', over: '>',
  'less than': '<', 'fewer than': '<', under: '<',
};
const CURRENCY_BEFORE = /(US\$|\$|£|€|¥|₽|USD|EUR|GBP|RUB)\s?$/;
const CURRENCY_SYMBOLS: Record<string, string> = { 'US$': 'USD', $: 'USD', '£': 'GBP', '€': 'EUR', '¥': 'JPY', '₽': 'RUB' };
const CURRENCY_AFTER = /^\s+(dollars|euros|pounds sterling|rubles|roubles|yuan|USD|EUR|GBP|RUB)\b/i;
const CURRENCY_WORDS: Record<string, string> = {
  dollars: 'USD', euros: 'EUR', 'pounds sterling': 'GBP', rubles: 'RUB', roubles: 'RUB', yuan: 'CNY',
};
const PERCENT_AFTER = /^\s?(%|percent\b|per cent\b|percentage points?\b)/i;
const UNIT_AFTER = /^\s?(square (?:kilometres|kilometers|miles|metres|meters|feet)|sq km|km\/h|kilometres|kilometers|kilometre|kilometer|km|miles?|metres|meters|metre|meter|feet|foot|ft|inches|inch|kilograms?|kilos?|kg|tonnes?|tons?|litres?|liters?|gallons?|barrels?|acres?|hectares?|degrees|mph|knots)\b/i;
const UNIT_CANONICAL: Record<string, string> = {
  kilometres: 'km', kilometers: 'km', kilometre: 'km', kilometer: 'km', mile: 'mi', miles: 'mi',
  metres: 'm', meters: 'm', metre: 'm', meter: 'm', feet: 'ft', foot: 'ft', inches: 'in', inch: 'in',
  kilogram: 'kg', kilograms: 'kg', kilo: 'kg', kilos: 'kg', tonne: 't', tonnes: 't', ton: 't', tons: 't',
  litre: 'l', litres: 'l', liter: 'l', liters: 'l',
};
/** Counts of time are durations (findDates); "2 min read" is a reading-time label. */
const TIME_AFTER = /^(?:\s+(?:decades?|years?|months?|weeks?|days?|hours?|minutes?|mins?|seconds?|secs?|nights?)\b|-(?:year|month|week|day|hour|minute)s?\b)/i;
const CLOCK_AFTER = /^\s?(?:[ap]\.?m\b|o['’]clock|GMT|UTC|h\b)/i;
/** Capitalised time words after a number make a title: "60 Minutes", "28 Days". */
const TITLE_AFTER = /^[ \t]+(?:Minutes|Hours|Days|Weeks|Years|Seconds)\b/;
const MONTH_AFTER = new RegExp(`^\\s+(?:of\\s+)?(?:${Object.keys(MONTHS).join('|')})\\b`, 'i');

/** Words after which "one" is a pronoun ("this one", "no one", "the best one"). */
const ONE_DETERMINERS = new Set(['the', 'this', 'that', 'which', 'any', 'each', 'every', 'no', 'only', 'best', 'last', 'another', 'such', 'a', 'no-one', 'someone', 'right', 'wrong', 'big', 'new', 'little']);
/** Words after which "one" is a pronoun ("one of", "one who", "one said"). */
const ONE_PRONOUN_FOLLOWERS = new Set([
  'of', 'another', 'who', 'whom', 'that', 'which', 'is', 'was', 'has', 'had', 'will', 'would', 'can', 'could',
  'may', 'might', 'must', 'should', 'does', 'did', 'and', 'or', 'but', 'to', 'in', 'on', 'at', 'by', 'for',
  'with', 'from', 'as', 'than', 'said', 'says', 'else', 'thing', 'way', 'hand',
]);

const SENTENCE_OPENERS = new Set([
  'in', 'on', 'at', 'by', 'since', 'of', 'for', 'with', 'from', 'to', 'after', 'before', 'until', 'and', 'but',
  'or', 'so', 'the', 'all', 'only', 'just', 'about', 'some', 'nearly', 'almost', 'around', 'over', 'under',
  'another', 'those', 'these', 'its', 'their', 'his', 'her', 'our', 'killing', 'including', 'roughly',
]);

function isMonthWord(word: string | undefined): boolean {
  return !!word && word.toLowerCase().replace(/\.$/, '') in MONTHS;
}

/** "one" as a number ("one senior official") rather than a pronoun ("this one", "one of"). */
function oneIsNumber(text: string, start: number, end: number): boolean {
  const before = previousWord(text, start);
  if (before && ONE_DETERMINERS.has(before.text.toLowerCase())) return false;
  const after = nextWord(text, end);
  if (!after || !/^\p{L}/u.test(after.text)) return false;
  return !ONE_PRONOUN_FOLLOWERS.has(after.text.toLowerCase());
}

/** A number that is part of a name or code: "Flight 9268", "Route 66", "No. 10", "One Direction". */
function partOfName(text: string, start: number, end: number, core: string): boolean {
  if (TITLE_AFTER.test(text.slice(end, end + 12))) return true;
  if (/\p{L}/u.test(core)) return isCapitalised(core) && !atSentenceStart(text, start);
  const before = previousWord(text, start);
  if (!before) return false;
  if (/^(?:no|nos|number|#)$/i.test(before.text)) return true;
  if (!isCapitalised(before.text) || isMonthWord(before.text) || COMPARATOR_BEFORE.test(text.slice(before.start, start))) return false;
  // At a sentence start only function words ("In 2009", "Only 12") are ordinary capitals.
  return !(atSentenceStart(text, before.start) && SENTENCE_OPENERS.has(before.text.toLowerCase()));
}

function amounts(text: string, out: Candidate[]): void {
  for (const m of text.matchAll(CORE)) {
    const core = m[1]!;
    let start = m.index;
    let end = m.index + m[0].length;
    const scale = m[2] ?? m[3];
    const rest = text.slice(end, end + 40);
    // Digit groups (phone numbers, "2003 2004"), ranges and hyphenated words ("one-time").
    if (/^\)?[ \t]*[-–(]?[ \t]*\d|^-\p{L}/u.test(rest) || /\d[ \t)]*[-–]?[ \t]*$/.test(text.slice(Math.max(0, start - 3), start))) {
      if (!/^-?fold\b/i.test(rest)) continue;
    }
    if (TIME_AFTER.test(rest) || CLOCK_AFTER.test(rest) || MONTH_AFTER.test(rest) || /^-?fold\b/i.test(rest)) continue;
    const before = previousWord(text, start);
    if (isMonthWord(before?.text) && /\d/.test(core)) continue;
    if (core.toLowerCase() === 'one' && !scale && !oneIsNumber(text, start, end)) continue;

    const head = text.slice(Math.max(0, start - 30), start);
    const currency = CURRENCY_BEFORE.exec(head);
    let currencyCode = currency ? CURRENCY_SYMBOLS[currency[1]!] ?? currency[1]! : null;
    if (currency) start -= currency[0].length;
    if (m[3] && m[3] !== 'bn' && !currencyCode) continue; // "50m", "3k": metres? thousands? unclear
    const amount = parseAmount(core, scale);
    if (amount === null) continue;

    let type: NumberType = 'CARDINAL';
    let value = formatNumber(amount);
    const percent = PERCENT_AFTER.exec(rest);
    const unit = percent ? null : UNIT_AFTER.exec(rest);
    const currencyWord = percent || unit || currencyCode ? null : CURRENCY_AFTER.exec(rest);
    if (percent) {
      type = 'PERCENT';
      value += '%';
      end += percent[0].length;
    } else if (currencyCode || currencyWord) {
      type = 'MONEY';
      if (currencyWord) {
        currencyCode = CURRENCY_WORDS[currencyWord[1]!.toLowerCase()] ?? currencyWord[1]!.toUpperCase();
        end += currencyWord[0].length;
      }
      value = `${currencyCode} ${value}`;
    } else if (unit) {
      type = 'QUANTITY';
      const u = unit[1]!.toLowerCase();
      value = `${value} ${UNIT_CANONICAL[u] ?? u}`;
      end += unit[0].length;
    } else {
      if (partOfName(text, m.index, m.index + m[0].length, core)) continue;
      if (!scale && /^\d{4}$/.test(core) && isYearAt(text, m.index, m.index + core.length)) continue;
    }

    const comparator = COMPARATOR_BEFORE.exec(text.slice(Math.max(0, start - 30), start));
    if (comparator) {
      start -= comparator[0].length;
      value = (COMPARATORS[comparator[1]!.toLowerCase()] ?? '') + value;
    }
    out.push({ start, end, type, value });
  }
}

function vagueAmounts(text: string, out: Candidate[]): void {
  for (const m of text.matchAll(VAGUE)) {
    if (isCapitalised(m[0]) && !atSentenceStart(text, m.index)) continue;
    out.push({ start: m.index, end: m.index + m[0].length, type: 'CARDINAL', value: m[0].toLowerCase().replace(/\s+/g, ' ') });
  }
}

function folds(text: string, out: Candidate[]): void {
  for (const m of text.matchAll(FOLD)) {
    const n = parseAmount(m[1]!);
    if (n !== null) out.push({ start: m.index, end: m.index + m[0].length, type: 'CARDINAL', value: `${formatNumber(n)}x` });
  }
}

function ordinals(text: string, out: Candidate[]): void {
  for (const m of text.matchAll(ORDINAL)) {
    const word = m[1]!;
    const start = m.index;
    const end = start + word.length;
    const rest = text.slice(end, end + 30);
    const before = previousWord(text, start);
    // Days of months and centuries are dates; capitalised ordinals inside sentences are names.
    if (MONTH_AFTER.test(rest) || isMonthWord(before?.text) || /^\s+(?:century|(?:half|quarter)\s+of\s+\d{4})\b/i.test(rest)) continue;
    if (isCapitalised(word) && !atSentenceStart(text, start)) continue;
    const lower = word.toLowerCase();
    if (lower === 'second') {
      // "a second", "one second later": the unit of time.
      const after = nextWord(text, end);
      if (!after || /^(?:later|ago|earlier|after|before)$/i.test(after.text)) continue;
      if (before && /^(?:one|per|split|a)$/i.test(before.text) && !/^\p{Ll}/u.test(after.text)) continue;
    }
    const n = /^\d/.test(word) ? parseInt(word, 10) : ORDINAL_WORDS[lower]!;
    out.push({ start, end, type: 'ORDINAL', value: String(n) });
  }
}

export function findNumbers(text: string, opts: NumberOptions = {}): ValueMention[] {
  const candidates: Candidate[] = [];
  amounts(text, candidates);
  vagueAmounts(text, candidates);
  folds(text, candidates);
  ordinals(text, candidates);
  const kept = candidates.filter((c) => !overlapsAny(c, opts.exclude));
  return keepLongest(kept).map((c) => ({ start: c.start, end: c.end, text: text.slice(c.start, c.end), type: c.type, value: c.value }));
}
