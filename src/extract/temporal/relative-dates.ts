// Dates relative to the day of writing: "yesterday", "tonight", "last week", "last weekend",
// "earlier this month", "next year", "last summer", "three days ago", "A few weeks ago".
// With no publication date they are still mentions but get no value (the gold's convention).
import { addDays, addMonths, isoWeekday, type Day } from './calendar.js';
import { COUNT_SOURCE, UNIT_SOURCE, countValue, unitOf } from './counts.js';
import type { DateCandidate, DateContext } from './date-context.js';
import { atSentenceStart, isCapitalised } from './text-context.js';
import { timex, type Season } from './timex.js';

const DAY_WORDS = /\b(the day before yesterday|the day after tomorrow|yesterday|today|tomorrow|tonight|last night)(?:\s+(morning|afternoon|evening|night))?\b/gi;
const THIS_DAY_PART = /\bthis (morning|afternoon|evening)\b/gi;
const CLOCK_WORDS = /\b(midnight|noon|midday)\b/gi;
const PERIOD = /\b(?:(earlier|later|early|late)\s+)?(this past|this|last|next)\s+(weekend|week|month|year|spring|summer|autumn|fall|winter)\b/gi;
const AGO = new RegExp(`(?<![\\w-])(${COUNT_SOURCE})\\s+(${UNIT_SOURCE})\\s+(ago|earlier|later)\\b`, 'gi');

const DAY_OFFSETS: Record<string, number> = {
  'the day before yesterday': -2, yesterday: -1, today: 0, tomorrow: 1, tonight: 0, 'last night': -1, 'the day after tomorrow': 2,
};

/** A capitalised "This Week" or "Today" inside a sentence is a name (a TV show), not a date. */
function looksLikeName(text: string, start: number, match: string): boolean {
  return isCapitalised(match) && !atSentenceStart(text, start);
}

function dayWords(ctx: DateContext, out: DateCandidate[]): void {
  for (const m of ctx.text.matchAll(DAY_WORDS)) {
    if (looksLikeName(ctx.text, m.index, m[0])) continue;
    const word = m[1]!.toLowerCase().replace(/\s+/g, ' ');
    const part = m[2]?.toLowerCase() ?? (word === 'tonight' || word === 'last night' ? 'night' : undefined);
    const day = ctx.published ? addDays(ctx.published, DAY_OFFSETS[word]!) : null;
    const value = day ? (part ? timex.dayPart(day, part) : timex.day(day)) : undefined;
    out.push({ start: m.index, end: m.index + m[0].length, type: part ? 'TIME' : 'DATE', value });
  }
  for (const m of ctx.text.matchAll(THIS_DAY_PART)) {
    if (looksLikeName(ctx.text, m.index, m[0])) continue;
    const value = ctx.published ? timex.dayPart(ctx.published, m[1]!.toLowerCase()) : undefined;
    out.push({ start: m.index, end: m.index + m[0].length, type: 'TIME', value });
  }
  // "at midnight" in a report is the midnight that began the day of writing (T00:00).
  for (const m of ctx.text.matchAll(CLOCK_WORDS)) {
    if (looksLikeName(ctx.text, m.index, m[0])) continue;
    const hour = m[1]!.toLowerCase() === 'midnight' ? 0 : 12;
    out.push({ start: m.index, end: m.index + m[0].length, type: 'TIME', value: timex.time(ctx.published, hour, 0) });
  }
}

const SEASON_START: Record<Season, number> = { spring: 3, summer: 6, autumn: 9, fall: 9, winter: 12 };

/** The year of the season meant by last/this/next: seasons start in Mar, Jun, Sep, Dec. */
function seasonYear(season: Season, published: Day, shift: -1 | 0 | 1): number {
  const start = SEASON_START[season];
  // The season that holds the publication date or most recently began before it.
  const begunThisYear = published.month >= start;
  const current = begunThisYear ? published.year : published.year - 1;
  const inside = (published.month - start + 12) % 12 < 3;
  if (shift === 0) return published.year;
  if (shift === -1) return inside ? current - 1 : current;
  return current + 1;
}

function periodValue(published: Day, which: string, unit: string): string {
  const shift = which === 'this' ? 0 : which === 'next' ? 1 : -1;
  switch (unit) {
    case 'week': return timex.week(addDays(published, 7 * shift));
    case 'weekend': {
      // The weekend of the current ISO week, or of the one before or after it.
      const saturday = addDays(published, 6 - isoWeekday(published) + 7 * shift);
      return timex.weekend(saturday);
    }
    case 'month': {
      const m = addMonths(published.year, published.month, shift);
      return timex.month(m.year, m.month);
    }
    case 'year': return timex.year(published.year + shift);
    default: {
      const season = unit as Season;
      return timex.season(seasonYear(season, published, shift as -1 | 0 | 1), season);
    }
  }
}

function periods(ctx: DateContext, out: DateCandidate[]): void {
  for (const m of ctx.text.matchAll(PERIOD)) {
    if (looksLikeName(ctx.text, m.index, m[0])) continue;
    const which = m[2]!.toLowerCase() === 'this past' ? 'last' : m[2]!.toLowerCase();
    const unit = m[3]!.toLowerCase();
    const value = ctx.published ? periodValue(ctx.published, which, unit) : undefined;
    out.push({ start: m.index, end: m.index + m[0].length, type: 'DATE', value });
  }
}

function agoValue(published: Day, amount: number, unitWord: string): string | undefined {
  const { unit, factor } = unitOf(unitWord);
  const n = amount * factor;
  if (!Number.isInteger(n)) return undefined;
  switch (unit) {
    case 'D': return timex.day(addDays(published, -n));
    case 'W': return timex.week(addDays(published, -7 * n));
    case 'M': {
      const m = addMonths(published.year, published.month, -n);
      return timex.month(m.year, m.month);
    }
    case 'Y': return timex.year(published.year - n);
    default: return undefined;
  }
}

function agos(ctx: DateContext, out: DateCandidate[]): void {
  for (const m of ctx.text.matchAll(AGO)) {
    const amount = countValue(m[1]!);
    const unitWord = m[2]!;
    const isTime = /^(hour|minute)/i.test(unitWord);
    const value = ctx.published && amount !== null && m[3]!.toLowerCase() === 'ago' && !isTime
      ? agoValue(ctx.published, amount, unitWord) : undefined;
    out.push({ start: m.index, end: m.index + m[0].length, type: isTime ? 'TIME' : 'DATE', value });
  }
}

export function relativeDates(ctx: DateContext): DateCandidate[] {
  const out: DateCandidate[] = [];
  dayWords(ctx, out);
  periods(ctx, out);
  agos(ctx, out);
  return out;
}
