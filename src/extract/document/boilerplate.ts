import type { BoilerplateSpan } from '../extraction.js';
import { matchLineRule } from './boilerplate-patterns.js';
import { endsSentence, hasAtMostWords, isProse, splitLines, type Line } from './lines.js';
import { findNewsletterLines } from './newsletter.js';
import { findTeaserLines } from './teaser.js';

export type { BoilerplateSpan } from '../extraction.js';

/** Short lines left after the last paragraph of the article (footer labels, tags, names of links). */
const MAX_TRAILING_LABEL_WORDS = 6;

/**
 * Whole lines that are not article content: reading-time labels, teasers, photo credits and
 * captions, newsletter blocks, links to other stories, share/comment prompts, tag lines.
 * Headline, kicker, deck and dateline are content and are never returned.
 */
export function findBoilerplate(text: string): BoilerplateSpan[] {
  const lines = splitLines(text);
  const reasons = new Map<number, string>();
  const mark = (i: number, reason: string) => {
    if (!reasons.has(i)) reasons.set(i, reason);
  };

  lines.forEach((line, i) => {
    const reason = matchLineRule(line.text);
    if (reason) mark(i, reason);
  });
  for (const i of findTeaserLines(lines)) mark(i, 'teaser (repeats the start of a later paragraph)');
  for (const i of findNewsletterLines(lines)) mark(i, 'newsletter sign-up');
  for (const i of findCaptionTexts(lines, reasons)) mark(i, 'photo caption');
  for (const i of findTrailingLabels(lines, reasons)) mark(i, 'label after the article');

  return [...reasons]
    .sort((a, b) => a[0] - b[0])
    .map(([i, reason]) => ({ start: lines[i]!.start, end: lines[i]!.end, reason }));
}

/**
 * An image's alt text scraped as its own line right before the credit that repeats it
 * ("Vladimir Putin" above "Vladimir Putin / AP").
 */
function findCaptionTexts(lines: Line[], reasons: Map<number, string>): number[] {
  const found: number[] = [];
  for (let i = 0; i + 1 < lines.length; i++) {
    const credit = lines[i + 1]!;
    if (reasons.get(i + 1) !== 'photo credit or caption') continue;
    const caption = lines[i]!.text;
    if (!endsSentence(caption) && credit.text.startsWith(caption) && credit.text.length > caption.length) found.push(i);
  }
  return found;
}

/** Lines after the last paragraph of prose that are short labels, not sentences. */
function findTrailingLabels(lines: Line[], reasons: Map<number, string>): number[] {
  let last = -1;
  lines.forEach((line, i) => {
    if (!reasons.has(i) && isProse(line.text)) last = i;
  });
  if (last < 0) return [];
  const found: number[] = [];
  for (let i = last + 1; i < lines.length; i++) {
    const text = lines[i]!.text;
    if (hasAtMostWords(text, MAX_TRAILING_LABEL_WORDS) && !endsSentence(text)) found.push(i);
  }
  return found;
}
