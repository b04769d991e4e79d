// Months without a day: "in July", "November", "March 2015", "last July", "mid-March".
// (Months with a day are chrono's.) "May" and "March" are also a verb and a noun, so a bare
// month needs a preposition or modifier before it, or a year after it, to count.
import { MONTHS, directionAt, modifierOf, resolveMonth } from './anchor.js';
import type { DateCandidate, DateContext } from './date-context.js';
import { previousWord } from './text-context.js';
import { timex } from './timex.js';

const MONTH_NAME = '(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.)';
const MONTH = new RegExp(
  `(?<![\\w-])((?:[Ee]arly|[Mm]id|[Ll]ate)(?:-|\\s+))?((?:[Ll]ast|[Tt]his|[Nn]ext)\\s+)?(${MONTH_NAME})(?:,?\\s+(?:of\\s+)?(\\d{4})(?![\\w-]))?(?![\\w-])`,
  'g',
);

const TEMPORAL_PREPOSITIONS = new Set([
  'in', 'since', 'by', 'until', 'till', 'during', 'from', 'through', 'throughout', 'of', 'before',
  'after', 'between', 'and', 'to', 'or', 'early', 'late', 'mid', 'last', 'this', 'next', 'each', 'every',
]);

export function monthNames(ctx: DateContext): DateCandidate[] {
  const out: DateCandidate[] = [];
  for (const m of ctx.text.matchAll(MONTH)) {
    const [, early, modifierWords, name, yearText] = m;
    const month = MONTHS[name!.toLowerCase().replace(/\.$/, '')]!;
    if (!early && !modifierWords && !yearText) {
      const before = previousWord(ctx.text, m.index);
      if (!before || !TEMPORAL_PREPOSITIONS.has(before.text.toLowerCase())) continue;
      // "in May have" is rare, but "March on Washington" is a name.
      if (/^[ \t]+\p{Lu}/u.test(ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 3))) continue;
    }
    const span = { start: m.index, end: m.index + m[0].length };
    let value: string;
    if (yearText) value = timex.month(Number(yearText), month);
    else if (ctx.published) {
      const year = resolveMonth(month, ctx.published, directionAt(ctx.text, span), modifierWords ? modifierOf(modifierWords) : null);
      value = timex.month(year, month);
    } else value = timex.month(null, month);
    out.push({ ...span, type: 'DATE', value });
  }
  return out;
}
