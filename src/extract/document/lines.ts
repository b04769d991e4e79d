import type { Span } from '../types.js';

// Lines of a document with the features the document-level steps look at.
// CRLF and lone CR end lines too; spans never include the line break or edge spaces.

export interface Line {
  /** Position among all lines, blank ones included. */
  index: number;
  /** Offsets of the trimmed line in the text. */
  start: number;
  end: number;
  text: string;
  /** True when a blank line (or the start of the text) comes right before. */
  afterBlank: boolean;
}

/** The non-blank lines of `text`, trimmed, with exact offsets. */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  const pattern = /[^\r\n]*(?:\r\n|\r|\n|$)/g;
  let index = 0;
  let previousBlank = true;
  for (let match = pattern.exec(text); match && match[0] !== ''; match = pattern.exec(text)) {
    const raw = match[0].replace(/[\r\n]+$/, '');
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (body) {
      const start = match.index + lead;
      lines.push({ index, start, end: start + body.length, text: body, afterBlank: previousBlank });
    }
    previousBlank = !body;
    index++;
  }
  return lines;
}

/** The lines that overlap no boilerplate span (one pass over both, in order). */
export function contentLines(text: string, boilerplate: Span[]): Line[] {
  const spans = [...boilerplate].sort((a, b) => a.start - b.start);
  const kept: Line[] = [];
  let s = 0;
  for (const line of splitLines(text)) {
    while (s < spans.length && spans[s]!.end <= line.start) s++;
    let overlaps = false;
    for (let k = s; k < spans.length && spans[k]!.start < line.end; k++) {
      if (spans[k]!.end > line.start) overlaps = true;
    }
    if (!overlaps) kept.push(line);
  }
  return kept;
}

/** Words: runs of non-space characters holding a letter or digit. */
export function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** At most `max` words; long lines are rejected by length first, without counting. */
export function hasAtMostWords(text: string, max: number): boolean {
  return text.length <= max * 40 && wordCount(text) <= max;
}

/** Ends like a sentence: . ! ? or … possibly followed by closing quotes or brackets. */
export function endsSentence(text: string): boolean {
  return /[.!?…]["'”’)\]]*$/.test(text);
}

/**
 * A line of running prose: long enough and ending like a sentence. Article paragraphs are
 * such lines; labels, credits, kickers and headlines are not.
 */
export function isProse(text: string): boolean {
  return endsSentence(text) && (text.length > 400 || wordCount(text) >= 12);
}

/** Case-, space- and quote-insensitive form for comparing lines. */
export function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/[‘’`´]/g, "'")
    .replace(/[“”„]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}
