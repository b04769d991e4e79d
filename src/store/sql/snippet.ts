import type { Highlight } from '../store.js';

/** Marks the databases put around matched words in snippets; private-use characters never in news text. */
export const MARK_START = '\uE000';
export const MARK_END = '\uE001';

/** A marked snippet as plain text (whitespace runs made one space) and the marked ranges in it. */
export function parseMarkedSnippet(marked: string): { snippet: string; highlights: Highlight[] } {
  let snippet = '';
  const highlights: Highlight[] = [];
  let open = -1;
  for (const char of marked.trim()) {
    if (char === MARK_START) {
      open = snippet.length;
    } else if (char === MARK_END) {
      if (open >= 0 && snippet.length > open) highlights.push({ start: open, end: snippet.length });
      open = -1;
    } else if (/\s/.test(char)) {
      if (!snippet.endsWith(' ')) snippet += ' ';
    } else {
      snippet += char;
    }
  }
  return { snippet, highlights };
}

/** The opening of a text, cut at a word boundary: the snippet when nothing was searched for. */
export function leadSnippet(text: string, length = 200): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= length) return flat;
  const cut = flat.lastIndexOf(' ', length);
  return `${flat.slice(0, cut > length / 2 ? cut : length)}…`;
}
