// Lengths of time: "the past five years" (P5Y), "the previous year" (P1Y), "one week" (P1W),
// "more than a year" (>P1Y), "several years" (PXY), "three hours" (TIME, PT3H).
// A count or "the past/last/previous …" is required: bare plurals ("weeks", "the days
// following the crash") are not dates in the gold. "over" is left out of the span: in
// "over the previous year" it means "during".
import { COUNT_SOURCE, UNIT_SOURCE, countValue, unitOf } from './counts.js';
import type { DateCandidate, DateContext } from './date-context.js';
import { atSentenceStart } from './text-context.js';
import { timex } from './timex.js';

const COMPARATORS: Record<string, string> = {
  'more than': '>', 'less than': '<', 'fewer than': '<', 'at least': '>=', 'at most': '<=', 'up to': '<=',
  nearly: '', almost: '', about: '', around: '', roughly: '', approximately: '', some: '',
};

const DURATION = new RegExp(
  `(?<![\\w-])(?:(${Object.keys(COMPARATORS).join('|')})\\s+)?` +
  '(?:(the\\s+(?:past|last|previous|next|coming))\\s+)?' +
  `(?:(${COUNT_SOURCE})\\s+)?(?:(?:full|whole|entire)\\s+)?(${UNIT_SOURCE})(?![\\w-])`,
  'gi',
);

/** Ages are durations in OntoNotes: "a 27-year-old man" → P27Y. */
const AGE = new RegExp(`(?<![\\w-])(${COUNT_SOURCE})-(year|month|week|day)-old(?![\\w-])`, 'gi');

export function durations(ctx: DateContext): DateCandidate[] {
  const out: DateCandidate[] = [];
  for (const m of ctx.text.matchAll(AGE)) {
    const amount = countValue(m[1]!);
    const { unit } = unitOf(m[2]!);
    out.push({ start: m.index, end: m.index + m[0].length, type: 'DATE', value: timex.duration(amount, unit) });
  }
  for (const m of ctx.text.matchAll(DURATION)) {
    const [, comparatorWords, thePast, count, unitWord] = m;
    if (!count && !thePast) continue;
    // "60 Minutes", "28 Days": a capitalised unit inside a sentence makes a title.
    if (/^\p{Lu}/u.test(unitWord!) && !atSentenceStart(ctx.text, m.index + m[0].length - unitWord!.length)) continue;
    const plural = /s$/i.test(unitWord!);
    // "the next day", "the coming week": points after an event, not lengths.
    if (thePast && !count && /next|coming/i.test(thePast)) continue;
    // "a years", "one weeks": not a count of this unit.
    if (count && /^(a|an|one)$/i.test(count) && plural) continue;
    let start = m.index;
    let comparator = comparatorWords ? COMPARATORS[comparatorWords.toLowerCase()] ?? '' : '';
    if (comparatorWords && thePast) {
      // "about the past year" is not a bound on it; keep the span from "the".
      start += m[0].indexOf(thePast);
      comparator = '';
    }
    const amount = count ? countValue(count) : plural ? null : 1;
    const { unit, factor } = unitOf(unitWord!);
    const value = timex.duration(amount === null ? null : amount * factor, unit, comparator);
    out.push({ start, end: m.index + m[0].length, type: unit === 'H' || unit === 'MIN' ? 'TIME' : 'DATE', value });
  }
  return out;
}
