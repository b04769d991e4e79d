// The source of an attribution: the noun phrase next to its cue, found from word classes
// alone (no parser): leftwards from a cue ("one senior intelligence official said"),
// over an appositive ("Christopher Harmer, an analyst with ISW, said"), or rightwards
// after an inverted cue ("…, said Trump").

import type { Token } from '../types.js';
import { PERSONAL_PRONOUNS, PHRASE_OPENERS, PHRASE_STOPS } from './words.js';

/** A token range [first, last] (inclusive). */
export interface TokenRange {
  first: number;
  last: number;
  /** Where the head phrase ends when an appositive or parenthesis follows it. */
  headLast?: number;
}

const MAX_PHRASE = 12;
const MAX_APPOSITIVE = 28;
const OF_LIKE = new Set(['of', 'for']);
const COORDINATORS = new Set(['and', 'or']);
const NOUN_PREPOSITIONS = new Set(['in', 'at', 'from', 'with', 'on', 'to']);
const FINITE_VERBS = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'said', 'says', 'can', 'could']);
// "There were suggestions that …": no one is speaking.
const EXPLETIVES = new Set(['there', 'here', 'what']);

/** "intelligence and military officials", "Trump and Clinton": not "destroyed and officials". */
function coordinates(before: Token): boolean {
  const word = before.text.toLowerCase();
  return isWord(before) && !/(?:ed|ing)$/.test(word) && !PHRASE_STOPS.has(word) && !PERSONAL_PRONOUNS.has(word);
}
const INNER_PUNCTUATION = new Set(['.', '-', '&', "'s", '’s', "'", '’']);

function isWord(token: Token): boolean {
  return /[\p{L}\p{N}]/u.test(token.text);
}

function isCapitalised(token: Token): boolean {
  return /^\p{Lu}/u.test(token.text);
}

/** A noun phrase ending at token `last`, not reaching before `floor`; null when there is none. */
export function phraseEndingAt(tokens: Token[], last: number, floor: number): TokenRange | null {
  if (last >= floor && tokens[last]!.text === ')') {
    // "Gov. Mike Pence (R-IN) said": the phrase ends before the parenthesis, which joins it.
    let k = last - 1;
    while (k > floor && last - k < 8 && tokens[k]!.text !== '(') k--;
    if (k < floor || tokens[k]!.text !== '(') return null;
    const head = phraseEndingAt(tokens, k - 1, floor);
    return head ? { first: head.first, last, headLast: head.headLast ?? head.last } : null;
  }
  if (last < floor || !isWord(tokens[last]!)) return null;
  const lastWord = tokens[last]!.text.toLowerCase();
  if (PERSONAL_PRONOUNS.has(lastWord)) return { first: last, last };
  if (EXPLETIVES.has(lastWord)) return null;
  if (PHRASE_STOPS.has(lastWord) || PHRASE_OPENERS.has(lastWord)) return null;
  let first = last;
  for (let i = last - 1; i >= floor && last - i < MAX_PHRASE; i--) {
    const token = tokens[i]!;
    const word = token.text.toLowerCase();
    if (token.text === ')') {
      // "Rep. Gwen Moore (D-Wis.)": a parenthesis inside the phrase.
      let k = i - 1;
      while (k >= floor && i - k < 8 && tokens[k]!.text !== '(') k--;
      if (k < floor || tokens[k]!.text !== '(') break;
      i = k;
      first = k;
      continue;
    }
    if (!isWord(token) && !INNER_PUNCTUATION.has(token.text)) break;
    if (COORDINATORS.has(word) && i - 1 >= floor && !coordinates(tokens[i - 1]!)) break;
    // "Raqqa Is Being Slaughtered Silently", not "When Steve Kroft": capitals on both sides.
    const insideName = isCapitalised(tokens[i + 1]!) && isCapitalised(token) && i - 1 >= floor && isCapitalised(tokens[i - 1]!);
    // "officials in Washington", "a spokesman at the embassy": a preposition after a noun.
    const nounPreposition = NOUN_PREPOSITIONS.has(word) && i - 1 >= floor && coordinates(tokens[i - 1]!) && !PHRASE_OPENERS.has(tokens[i - 1]!.text.toLowerCase());
    if (PHRASE_STOPS.has(word) && !COORDINATORS.has(word) && !insideName && !nounPreposition) break;
    if (PERSONAL_PRONOUNS.has(word)) break;
    first = i;
    // "Mr. Morgan of the Sierra Club": a determiner after "of" does not open the phrase.
    if (PHRASE_OPENERS.has(word) && !(i - 1 >= floor && OF_LIKE.has(tokens[i - 1]!.text.toLowerCase()))) break;
  }
  // A phrase may not open with inner punctuation.
  while (first < last && !isWord(tokens[first]!)) first++;
  return { first, last };
}

/**
 * The subject before a cue at `cue` (auxiliaries and adverbs already skipped: `end` is the
 * last token before them). Handles one appositive set off by commas.
 */
export function sourceBefore(tokens: Token[], end: number, floor: number): TokenRange | null {
  if (end < floor) return null;
  if (tokens[end]!.text === ',') {
    // "Name, an analyst with X, said": find the comma opening the appositive.
    for (let k = end - 1; k > floor && end - k <= 32; k--) {
      const text = tokens[k]!.text;
      // A verb makes it a clause, not an appositive (unless inside a name: "Raqqa is Being Slaughtered Silently").
      if (FINITE_VERBS.has(text.toLowerCase()) && !(isCapitalised(tokens[k - 1]!) && isCapitalised(tokens[k + 1]!))) return null;
      if (text === ',') {
        const head = phraseEndingAt(tokens, k - 1, floor);
        return head ? { first: head.first, last: end - 1, headLast: head.headLast ?? head.last } : null;
      }
      // A quotation mark ends the search; a lone apostrophe ("veterans' families") does not.
      if (/^["“”]$/.test(text) || (text === "'" && (tokens[k - 1]?.text === "'" || tokens[k + 1]?.text === "'"))) return null;
    }
    return null;
  }
  return phraseEndingAt(tokens, end, floor);
}

/**
 * A noun phrase starting at `first` (an inverted subject), up to a comma or `limit`. An
 * appositive after a comma joins it when it closes with a comma, or with the sentence when
 * `appositiveMayEndSentence` ("…, said John Smith, a spokesman.").
 */
export function sourceAfter(tokens: Token[], first: number, limit: number, appositiveMayEndSentence = true): TokenRange | null {
  if (first > limit) return null;
  const start = tokens[first]!;
  const word = start.text.toLowerCase();
  if (!isWord(start) || !(isCapitalised(start) || PHRASE_OPENERS.has(word) || PERSONAL_PRONOUNS.has(word))) return null;
  if (PERSONAL_PRONOUNS.has(word)) return { first, last: first };
  let last = first;
  for (let i = first + 1; i <= limit && i - first < 12; i++) {
    const token = tokens[i]!;
    if (token.text === ',') {
      // One appositive may follow ("said John Smith, a spokesman for the campaign"): it
      // closes with a comma or the sentence, soon.
      const next = tokens[i + 1];
      if (!next || !(PHRASE_OPENERS.has(next.text.toLowerCase()) || isCapitalised(next))) break;
      let close = i + 1;
      while (close <= limit && close - i <= MAX_APPOSITIVE && tokens[close]!.text !== ',') close++;
      const atEnd = appositiveMayEndSentence && (close > limit || (close === limit && !isWord(tokens[limit]!)));
      if (close - i > MAX_APPOSITIVE || (!atEnd && (close > limit || tokens[close]!.text !== ','))) break;
      const headLast = last;
      last = Math.min(close, limit + 1) - 1;
      while (last > first && !isWord(tokens[last]!)) last--;
      return { first, last, headLast };
    }
    if (!isWord(token) && !INNER_PUNCTUATION.has(token.text)) break;
    if (PHRASE_STOPS.has(token.text.toLowerCase()) && !['of', 'for', 'at', 'in'].includes(token.text.toLowerCase())) break;
    last = i;
  }
  while (last > first && !isWord(tokens[last]!)) last--;
  return { first, last };
}
