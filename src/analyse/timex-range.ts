// A TIMEX3-style value as the range of days it covers, so that a month-precision date can
// agree with any day in that month ("2015-10" vs "2015-10-09") and precision stays honest.

export interface DayRange {
  /** Days since 1970-01-01, inclusive. */
  first: number;
  last: number;
  precision: 'year' | 'month' | 'day';
}

const DAY_MS = 86_400_000;

/** The days a value covers; null for values without a year ("XXXX-03-22"), durations, or garbage. */
export function dayRange(value: string | null | undefined): DayRange | null {
  if (!value) return null;
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (m) {
    const day = Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!) / DAY_MS;
    return Number.isFinite(day) ? { first: day, last: day, precision: 'day' } : null;
  }
  m = /^(\d{4})-(\d{2})$/.exec(value);
  if (m) {
    const first = Date.UTC(+m[1]!, +m[2]! - 1, 1) / DAY_MS;
    const last = Date.UTC(+m[1]!, +m[2]!, 1) / DAY_MS - 1;
    return { first, last, precision: 'month' };
  }
  m = /^(\d{4})$/.exec(value);
  if (m) {
    return { first: Date.UTC(+m[1]!, 0, 1) / DAY_MS, last: Date.UTC(+m[1]! + 1, 0, 1) / DAY_MS - 1, precision: 'year' };
  }
  return null;
}

/** Days between two ranges (0 when they overlap). */
export function gapInDays(a: DayRange, b: DayRange): number {
  if (a.last < b.first) return b.first - a.last;
  if (b.last < a.first) return a.first - b.last;
  return 0;
}

/** ISO dates of a range's ends, for timelines that draw a month as a month. */
export function rangeBounds(range: DayRange): { start: string; end: string } {
  const iso = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);
  return { start: iso(range.first), end: iso(range.last) };
}
