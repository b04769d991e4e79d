// Teasers: a line repeating the start of a later paragraph, usually cut off with "…" or "[…]"
// (the page's summary or social-media description, scraped along with the article).

import { endsSentence, normalise, wordCount, type Line } from './lines.js';

const CUT_MARK = /\s*(?:\[\s*(?:…|\.\.\.)\s*\]|\(\s*(?:…|\.\.\.)\s*\)|…|\.\.\.)$/;
/** A shorter common start could be chance ("The Kremlin said"). */
const MIN_WORDS = 6;
/**
 * Without a cut mark, only a long line that stops mid-sentence counts: a headline may open
 * the lead word for word, and a whole sentence said twice is still the article's sentence.
 */
const MIN_WORDS_UNCUT = 15;

/** A teaser is a line or two of a summary, not a page. */
const MAX_TEASER_CHARS = 1000;
/** Bounds the work on pathological input (thousands of lines opening with the same words). */
const MAX_COMPARISONS = 200;

/** Indexes (into `lines`) of lines that repeat the beginning of a later line. */
export function findTeaserLines(lines: Line[]): Set<number> {
  const found = new Set<number>();
  const normalised = lines.map((line) => normalise(line.text));
  // Distinct lines grouped by their first words, each with the index of its last occurrence,
  // so that a candidate is compared only with likely repeats.
  const byOpening = new Map<string, Map<string, number>>();
  normalised.forEach((text, i) => {
    const key = opening(text);
    const group = byOpening.get(key) ?? new Map<string, number>();
    group.set(text, i);
    byOpening.set(key, group);
  });
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i]!.text;
    if (text.length > MAX_TEASER_CHARS) continue;
    const cut = CUT_MARK.test(text);
    if (!cut && endsSentence(text)) continue;
    const stem = cut ? normalise(text.replace(CUT_MARK, '')) : normalised[i]!;
    if (wordCount(stem) < (cut ? MIN_WORDS : MIN_WORDS_UNCUT)) continue;
    let compared = 0;
    for (const [later, last] of byOpening.get(opening(stem)) ?? []) {
      if (++compared > MAX_COMPARISONS) break;
      // A cut-off teaser is a prefix; an uncut one must be a strict prefix of a longer paragraph.
      if (last > i && later.startsWith(stem) && (cut || later.length > stem.length + 20)) {
        found.add(i);
        break;
      }
    }
  }
  return found;
}

function opening(text: string): string {
  return text.split(' ', MIN_WORDS).join(' ');
}
