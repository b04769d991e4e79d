import type { Span, TextSpan } from '../types.js';
import { isByline, isHeadlineLike, isTitleCase } from './headline-style.js';
import { contentLines, wordCount, type Line } from './lines.js';
import { isDatelineText } from './published.js';

/** A kicker (section label or tag phrase above the headline) has at most this many words. */
const MAX_KICKER_WORDS = 5;
/** Up to this length a line above a headline is a label whatever its case ("Analysis", "Middle East"). */
const MAX_LABEL_WORDS = 2;

/**
 * The headline, exactly as in the text: the first line that is not boilerplate, a byline or
 * a dateline, if it reads like a headline. Null when the text opens straight with prose.
 *
 * A kicker above the headline is told apart the way a reader does: it is a short phrase
 * (at most five words) written like a label, and the next line is a longer headline-like
 * line. A 1-2 word label counts whatever follows; a 3-5 word title-case phrase counts only
 * if the next line is also in title case (a sentence-case line after a title-case one is
 * a deck, as in "Moscow’s Connection to the Islamic State" / "Wide belief on…").
 */
export function findTitle(text: string, boilerplate: Span[]): TextSpan | null {
  const [first, next] = headCandidates(text, boilerplate);
  if (!first || !isHeadlineLike(first.text)) return null;
  const chosen = next && isKickerAbove(first.text, next.text) ? next : first;
  return { start: chosen.start, end: chosen.end, text: chosen.text };
}

/** The first two content lines that are not bylines or datelines. */
function headCandidates(text: string, boilerplate: Span[]): Line[] {
  const found: Line[] = [];
  for (const line of contentLines(text, boilerplate)) {
    if (isByline(line.text) || isDatelineText(line.text)) continue;
    found.push(line);
    if (found.length === 2) break;
  }
  return found;
}

function isKickerAbove(kicker: string, headline: string): boolean {
  const words = wordCount(kicker);
  if (words > MAX_KICKER_WORDS || !isHeadlineLike(headline) || wordCount(headline) <= words) return false;
  if (!isTitleCase(kicker)) return false;
  return words <= MAX_LABEL_WORDS || isTitleCase(headline);
}
