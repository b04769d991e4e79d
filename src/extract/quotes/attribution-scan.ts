// Shared state and token helpers of the attribution passes (direct.ts, attribute.ts): the
// document's tokens, which of them are quoted or already used as cues, and the attributions
// found so far.

import type { Span } from '../types.js';
import type { CueLexicon } from './cue-lexicon.js';
import { type DocumentTokens, tokenAt } from './document-tokens.js';
import type { QuotedSegment } from './quote-marks.js';
import type { TokenRange } from './source-phrase.js';
import {
  ADDRESSEE_CUES, ADVERB, AUXILIARIES_AND_ADVERBS, BE_FORMS, NEGATIONS, NOUN_LIKE, NOUNS_IN_LY, PHRASE_OPENERS, PHRASE_STOPS,
  TIME_WORDS, VERB_LIKE,
} from './words.js';

export interface Attribution {
  /** The source as written (a name, a descriptor, a pronoun), or null. */
  source: Span | null;
  /** The source without its appositive or parenthesis ("Daniel Hoffman" of "Daniel Hoffman, a former CIA officer"). */
  head: Span | null;
  cue: Span | null;
  content: Span;
  direct: boolean;
  /** "did not say", "never claimed": the cue is negated. */
  negated: boolean;
}

export interface AttributionOptions {
  /** Least share of a word's training occurrences that were cues, next to quotation marks. */
  directCueRate: number;
  /** The same for cues of reported speech followed by "that" or a colon. */
  reportedCueRate: number;
  /** The same for cues of reported speech with nothing after them to help ("X said the …"). */
  plainCueRate: number;
}

export const DEFAULT_ATTRIBUTION_OPTIONS: AttributionOptions = { directCueRate: 0.3, reportedCueRate: 0.15, plainCueRate: 0.3 };

export const MIN_QUOTE_WORDS = 4;
export const MIN_CONTENT_WORDS = 3;
export const QUOTE_MARK = /^["“”„«»']$/;
const TRAILING = /^[.,;:!?"“”„«»'‘’…—–-]$/;

export abstract class AttributionScan {
  protected readonly tokens;
  protected readonly lower;
  protected readonly quoted: Uint8Array;
  protected readonly usedCue: Uint8Array;
  /** Tokens of transcript paragraphs ("PENCE: …"), attributed by their label. */
  protected readonly labelled: Uint8Array;
  protected readonly out: Attribution[] = [];
  /** Attributions by the offset where their cue starts. */
  protected readonly byCue = new Map<number, Attribution>();

  constructor(
    protected readonly doc: DocumentTokens,
    protected readonly segments: QuotedSegment[],
    protected readonly lexicon: CueLexicon,
    /** Start → end of each PERSON mention (speaker labels may be names). */
    protected readonly persons: Map<number, number>,
    protected readonly options: AttributionOptions,
  ) {
    this.tokens = doc.tokens;
    this.lower = doc.lower;
    this.quoted = new Uint8Array(doc.tokens.length);
    this.usedCue = new Uint8Array(doc.tokens.length);
    this.labelled = new Uint8Array(doc.tokens.length);
  }

  /** Trims punctuation and quotation marks at both ends; null when too few words remain. */
  protected contentRange(first: number, last: number): TokenRange | null {
    while (first <= last && TRAILING.test(this.tokens[last]!.text)) last--;
    while (first <= last && /^[,:;—–-]$/.test(this.tokens[first]!.text)) first++;
    if (this.wordCount(first, last) < MIN_CONTENT_WORDS) return null;
    return { first, last };
  }

  protected push(source: TokenRange, cue: TokenRange, content: TokenRange, negated: boolean): void {
    for (let k = cue.first; k <= cue.last; k++) this.usedCue[k] = 1;
    this.record({ ...this.sourceOf(source), cue: this.span(cue), content: this.span(content), direct: this.hasQuoted(content), negated });
  }

  /** Keeps an attribution, findable by where its cue starts. */
  protected record(attribution: Attribution): void {
    this.out.push(attribution);
    if (attribution.cue && !this.byCue.has(attribution.cue.start)) this.byCue.set(attribution.cue.start, attribution);
  }

  /** Content holding quoted words is a (mixed) direct quote. */
  protected hasQuoted(content: TokenRange): boolean {
    for (let k = content.first; k <= content.last; k++) if (this.quoted[k] === 1) return true;
    return false;
  }

  // ---- helpers -------------------------------------------------------------------

  protected isCue(i: number, rate: number): boolean {
    const token = this.tokens[i];
    if (!token || !/^\p{Ll}/u.test(token.text)) return false;
    const word = this.lower[i]!;
    if (!VERB_LIKE.test(word) || NOUN_LIKE.test(word) || this.lexicon.cueRate(word) < rate) return false;
    // "Editor's note", "Trump's claims": a possessive before makes it a noun.
    if (i > 0 && /^['’]s$/.test(this.tokens[i - 1]!.text)) return false;
    // "his claims", "detailed claims", "advance warning": -s and -ing forms used as nouns.
    if (/(?:s|ing)$/.test(word) && !/^(?:says|is|has|was)$/.test(word) && i > 0) {
      let b = i - 1;
      while (b > 0 && ((AUXILIARIES_AND_ADVERBS.has(this.lower[b]!) && !BE_FORMS.has(this.lower[b]!)) || ADVERB.test(this.lower[b]!))) b--;
      const before = this.lower[b]!;
      if (PHRASE_OPENERS.has(before) || /ed$/.test(before)) return false;
      if (word.endsWith('ing') && /^\p{Ll}/u.test(this.tokens[b]!.text) && !BE_FORMS.has(before)) return false;
    }
    return true;
  }

  protected isWord(i: number): boolean {
    return /[\p{L}\p{N}]/u.test(this.tokens[i]?.text ?? '');
  }

  protected wordCount(first: number, last: number): number {
    let n = 0;
    for (let k = first; k <= last; k++) if (this.isWord(k)) n++;
    return n;
  }

  /** Steps left over auxiliaries and adverbs ("has also said"), noting a negation. */
  protected skipAuxiliaries(from: number, floor: number): { end: number; negated: boolean } {
    let end = from;
    let negated = false;
    const skippable = (word: string) =>
      AUXILIARIES_AND_ADVERBS.has(word) || NEGATIONS.has(word) ||
      (ADVERB.test(word) && !NOUNS_IN_LY.has(word) && !/^\p{Lu}/u.test(this.tokens[end]!.text));
    while (end >= floor && skippable(this.lower[end]!)) {
      if (NEGATIONS.has(this.lower[end]!)) negated = true;
      end--;
    }
    return { end, negated };
  }

  /** The cue token, and for "told"-like cues the addressee up to "that", a comma or a colon. */
  protected cueRange(c: number, limit: number): TokenRange {
    if (!ADDRESSEE_CUES.has(this.lower[c]!)) return { first: c, last: c };
    let last = c;
    let stopped = false;
    for (let j = c + 1; j <= Math.min(limit, c + 6); j++) {
      const word = this.lower[j]!;
      if (word === 'that' || !this.isWord(j) && !/^(?:'s|’s|\.)$/.test(word)) break;
      // "told reporters on Tuesday that": the addressee ends before the time or place.
      if (PHRASE_STOPS.has(word) || TIME_WORDS.test(word)) { stopped = true; break; }
      last = j;
    }
    // Without a "that" the addressee is one word or a run of capitalised words.
    if (!stopped && this.lower[last + 1] !== 'that' && last > c) {
      last = c + 1;
      while (last + 1 <= limit && /^\p{Lu}/u.test(this.tokens[c + 1]!.text) && /^(?:\p{Lu}|['’]s$)/u.test(this.tokens[last + 1]!.text)) last++;
    }
    return { first: c, last };
  }

  protected cueSpan(c: number, limit: number): { span: Span; lastToken: number } {
    const range = this.cueRange(c, limit);
    return { span: this.span(range), lastToken: range.last };
  }

  protected sourceOf(range: TokenRange): { source: Span; head: Span } {
    return { source: this.span(range), head: this.span({ first: range.first, last: range.headLast ?? range.last }) };
  }

  protected span(range: TokenRange): Span {
    return { start: this.tokens[range.first]!.start, end: this.tokens[range.last]!.end };
  }

  protected textOf(segment: QuotedSegment): string {
    const last = this.tokens[tokenAt(this.doc, segment.end) - 1];
    return last ? last.text : '';
  }
}

/** A quotation's content ends before a trailing comma (the sentence's own "." is kept). */
export function contentEnd(doc: DocumentTokens, segment: QuotedSegment): number {
  const lastToken = doc.tokens[tokenAt(doc, segment.end) - 1];
  return lastToken && lastToken.text === ',' && lastToken.end === segment.end ? lastToken.start : segment.end;
}
