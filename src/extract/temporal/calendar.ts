// Calendar arithmetic on plain dates (no time zone, no clock): days, ISO weeks, months.

export interface Day {
  year: number;
  /** 1–12. */
  month: number;
  day: number;
}

const MS_PER_DAY = 86_400_000;

function toUtc(d: Day): number {
  return Date.UTC(d.year, d.month - 1, d.day);
}

function fromUtc(ms: number): Day {
  const date = new Date(ms);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** `YYYY-MM-DD` → Day, or null for anything else (including impossible dates). */
export function parseDay(iso: string | null | undefined): Day | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso ?? '');
  if (!m) return null;
  const d = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  const back = fromUtc(toUtc(d));
  return back.year === d.year && back.month === d.month && back.day === d.day ? d : null;
}

export function isValidDay(d: Day): boolean {
  return d.month >= 1 && d.month <= 12 && d.day >= 1 && d.day <= daysInMonth(d.year, d.month);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function addDays(d: Day, n: number): Day {
  return fromUtc(toUtc(d) + n * MS_PER_DAY);
}

export function compareDays(a: Day, b: Day): number {
  return toUtc(a) - toUtc(b);
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function isoWeekday(d: Day): number {
  return ((new Date(toUtc(d)).getUTCDay() + 6) % 7) + 1;
}

/** ISO 8601 week: the week belongs to the year that holds its Thursday. */
export function isoWeek(d: Day): { year: number; week: number } {
  const thursday = addDays(d, 4 - isoWeekday(d));
  const jan1 = { year: thursday.year, month: 1, day: 1 };
  const week = Math.floor((toUtc(thursday) - toUtc(jan1)) / MS_PER_DAY / 7) + 1;
  return { year: thursday.year, week };
}

export function addMonths(year: number, month: number, n: number): { year: number; month: number } {
  const index = year * 12 + (month - 1) + n;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}
