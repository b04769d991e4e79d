import type { ArticleMeta } from '../extraction.js';
import type { Span, TextSpan } from '../types.js';
import { findFullDates, toIsoDay, type DayMatch } from './parse-date.js';
import { contentLines, isProse, type Line } from './lines.js';

export interface Dateline extends TextSpan {
  /** YYYY-MM-DD */
  value: string;
  /** The whole line the date stands on. */
  line: Span;
}

/** How far down the article's own date may stand (content lines; headline, kicker, deck, credits…). */
const HEAD_LINES = 8;
/** A labelled date ("Published: …") may also close the article. */
const TAIL_LINES = 4;

const LABEL = /\b(?:first published|published|last updated|updated|posted|last modified|modified|date)\b/gi;
const UPDATE_LABEL = /\b(?:updated|modified)\b/i;
const TIME_WORDS = /\b(?:on|at|and|a\.m\.|p\.m\.|am|pm|gmt|utc|bst|cet|cest|eet|eest|msk|et|est|edt|ct|cst|cdt|pt|pst|pdt|z)\b/gi;
const BYLINE = /\b[Bb]y\s+\p{Lu}[\p{L}.'’-]*(?:\s+(?:and\s+)?\p{Lu}[\p{L}.'’-]*){0,4}/gu;

/**
 * The article's publication date as YYYY-MM-DD: the publisher's metadata when given,
 * else the dateline. Dates in the body ("On Dec. 6, …") are events, not the dateline.
 */
export function findPublished(text: string, boilerplate: Span[], meta?: ArticleMeta): string | null {
  return toIsoDay(meta?.published) ?? findPublishedSpan(text, boilerplate)?.value ?? null;
}

/**
 * The dateline: a line near the top (or a labelled one at the end) that holds a full date
 * and nothing else but labels, times, a byline and separators; or a wire-style date opening
 * the first paragraph ("MOSCOW, Dec. 10, 2015 (Reuters) —"). A "Published" date wins over an
 * "Updated" one.
 */
export function findPublishedSpan(text: string, boilerplate: Span[]): Dateline | null {
  const lines = contentLines(text, boilerplate);
  const firstProse = lines.findIndex((l) => isProse(l.text));
  const head = lines.slice(0, HEAD_LINES);
  const tail = lines.slice(Math.max(HEAD_LINES, lines.length - TAIL_LINES));
  const candidates: Candidate[] = [];
  for (const line of head) {
    const found = datelineOf(line, false);
    if (found) candidates.push(found);
  }
  for (const line of tail) {
    const found = datelineOf(line, true);
    if (found) candidates.push(found);
  }
  const published = candidates.find((c) => !c.updated) ?? candidates[0];
  if (published) return strip(published);
  return firstProse >= 0 && firstProse < HEAD_LINES ? wireDateline(lines[firstProse]!) : null;
}

/** True when a line is nothing but a date (with labels, times, byline): a dateline. */
export function isDatelineText(text: string): boolean {
  return datelineDates(text, false) !== null;
}

interface Candidate extends Dateline {
  updated: boolean;
}

function datelineOf(line: Line, needsLabel: boolean): Candidate | null {
  const dates = datelineDates(line.text, needsLabel);
  if (!dates) return null;
  // Prefer the date not introduced by "Updated" in a line that gives both.
  let chosen = dates[0]!;
  let updated = isUpdate(line.text.slice(0, chosen.index));
  for (let i = 0; i < dates.length && updated; i++) {
    const before = line.text.slice(i === 0 ? 0 : dates[i - 1]!.index + dates[i - 1]!.text.length, dates[i]!.index);
    if (!isUpdate(before)) {
      chosen = dates[i]!;
      updated = false;
    }
  }
  const start = line.start + chosen.index;
  return { start, end: start + chosen.text.length, text: chosen.text, value: chosen.value, line: { start: line.start, end: line.end }, updated };
}

function isUpdate(textBefore: string): boolean {
  return UPDATE_LABEL.test(textBefore);
}

/** The full dates of a dateline, or null when the line says more than a date. */
function datelineDates(text: string, needsLabel: boolean): DayMatch[] | null {
  if (text.length > 160) return null;
  const dates = findFullDates(text);
  if (dates.length === 0) return null;
  let rest = text;
  for (const date of [...dates].reverse()) rest = rest.slice(0, date.index) + ' ' + rest.slice(date.index + date.text.length);
  const labelled = new RegExp(LABEL.source, 'i').test(rest);
  if (needsLabel && !labelled) return null;
  rest = rest.replace(LABEL, ' ').replace(TIME_WORDS, ' ').replace(BYLINE, ' ');
  return /\p{L}/u.test(rest) ? null : dates;
}

/** "MOSCOW, Dec. 10, 2015 (Reuters) — …": a place in capitals, the date, a dash. */
function wireDateline(line: Line): Dateline | null {
  const opening = line.text.slice(0, 100);
  for (const date of findFullDates(opening)) {
    const before = opening.slice(0, date.index);
    const after = opening.slice(date.index + date.text.length);
    if (/^\p{Lu}[\p{Lu} .'’-]{1,40}(?:,\s*[\p{L} .'’-]{1,30})?,?\s*$/u.test(before) && /^\s*(?:\([^)]{1,40}\))?\s*[-–—]/.test(after)) {
      const start = line.start + date.index;
      return { start, end: start + date.text.length, text: date.text, value: date.value, line: { start: line.start, end: line.end } };
    }
  }
  return null;
}

function strip({ updated: _updated, ...dateline }: Candidate): Dateline {
  return dateline;
}
