// How a line is written: headline-like or prose, title case or sentence case.

import { hasAtMostWords, wordCount } from './lines.js';

/** Words that stay lower case in title case. */
const MINOR_WORDS = new Set([
  'a', 'an', 'the', 'and', 'but', 'or', 'nor', 'for', 'so', 'yet', 'as', 'at', 'by', 'in', 'of',
  'off', 'on', 'per', 'to', 'up', 'via', 'vs', 'with', 'from', 'into', 'onto', 'over', 'than',
  'is', 'are', 'be', 'its', 'it',
]);

const MAX_HEADLINE_WORDS = 25;
const MAX_HEADLINE_CHARS = 220;

/**
 * Could be a headline: not too long, one sentence at most, and not closed by a full stop
 * unless written in title case (headlines end bare, or with ? or !; a first line in
 * sentence case with a full stop is more likely a short lead paragraph). "U.S." at the end
 * is an abbreviation, not a stop.
 */
export function isHeadlineLike(text: string): boolean {
  if (text.length > MAX_HEADLINE_CHARS || wordCount(text) === 0 || wordCount(text) > MAX_HEADLINE_WORDS) return false;
  const fullStop = /[^.]\.["'”’)]*$/.test(text) && !/\b(?:[A-Z]\.){2,}$/.test(text);
  if (fullStop && !isTitleCase(text)) return false;
  if (/[.!?]["'”’]?\s+[A-Z]/.test(text.replace(/\b(?:[A-Z]\.)+|\b(?:Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov|Lt|Col|Sgt|Jr|Sr|No)\./g, ''))) return false;
  return true;
}

/** A byline ("By Kimberly Dozier", "BYLINE: Amber Phillips.") is not the headline. */
export function isByline(text: string): boolean {
  const name = /^(?:by|byline)\b\s*:?\s*/i.exec(text);
  return name !== null && /^\p{Lu}/u.test(text.slice(name[0].length)) && hasAtMostWords(text, 12);
}

/** Every word that is not a minor word starts with a capital (or a digit). */
export function isTitleCase(text: string): boolean {
  const words = text.split(/\s+/).map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')).filter(Boolean);
  const major = words.filter((w, i) => i === 0 || !MINOR_WORDS.has(w.toLowerCase()));
  return major.length > 0 && major.every((w) => /^[\p{Lu}\p{N}]/u.test(w));
}
