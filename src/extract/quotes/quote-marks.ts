// Quoted text: the spans between double quotation marks, one segment per paragraph.
// News style leaves a quotation open at the end of a paragraph when the next paragraph
// continues it (and opens that paragraph with a new mark), so an unclosed segment ends
// at its paragraph's end and the next paragraph's segment is marked as its continuation.

import type { Span } from '../types.js';

export interface QuotedSegment extends Span {
  /** The opening mark's offset; `start` is just after it. */
  open: number;
  /** The closing mark's offset, or -1 when the paragraph ended first. */
  close: number;
  /** Length of the marks (2 for the doubled apostrophes some papers print: ''…''). */
  markLength: number;
  /** The segment continues an unclosed quotation from the previous paragraph. */
  continues: boolean;
}

const OPENERS = new Set(['“', '„', '«']);
const CLOSERS = new Set(['”', '»']);

/** All quoted segments of a text in order, in one pass. */
export function findQuotedSegments(text: string): QuotedSegment[] {
  const segments: QuotedSegment[] = [];
  let open = -1;
  let openedBy = '';
  let openContinues = false;
  let markLength = 1;
  let carried = false; // the previous paragraph ended inside a quotation
  let paragraphEmpty = true;

  const push = (end: number, close: number) => {
    let start = open + markLength;
    let stop = end;
    while (start < stop && /\s/.test(text[start]!)) start++;
    while (stop > start && /\s/.test(text[stop - 1]!)) stop--;
    if (stop > start) segments.push({ start, end: stop, open, close, continues: openContinues, markLength });
    open = -1;
  };
  const opening = (at: number, mark: string) => {
    open = at;
    openedBy = mark;
    markLength = mark.length;
    openContinues = carried && paragraphEmpty;
  };

  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '\n') {
      if (!paragraphEmpty) {
        carried = open >= 0;
        if (open >= 0) push(i, -1);
        paragraphEmpty = true;
      }
      continue;
    }
    const doubled = ch === "'" && text[i + 1] === "'";
    if (ch === '"' || doubled) {
      const mark = doubled ? "''" : '"';
      if (open >= 0 && openedBy === mark) push(i, i);
      else if (open < 0) opening(i, mark);
      if (doubled) i++;
    } else if (OPENERS.has(ch)) {
      if (open < 0) opening(i, ch);
    } else if (CLOSERS.has(ch) && open >= 0 && OPENERS.has(openedBy)) {
      push(i, i);
    }
    if (paragraphEmpty && !/\s/.test(ch)) {
      paragraphEmpty = false;
      if (open !== i && open !== i - 1) carried = false; // the paragraph does not open with a mark
    }
  }
  if (open >= 0) push(text.length, -1);
  return segments;
}
