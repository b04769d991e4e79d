// Calendar dates and clock times found by chrono-node: "13 October 2015", "Dec. 6",
// "December 10, 2015", "Aug. 24, 2004", "2015-10-13", "10/13/2015", "Dec. 6-8",
// "Tuesday, Oct. 13", "10:30 a.m.", "on Friday". Only chrono's calendar parsers run:
// relative expressions, durations and bare years are ours (relative-dates.ts, durations.ts,
// years.ts), because their TIMEX3 values need rules chrono does not have, and leaving
// chrono's casual parsers out keeps it fast and free of "now", "in the days", "may".
import { Chrono, en, type ParsedComponents, type ParsedResult } from 'chrono-node';
import { type Day } from './calendar.js';
import { directionAt, modifierOf, resolveMonthDay, resolveWeekday, type Direction } from './anchor.js';
import type { DateCandidate, DateContext } from './date-context.js';
import { DAY_PART_CODES, timex } from './timex.js';

const CALENDAR_PARSERS = [
  'ENYearMonthDayParser', 'ISOFormatParser', 'SlashDateFormatParser', 'ENMonthNameLittleEndianParser',
  'ENMonthNameMiddleEndianParser', 'ENWeekdayParser', 'ENSlashMonthFormatParser', 'ENTimeExpressionParser',
  'ENYearMonthNameParser',
];

let parser: Chrono | undefined;

function calendarChrono(): Chrono {
  if (parser) return parser;
  const config = en.configuration.createConfiguration(false);
  const parsers = config.parsers.filter((p) => CALENDAR_PARSERS.includes(p.constructor.name));
  if (parsers.length !== CALENDAR_PARSERS.length) {
    throw new Error(`temporal: chrono-node's English parsers are not the expected ${CALENDAR_PARSERS.join(', ')}`);
  }
  parser = new Chrono({ parsers, refiners: config.refiners });
  return parser;
}

/** A fixed reference when the article has no date, so that output never depends on the clock. */
const NO_ANCHOR_REFERENCE = new Date(Date.UTC(2000, 0, 1, 12));

const LEADING_WORDS = /^(?:(?:at|on|in|from|by|since|until|till|of|around|about|before|after)\s+)+/i;
const CLOCK_MARK = /:\d\d|\b[ap]\.?m\b\.?|o['’]clock|\b(?:GMT|UTC|BST|EST|EDT|PST|PDT|CET|CEST|MSK)\b/i;
const FULL_WEEKDAY = /\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b/;
const SLASH_WITHOUT_YEAR = /^\d{1,2}\/\d{1,2}$/;
const DAY_PART_AFTER = /^[ \t]+(morning|afternoon|evening|night)\b/i;

function certain(c: ParsedComponents, name: 'year' | 'month' | 'day' | 'weekday' | 'hour' | 'minute'): number | null {
  return c.isCertain(name) ? c.get(name) : null;
}

/** The date part of one end of a chrono result, or null when it has none. */
function datePart(c: ParsedComponents, expression: string, ctx: DateContext, direction: Direction, year?: number): string | null {
  const month = certain(c, 'month');
  const day = certain(c, 'day');
  const knownYear = certain(c, 'year') ?? year ?? null;
  if (month !== null && day !== null) {
    if (knownYear !== null) return timex.day({ year: knownYear, month, day });
    if (!ctx.published) return timex.dayWithoutYear(month, day);
    const d = resolveMonthDay(month, day, ctx.published, direction);
    return d ? timex.day(d) : timex.dayWithoutYear(month, day);
  }
  if (month !== null && knownYear !== null) return timex.month(knownYear, month);
  const weekday = certain(c, 'weekday');
  if (weekday !== null) {
    const isoDay = weekday === 0 ? 7 : weekday;
    if (!ctx.published) return timex.weekday(isoDay);
    return timex.day(resolveWeekday(isoDay, ctx.published, direction, modifierOf(expression)));
  }
  return null;
}

function valueOf(c: ParsedComponents, expression: string, ctx: DateContext, direction: Direction, year?: number): string | undefined {
  const date = datePart(c, expression, ctx, direction, year);
  const hour = certain(c, 'hour');
  if (hour === null) return date ?? undefined;
  const minute = certain(c, 'minute') ?? 0;
  const day: Day | null = date === null ? ctx.published : null;
  return date === null ? timex.time(day, hour, minute) : `${date}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}

function toCandidate(r: ParsedResult, ctx: DateContext): DateCandidate | DateCandidate[] | null {
  let start = r.index;
  let expression = r.text;
  const lead = LEADING_WORDS.exec(expression);
  if (lead) {
    start += lead[0].length;
    expression = expression.slice(lead[0].length);
  }
  expression = expression.replace(/[\s,;:]+$/, '');
  if (!expression) return null;
  const s = r.start;
  const isTime = s.isCertain('hour');
  // "9/11", "7/7", "24/7": names and ratios far more often than dates.
  if (SLASH_WITHOUT_YEAR.test(expression)) return null;
  // "at 5" is a number; a clock time needs minutes, a.m./p.m. or a zone.
  if (isTime && !s.isCertain('month') && !s.isCertain('weekday') && !CLOCK_MARK.test(expression)) return null;
  // "Sun", "Sat", "Wed": words before they are weekdays.
  if (s.isCertain('weekday') && !s.isCertain('day') && !FULL_WEEKDAY.test(expression)) return null;
  const span = { start, end: start + expression.length };
  const direction = directionAt(ctx.text, span);
  let value = valueOf(s, expression, ctx, direction);
  if (value !== undefined && r.end) {
    const endValue = valueOf(r.end, expression, ctx, direction, value.startsWith('X') ? undefined : Number(value.slice(0, 4)));
    if (endValue !== undefined) value = `${value}/${endValue}`;
  }
  // "Friday night", "Dec. 6 morning": a part of the day makes it a TIME.
  const part = isTime || r.end ? null : DAY_PART_AFTER.exec(ctx.text.slice(span.end, span.end + 12));
  if (part) {
    span.end += part[0].length;
    if (value !== undefined) value += `T${DAY_PART_CODES[part[1]!.toLowerCase()]}`;
    return { ...span, type: 'TIME', value };
  }
  if (isTime && (s.isCertain('day') || s.isCertain('weekday')) && !r.end) {
    const parts = splitClock(ctx.text, span, value);
    if (parts) return parts;
  }
  return { ...span, type: isTime ? 'TIME' : 'DATE', value };
}

// A clock time at either end of a date ("10 a.m. Nov. 29, 2016", "Monday at 3 p.m."): kept
// as a TIME and a DATE, as separately written ones are ("December 10, 2015 at noon").
const CLOCK = String.raw`\d{1,2}(?::\d{2})?\s*(?:[aApP]\.?[mM]\.?)(?:\s+[A-Z]{2,4}\b)?`;
const CLOCK_FIRST = new RegExp(String.raw`^(${CLOCK})(?:,?\s+(?:on\s+)?)`);
const CLOCK_LAST = new RegExp(String.raw`(?:,?\s+(?:at\s+)?)(${CLOCK})$`);

function splitClock(text: string, span: { start: number; end: number }, value: string | undefined): DateCandidate[] | null {
  const expression = text.slice(span.start, span.end);
  const dateValue = value?.split('T')[0];
  const first = CLOCK_FIRST.exec(expression);
  if (first) {
    return [
      { start: span.start, end: span.start + first[1]!.length, type: 'TIME', value },
      { start: span.start + first[0].length, end: span.end, type: 'DATE', value: dateValue },
    ];
  }
  const last = CLOCK_LAST.exec(expression);
  if (last) {
    return [
      { start: span.start, end: span.start + last.index, type: 'DATE', value: dateValue },
      { start: span.end - last[1]!.length, end: span.end, type: 'TIME', value },
    ];
  }
  return null;
}

export function chronoDates(ctx: DateContext): DateCandidate[] {
  const p = ctx.published;
  const instant = p ? new Date(Date.UTC(p.year, p.month - 1, p.day, 12)) : NO_ANCHOR_REFERENCE;
  const reference = { instant, timezone: 0 };
  const results = calendarChrono().parse(ctx.text, reference, { forwardDate: false });
  const out: DateCandidate[] = [];
  for (const r of results) {
    const c = toCandidate(r, ctx) ?? monthDayBefore(r, ctx, reference);
    if (c) out.push(...[c].flat());
  }
  return out;
}

const MONTH_BEFORE = /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+$/;

/**
 * chrono reads "since Dec. 5 to 922 …" as the clock range 5:00–9:22 and drops the date it
 * overlaps. When such a clock-less time is refused and a month name stands just before it,
 * the month and day are read again on their own (offsets kept by padding with spaces).
 */
function monthDayBefore(r: ParsedResult, ctx: DateContext, reference: { instant: Date; timezone: number }): DateCandidate | DateCandidate[] | null {
  const day = /^\d{1,2}\b/.exec(r.text);
  const month = MONTH_BEFORE.exec(ctx.text.slice(Math.max(0, r.index - 12), r.index));
  if (!day || !month) return null;
  const from = r.index - month[0].length;
  const window = ' '.repeat(from) + ctx.text.slice(from, r.index + day[0].length);
  const [again] = calendarChrono().parse(window, reference, { forwardDate: false });
  return again && again.index === from ? toCandidate(again, ctx) : null;
}
