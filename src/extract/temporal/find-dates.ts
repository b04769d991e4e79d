// findDates: DATE and TIME mentions with TIMEX3-style values. Several small finders each
// propose spans (chrono for calendar dates and clock times, ours for relative dates,
// durations, months and years); the longest of overlapping proposals wins.
import { parseDay } from './calendar.js';
import { chronoDates } from './chrono-dates.js';
import type { DateCandidate, DateContext } from './date-context.js';
import { durations } from './durations.js';
import { monthNames } from './month-names.js';
import { relativeDates } from './relative-dates.js';
import { keepLongest, overlapsAny } from './text-context.js';
import type { DateOptions, ValueMention } from './value-mention.js';
import { years } from './years.js';

const FINDERS: ReadonlyArray<(ctx: DateContext) => DateCandidate[]> = [chronoDates, relativeDates, durations, monthNames, years];

export function findDates(text: string, opts: DateOptions): ValueMention[] {
  const ctx: DateContext = { text, published: parseDay(opts.published) };
  const candidates = FINDERS.flatMap((find) => find(ctx)).filter((c) => c.end > c.start && !overlapsAny(c, opts.exclude));
  return keepLongest(candidates).map((c) => {
    const mention: ValueMention = { start: c.start, end: c.end, text: text.slice(c.start, c.end), type: c.type };
    if (c.value !== undefined) mention.value = c.value;
    return mention;
  });
}
