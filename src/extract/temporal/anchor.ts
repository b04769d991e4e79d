// Placing partial dates ("Dec. 6", "in July", "Friday") on the calendar relative to the
// publication date. News mostly reports the past, so a date without a year is the most
// recent one not after publication, unless its sentence looks ahead ("will", "next", …):
// then it is the first one on or after publication. Simple on purpose; see README of the folder.
import type { Span } from '../types.js';
import { addDays, compareDays, isValidDay, isoWeekday, type Day } from './calendar.js';
import { sentenceAround } from './text-context.js';

export type Direction = 'past' | 'future';
export type Modifier = 'last' | 'this' | 'next' | null;

const FUTURE_CUES = /\b(?:will|shall|going to|plans? to|planning to|scheduled|expected to|upcoming|next)\b|\w['’]ll\b/i;

/** Whether the sentence holding `span` looks ahead (future) or not (past). */
export function directionAt(text: string, span: Span): Direction {
  const s = sentenceAround(text, span);
  const outside = text.slice(s.start, span.start) + ' ' + text.slice(span.end, s.end);
  return FUTURE_CUES.test(outside) ? 'future' : 'past';
}

/** "last"/"this"/"next" (also "past", "coming") at the start of an expression. */
export function modifierOf(expression: string): Modifier {
  const m = /^(last|past|previous|this|next|coming)\b/i.exec(expression.trim());
  if (!m) return null;
  const w = m[1]!.toLowerCase();
  return w === 'this' ? 'this' : w === 'next' || w === 'coming' ? 'next' : 'last';
}

/** The year of month/day: the latest not after `published` (past) or the first not before it. */
export function resolveMonthDay(month: number, day: number, published: Day, direction: Direction): Day | null {
  const years = direction === 'past' ? [published.year, published.year - 1] : [published.year, published.year + 1];
  for (const year of years) {
    const d = { year, month, day };
    if (!isValidDay(d)) continue;
    const c = compareDays(d, published);
    if (direction === 'past' ? c <= 0 : c >= 0) return d;
  }
  return null;
}

/** The year of a bare month name ("in July"), with an optional last/this/next. */
export function resolveMonth(month: number, published: Day, direction: Direction, modifier: Modifier): number {
  if (modifier === 'this') return published.year;
  if (modifier === 'last') return month < published.month ? published.year : published.year - 1;
  if (modifier === 'next') return month > published.month ? published.year : published.year + 1;
  if (direction === 'past') return month <= published.month ? published.year : published.year - 1;
  return month >= published.month ? published.year : published.year + 1;
}

/**
 * The date of a weekday (1 = Monday). "last Friday" is the latest Friday before publication,
 * "next Friday" the first after it, "this Friday" the one in the same ISO week; a bare
 * "Friday" is the latest on or before publication (or the first after it when looking ahead).
 */
export function resolveWeekday(isoDay: number, published: Day, direction: Direction, modifier: Modifier): Day {
  const today = isoWeekday(published);
  if (modifier === 'this') return addDays(published, isoDay - today);
  const back = (today - isoDay + 7) % 7;
  const ahead = (isoDay - today + 7) % 7;
  if (modifier === 'last') return addDays(published, -(back || 7));
  if (modifier === 'next' || direction === 'future') return addDays(published, ahead || 7);
  return addDays(published, -back);
}

export const MONTHS: Readonly<Record<string, number>> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8,
  september: 9, october: 10, november: 11, december: 12,
  jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

export const WEEKDAYS: Readonly<Record<string, number>> = {
  monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6, sunday: 7,
};
