// Small questions about the text around a match: capitals, neighbouring words, sentences.
import type { Span } from '../types.js';

const OPENERS = new Set(['"', '“', '‘', "'", '(', '[', '«', '-', '–', '—', '*', '•']);
const ENDERS = new Set(['.', '!', '?', '\n', ':', ';', '…']);

/** True when `index` begins a sentence, a line or a quotation (so a capital there proves nothing). */
export function atSentenceStart(text: string, index: number): boolean {
  let i = index - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t' || text[i] === '\u00a0')) i--;
  while (i >= 0 && OPENERS.has(text[i]!)) {
    i--;
    while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) i--;
  }
  return i < 0 || ENDERS.has(text[i]!);
}

export function isCapitalised(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}

export interface Word extends Span {
  text: string;
}

/** The word right before `index`, separated from it by spaces only (no punctuation). */
export function previousWord(text: string, index: number): Word | null {
  const before = text.slice(Math.max(0, index - 40), index);
  const m = /([\p{L}\p{N}][\p{L}\p{N}.'’-]*)[ \t\u00a0]+$/u.exec(before);
  if (!m) return null;
  const start = index - before.length + m.index;
  const word = m[1]!.replace(/[.]$/, '');
  return { start, end: start + word.length, text: word };
}

/** The word right after `index`, separated from it by spaces only (no punctuation). */
export function nextWord(text: string, index: number): Word | null {
  const m = /^[ \t\u00a0]+([\p{L}\p{N}][\p{L}\p{N}'’-]*)/u.exec(text.slice(index, index + 40));
  if (!m) return null;
  const start = index + m[0].length - m[1]!.length;
  return { start, end: start + m[1]!.length, text: m[1]! };
}

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

export function overlapsAny(span: Span, spans: readonly Span[] | undefined): boolean {
  return !!spans && spans.some((s) => overlaps(span, s));
}

/** The sentence (as far as . ! ? or a line break) that holds the span. */
export function sentenceAround(text: string, span: Span): Span {
  let start = span.start;
  while (start > 0 && !/[.!?\n]/.test(text[start - 1]!)) start--;
  let end = span.end;
  while (end < text.length && !/[.!?\n]/.test(text[end]!)) end++;
  return { start, end };
}

/**
 * Keeps the longest of overlapping spans (earlier start on ties, then the earlier in the
 * input), in text order. Deterministic: the input order breaks the remaining ties.
 */
export function keepLongest<T extends Span>(spans: readonly T[]): T[] {
  const ranked = spans
    .map((s, i) => ({ s, i }))
    .sort((a, b) => (b.s.end - b.s.start) - (a.s.end - a.s.start) || a.s.start - b.s.start || a.i - b.i);
  const kept: T[] = [];
  for (const { s } of ranked) if (!kept.some((k) => overlaps(k, s))) kept.push(s);
  return kept.sort((a, b) => a.start - b.start);
}
