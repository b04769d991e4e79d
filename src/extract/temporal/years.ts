// Year-level dates: "2011", "mid-2015", "2003-2004" (one mention, value "2003/2004"),
// "spring 2014" (2014-SP), "the first half of 2015" (2015-H1), "the 1990s" (199),
// "the 21st century" (20).
// A four-digit number is a year unless it counts something ("at least 2000", "2000 people")
// or belongs to a name ("Flight 2015"); findNumbers applies the same test the other way.
import type { DateCandidate, DateContext } from './date-context.js';
import { atSentenceStart, isCapitalised, previousWord } from './text-context.js';
import { timex, type Season } from './timex.js';
import { ORDINAL_WORDS } from './number-words.js';
import { MONTHS } from './anchor.js';

const YEAR = '(?:1[89]\\d\\d|20\\d\\d)';
const MOD = '(?:(?:[Ee]arly|[Mm]id|[Ll]ate)(?:-|\\s+))?';
const NOT_BEFORE = '(?<![\\w.,$£€#/:\'’-])(?<!\\d[ \\t])';
const NOT_AFTER = '(?![\\w%/:]|[.,]\\d|[ \\t]*[-–][ \\t]*\\d|[ \\t]\\d|[ \\t]*(?:percent|per cent)\\b)';

const SEASON_YEAR = new RegExp(`(?<![\\w-])${MOD}([Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter)(?:\\s+of)?\\s+(${YEAR})(?![\\w-])`, 'g');
const YEAR_RANGE = new RegExp(`${NOT_BEFORE}(${YEAR})[ \\t]*[-–—][ \\t]*(\\d{4}|\\d{2})(?![\\w%/:-])`, 'g');
const DECADE = new RegExp(`(?<![\\w-])(?:[Tt]he\\s+)?${MOD}(?:(1[89]\\d0|20\\d0)|['’](\\d0))s(?![\\w-])`, 'g');
const CENTURY = new RegExp(`(?<![\\w-])(?:[Tt]he\\s+)?(\\d{1,2}(?:st|nd|rd|th)|${Object.keys(ORDINAL_WORDS).join('|')}|twenty-first)\\s+century(?![\\w-])`, 'gi');
const PART_OF_YEAR = new RegExp(`(?<![\\w-])(?:[Tt]he\\s+)?(first|second|third|fourth|1st|2nd|3rd|4th)\\s+(half|quarter)\\s+of\\s+(${YEAR})(?![\\w-])`, 'g');
const BARE_YEAR = new RegExp(`${NOT_BEFORE}${MOD}(${YEAR})${NOT_AFTER}`, 'g');

/** Words before a number that make it a count, not a year. */
const COUNT_CUES = /^(?:least|than|nearly|almost|about|around|some|over|under|roughly|approximately|only|just|to)$/i;
/** Words after a number that make it a count, not a year. */
const COUNTED = /^(?:people|persons|men|women|children|soldiers|troops|fighters|civilians|militants|members|officers|residents|refugees|deaths|dead|casualties|victims|times|killed|injured|wounded|dollars|euros|pounds|rubles|roubles|km|kilometres|kilometers|miles|metres|meters|feet|tonnes|tons)$/i;

function yearIsCount(ctx: DateContext, start: number, end: number): boolean {
  const before = previousWord(ctx.text, start);
  if (before && COUNT_CUES.test(before.text)) return true;
  // "Flight 2015", "Boeing 2000": a number after a capitalised word belongs to a name.
  if (before && isCapitalised(before.text) && !(before.text.toLowerCase() in MONTHS) && !atSentenceStart(ctx.text, before.start)) return true;
  const after = /^[ \t]+([\p{L}]+)/u.exec(ctx.text.slice(end, end + 30));
  return !!after && COUNTED.test(after[1]!);
}

function century(word: string): number | null {
  const w = word.toLowerCase();
  if (w === 'twenty-first') return 21;
  if (/^\d/.test(w)) return parseInt(w, 10);
  return ORDINAL_WORDS[w] ?? null;
}

export function years(ctx: DateContext): DateCandidate[] {
  const out: DateCandidate[] = [];
  const { text } = ctx;
  for (const m of text.matchAll(SEASON_YEAR)) {
    const season = m[1]!.toLowerCase() as Season;
    out.push({ start: m.index, end: m.index + m[0].length, type: 'DATE', value: timex.season(Number(m[2]), season) });
  }
  for (const m of text.matchAll(YEAR_RANGE)) {
    const first = Number(m[1]);
    const secondText = m[2]!;
    const second = secondText.length === 2 ? Math.floor(first / 100) * 100 + Number(secondText) : Number(secondText);
    if (second <= first || second - first > 50) continue;
    out.push({ start: m.index, end: m.index + m[0].length, type: 'DATE', value: `${timex.year(first)}/${timex.year(second)}` });
  }
  for (const m of text.matchAll(DECADE)) {
    const first = m[1] ? Number(m[1]) : 1900 + Number(m[2]);
    out.push({ start: m.index, end: m.index + m[0].length, type: 'DATE', value: timex.decade(first) });
  }
  for (const m of text.matchAll(CENTURY)) {
    const n = century(m[1]!);
    if (n === null || n < 1 || n > 30) continue;
    out.push({ start: m.index, end: m.index + m[0].length, type: 'DATE', value: timex.century(n) });
  }
  for (const m of text.matchAll(PART_OF_YEAR)) {
    const n = parseInt(m[1]!, 10) || ORDINAL_WORDS[m[1]!.toLowerCase()]!;
    if (m[2] === 'half' && n > 2) continue;
    out.push({ start: m.index, end: m.index + m[0].length, type: 'DATE', value: `${m[3]}-${m[2] === 'half' ? 'H' : 'Q'}${n}` });
  }
  for (const m of text.matchAll(BARE_YEAR)) {
    const yearStart = m.index + m[0].length - m[1]!.length;
    if (yearIsCount(ctx, yearStart, m.index + m[0].length)) continue;
    out.push({ start: m.index, end: m.index + m[0].length, type: 'DATE', value: m[1]! });
  }
  return out;
}

/** For findNumbers: whether the four digits at [start, end) read as a year. */
export function isYearAt(text: string, start: number, end: number): boolean {
  if (!/^(?:1[89]\d\d|20\d\d)$/.test(text.slice(start, end))) return false;
  return !yearIsCount({ text, published: null }, start, end);
}
