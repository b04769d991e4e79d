import type { Extraction } from '../extract/extraction.js';

/**
 * The text without its headline and boilerplate (bylines, share links, copyright lines):
 * what a syndicated copy repeats, while sites rewrite the rest. Falls back to the whole
 * text when nothing would be left.
 */
export function articleBody(text: string, extraction: Extraction): string {
  const cuts = [...extraction.boilerplate, ...(extraction.titleSpan ? [extraction.titleSpan] : [])].sort((a, b) => a.start - b.start);
  const parts: string[] = [];
  let at = 0;
  for (const cut of cuts) {
    if (cut.start > at) parts.push(text.slice(at, cut.start));
    at = Math.max(at, cut.end);
  }
  parts.push(text.slice(at));
  const body = parts.join('\n');
  return body.trim() === '' ? text : body;
}
