// TIMEX3-style value strings. Unknown parts are X ("XXXX-12-06", "XXXX-WXX-5", "PXY").
import { isoWeek, type Day } from './calendar.js';

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

export const SEASON_CODES = { spring: 'SP', summer: 'SU', autumn: 'FA', fall: 'FA', winter: 'WI' } as const;
export type Season = keyof typeof SEASON_CODES;

/** Parts of the day as TIMEX3 writes them after the T. */
export const DAY_PART_CODES: Record<string, string> = {
  morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI', tonight: 'NI',
};

export type DurationUnit = 'Y' | 'M' | 'W' | 'D' | 'H' | 'MIN' | 'S';

export const timex = {
  year: (year: number): string => pad(year, 4),
  /** `month` with a null year → XXXX-MM. */
  month: (year: number | null, month: number): string => `${year === null ? 'XXXX' : pad(year, 4)}-${pad(month)}`,
  day: (d: Day): string => `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}`,
  dayWithoutYear: (month: number, day: number): string => `XXXX-${pad(month)}-${pad(day)}`,
  week: (d: Day): string => {
    const w = isoWeek(d);
    return `${pad(w.year, 4)}-W${pad(w.week)}`;
  },
  weekend: (d: Day): string => `${timex.week(d)}-WE`,
  /** A weekday (1 = Monday) in an unknown week. */
  weekday: (isoDay: number): string => `XXXX-WXX-${isoDay}`,
  season: (year: number | null, season: Season): string =>
    `${year === null ? 'XXXX' : pad(year, 4)}-${SEASON_CODES[season]}`,
  /** "the 1990s" → 199; "the 21st century" → 20. */
  decade: (firstYear: number): string => pad(Math.floor(firstYear / 10), 3),
  century: (ordinal: number): string => pad(ordinal - 1),
  /** `P5Y`, `PXY` (amount unknown), `PT3H`; `comparator` prefixes bounds (`>P1Y`). */
  duration: (amount: number | null, unit: DurationUnit, comparator = ''): string => {
    const n = amount === null ? 'X' : String(amount);
    const body = unit === 'H' ? `PT${n}H` : unit === 'MIN' ? `PT${n}M` : unit === 'S' ? `PT${n}S` : `P${n}${unit}`;
    return comparator + body;
  },
  /** A clock time on a day (or on an unknown day). */
  time: (d: Day | null, hour: number, minute: number): string =>
    `${d ? timex.day(d) : 'XXXX-XX-XX'}T${pad(hour)}:${pad(minute)}`,
  dayPart: (d: Day | null, part: string): string => `${d ? timex.day(d) : 'XXXX-XX-XX'}T${DAY_PART_CODES[part] ?? 'XX'}`,
};
