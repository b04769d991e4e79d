import * as chrono from 'chrono-node';

/**
 * Chrono needs a reference date for partial dates. We only keep dates whose year is
 * written out, so the reference never shows in a result; it is fixed so that nothing
 * depends on the clock.
 */
const REFERENCE = new Date(Date.UTC(2000, 0, 1));

export interface DayMatch {
  /** Offset of the date expression within the parsed string. */
  index: number;
  text: string;
  /** YYYY-MM-DD */
  value: string;
}

/** Every full date (day, month and a written year) in `text`, in order. */
export function findFullDates(text: string): DayMatch[] {
  const matches: DayMatch[] = [];
  for (const result of chrono.strict.parse(text, REFERENCE)) {
    const { start } = result;
    if (!start.isCertain('year') || !start.isCertain('month') || !start.isCertain('day')) continue;
    const value = isoDay(start.get('year'), start.get('month'), start.get('day'));
    if (value) matches.push({ index: result.index, text: result.text, value });
  }
  return matches;
}

/**
 * A date value from metadata ("2015-12-10T08:00:00Z", "Thu, 10 Dec 2015 …") as YYYY-MM-DD,
 * or null. An ISO date keeps the day as written: the publisher's local day, no time-zone shift.
 */
export function toIsoDay(value: string | null | undefined): string | null {
  if (!value) return null;
  const iso = /^\s*(\d{4})-(\d{2})-(\d{2})(?![\d])/.exec(value);
  if (iso) return isoDay(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  return findFullDates(value.slice(0, 200))[0]?.value ?? null;
}

function isoDay(year: number | null, month: number | null, day: number | null): string | null {
  if (year === null || month === null || day === null) return null;
  if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1) return null;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
