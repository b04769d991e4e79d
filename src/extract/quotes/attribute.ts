// Attributions from quotation marks and cue words, in linear passes over the tokens:
//  1. each quoted segment takes the attribution right after it ("…,” the official said)
//     or right before it (Trump said: “…”); a sentence split by its attribution
//     ("“A,” he said, “B.”") becomes one attribution covering both parts;
//  2. segments without one continue the quotation before them (the paragraph that
//     opens with a new mark, the next sentence of the same speaker);
//  3. cue words outside quotation marks give reported speech: "X said (that) …",
//     "…, X said", "…, said X", "according to X, …", "…, saying …".

import type { Span } from '../types.js';
import type { CueLexicon } from './cue-lexicon.js';
import { type DocumentTokens, tokenAt } from './document-tokens.js';
import type { QuotedSegment } from './quote-marks.js';
import { sourceAfter, sourceBefore, type TokenRange } from './source-phrase.js';
import {
  ADDRESSEE_CUES, ADVERB, AUXILIARIES_AND_ADVERBS, BE_FORMS, COORDINATING, NEGATIONS, NOT_CONTENT_OPENERS, NOT_SPEAKERS, NOUN_LIKE,
  NOUNS_IN_LY, PHRASE_OPENERS, PHRASE_STOPS, SUBJECT_CONTINUERS, TIME_WORDS, VERB_LIKE,
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

const MIN_QUOTE_WORDS = 4;
const MIN_CONTENT_WORDS = 3;
const QUOTE_MARK = /^["“”„«»']$/;
const SPEAKER_LABEL = /^\p{Lu}[\p{Lu}'’.-]*$/u;
const DASH = /^[―—–]$/;
const TRAILING = /^[.,;:!?"“”„«»'‘’…—–-]$/;

export function findAttributions(
  doc: DocumentTokens,
  segments: QuotedSegment[],
  lexicon: CueLexicon,
  persons: Span[] = [],
  options: AttributionOptions = DEFAULT_ATTRIBUTION_OPTIONS,
): Attribution[] {
  const finder = new AttributionFinder(doc, segments, lexicon, new Map(persons.map((p) => [p.start, p.end])), options);
  return finder.run();
}

interface Located {
  segment: QuotedSegment;
  open: number;
  /** Last token of the quotation (the closing mark, or the paragraph's last token). */
  close: number;
}

class AttributionFinder {
  private readonly tokens;
  private readonly lower;
  private readonly quoted: Uint8Array;
  private readonly usedCue: Uint8Array;
  /** Tokens of transcript paragraphs ("PENCE: …"), attributed by their label. */
  private readonly labelled: Uint8Array;
  private readonly out: Attribution[] = [];
  /** Attributions by the offset where their cue starts. */
  private readonly byCue = new Map<number, Attribution>();

  constructor(
    private readonly doc: DocumentTokens,
    private readonly segments: QuotedSegment[],
    private readonly lexicon: CueLexicon,
    /** Start → end of each PERSON mention (speaker labels may be names). */
    private readonly persons: Map<number, number>,
    private readonly options: AttributionOptions,
  ) {
    this.tokens = doc.tokens;
    this.lower = doc.lower;
    this.quoted = new Uint8Array(doc.tokens.length);
    this.usedCue = new Uint8Array(doc.tokens.length);
    this.labelled = new Uint8Array(doc.tokens.length);
  }

  run(): Attribution[] {
    this.speakerLabels();
    this.direct();
    this.reported();
    return this.out.sort((a, b) => a.content.start - b.content.start || a.content.end - b.content.end);
  }

  // ---- transcripts -----------------------------------------------------------------

  /** "PENCE: Well, look, …": a paragraph opening with a capitalised speaker label and a colon. */
  private speakerLabels(): void {
    const { tokens, paragraph } = this.doc;
    let i = 0;
    while (i < tokens.length) {
      let j = i;
      while (j + 1 < tokens.length && paragraph[j + 1] === paragraph[i]) j++;
      let k = i;
      if (QUOTE_MARK.test(tokens[k]!.text)) k++;
      if (tokens[k]?.text === "'") k++;
      let colon = k;
      while (colon <= j && colon - k < 4 && SPEAKER_LABEL.test(tokens[colon]!.text)) colon++;
      const capsLabel = colon > k && !NOT_SPEAKERS.has(this.lower.slice(k, colon).join(' '));
      // "Pat Caddell: Democrat voters worried …": a person's name as the label.
      if (!capsLabel && tokens[k] && this.persons.has(tokens[k]!.start)) {
        const personEnd = this.persons.get(tokens[k]!.start)!;
        colon = k;
        while (colon <= j && tokens[colon]!.end <= personEnd) colon++;
        if (tokens[colon - 1]?.end !== personEnd) colon = k;
      }
      if (colon > k && colon <= j && tokens[colon]!.text === ':' && !/^[QA]$/.test(tokens[k]!.text)) {
        const content = this.contentRange(colon + 1, j);
        // Spoken words keep their own final stop or question mark.
        while (content && content.last < j && /^[.?!…]$/.test(tokens[content.last + 1]!.text)) content.last++;
        if (content) {
          this.labelled.fill(1, i, j + 1);
          this.push({ first: k, last: colon - 1 }, { first: colon, last: colon }, content, false);
          this.out[this.out.length - 1]!.direct = true;
        }
      }
      i = j + 1;
    }
  }

  // ---- direct speech -------------------------------------------------------------

  private locate(): Located[] {
    const located: Located[] = [];
    for (const segment of this.segments) {
      const open = tokenAt(this.doc, segment.open);
      if (open >= this.tokens.length || this.tokens[open]!.start !== segment.open) continue; // boilerplate
      if (this.labelled[open]) continue;
      let close = segment.close >= 0 ? tokenAt(this.doc, segment.close + segment.markLength) - 1 : tokenAt(this.doc, segment.end) - 1;
      if (close >= this.tokens.length) close = this.tokens.length - 1;
      this.quoted.fill(1, open, close + 1);
      located.push({ segment, open, close });
    }
    return located;
  }

  private direct(): void {
    const located = this.locate();
    const owner: (Attribution | null)[] = located.map(() => null);
    for (let i = 0; i < located.length; i++) {
      if (owner[i]) continue;
      const here = located[i]!;
      const next = located[i + 1];
      const trailing = this.trailingAttribution(here, next);
      const found = trailing ?? this.leadingAttribution(here, located[i - 1]);
      if (!found) continue;
      const { attribution, mergesNext } = found;
      owner[i] = attribution;
      if (trailing) this.absorbClauseBefore(located, owner, i, attribution);
      if (mergesNext && next) {
        attribution.content = { start: attribution.content.start, end: contentEnd(this.doc, next.segment) };
        owner[i + 1] = attribution;
        i++;
      }
      this.record(attribution);
    }
    this.chain(located, owner);
  }

  /**
   * A mixed quotation ("As rebels are “preoccupied”, IS is “intensifying …,” X says"): when
   * words of the sentence stand before the opening mark, the attributed content is the
   * whole clause from the sentence start, with the quoted fragments in it.
   */
  private absorbClauseBefore(located: Located[], owner: (Attribution | null)[], i: number, attribution: Attribution): void {
    const { doc } = this;
    const here = located[i]!;
    let floor = doc.sentenceFirst[doc.sentence[here.open]!]!;
    let j = i - 1;
    while (j >= 0 && located[j]!.close >= floor && !owner[j]) j--;
    if (j >= 0 && located[j]!.close >= floor) floor = located[j]!.close + 1;
    // Not over another attribution's cue, nor back past the end of a sentence.
    for (let k = floor; k < here.open; k++) {
      if (this.usedCue[k]) return;
      if (/^[.!?]$/.test(this.tokens[k]!.text)) floor = k + 1;
    }
    const clause = this.contentRange(floor, here.open - 1);
    if (!clause || this.leadingCueBefore(here.open, floor)) return;
    attribution.content = { start: this.tokens[clause.first]!.start, end: attribution.content.end };
    for (let k = j + 1; k < i; k++) owner[k] = attribution;
  }

  /** A cue just before an opening mark ("said:", "said that") means the clause is its source, not content. */
  private leadingCueBefore(open: number, floor: number): boolean {
    let p = open - 1;
    if (p >= floor && /^[,:]$/.test(this.tokens[p]!.text)) p--;
    if (p >= floor && this.lower[p] === 'that') p--;
    return p >= floor && this.isCue(p, this.options.directCueRate);
  }

  /** "“…,” the official said" / "“…,” said Trump" / "“A,” he said, “B.”" */
  private trailingAttribution(here: Located, next: Located | undefined): { attribution: Attribution; mergesNext: boolean } | null {
    const { doc } = this;
    let from = here.close + 1;
    if (from >= this.tokens.length || doc.paragraph[from] !== doc.paragraph[here.close]) return null;
    // "“…?” Clinton said.": the attribution may stand as a short sentence of its own.
    const ownSentence = doc.sentence[from] !== doc.sentence[here.close];
    let limit = doc.sentenceLast[doc.sentence[from]!]!;
    if (next && next.open <= limit) limit = next.open - 1;
    if (this.tokens[from]!.text === ',') from++;
    if (DASH.test(this.tokens[from]?.text ?? '') && from < limit) {
      // "“…” ― Sonya Herridge": a signature after the quotation.
      const source = sourceAfter(this.tokens, from + 1, limit);
      if (source) {
        return {
          attribution: { ...this.sourceOf(source), cue: this.span({ first: from, last: from }), content: { start: here.segment.start, end: contentEnd(doc, here.segment) }, direct: true, negated: false },
          mergesNext: false,
        };
      }
    }
    for (let c = from; c <= Math.min(limit, from + 20); c++) {
      if (!this.isCue(c, this.options.directCueRate)) continue;
      let source: TokenRange | null = null;
      if (c === from) {
        source = sourceAfter(this.tokens, c + 1, limit);
      } else {
        const { end } = this.skipAuxiliaries(c - 1, from);
        const before = sourceBefore(this.tokens, end, from);
        if (before && before.first === from) source = before;
      }
      if (!source) continue;
      const cue = this.cueSpan(c, limit);
      const clauseEnd = Math.max(source.last, cue.lastToken);
      if (ownSentence && this.wordCount(clauseEnd + 1, limit) > 3) return null;
      this.usedCue[c] = 1;
      const mergesNext = Boolean(
        next && this.tokens[clauseEnd + 1]?.text === ',' && next.open === clauseEnd + 2 &&
          /,\s*$/.test(this.textOf(here.segment)),
      );
      return {
        attribution: {
          ...this.sourceOf(source),
          cue: cue.span,
          content: { start: here.segment.start, end: contentEnd(doc, here.segment) },
          direct: true,
          negated: this.skipAuxiliaries(c - 1, from).negated,
        },
        mergesNext,
      };
    }
    return null;
  }

  /** "Trump said: “…”" / "he told reporters, “…”" / "she said that “…”" */
  private leadingAttribution(here: Located, previous: Located | undefined): { attribution: Attribution; mergesNext: boolean } | null {
    const { doc } = this;
    if (here.segment.continues) return null;
    let sentenceStart = doc.sentenceFirst[doc.sentence[here.open]!]!;
    // "Caddell continued:" closing the paragraph before the quotation.
    if (sentenceStart === here.open && here.open > 0 && this.tokens[here.open - 1]!.text === ':') {
      sentenceStart = doc.sentenceFirst[doc.sentence[here.open - 1]!]!;
    }
    const floor = previous && previous.close >= sentenceStart ? previous.close + 1 : sentenceStart;
    let p = here.open - 1;
    if (p >= floor && /^[,:]$/.test(this.tokens[p]!.text)) p--;
    if (p >= floor && this.lower[p] === 'that') p--;
    const colon = this.tokens[here.open - 1]?.text === ':';
    for (let c = p; c >= Math.max(floor, p - 6); c--) {
      if (!this.isCue(c, colon ? this.options.reportedCueRate : this.options.directCueRate)) continue;
      // Only an addressee may stand between the cue and the quotation.
      if (c !== p && !ADDRESSEE_CUES.has(this.lower[c]!)) return null;
      const { end, negated } = this.skipAuxiliaries(c - 1, floor);
      const source = sourceBefore(this.tokens, end, floor);
      if (!source) return null;
      const cue = this.cueSpan(c, p);
      this.usedCue[c] = 1;
      return {
        attribution: {
          ...this.sourceOf(source),
          cue: cue.span,
          content: { start: here.segment.start, end: contentEnd(doc, here.segment) },
          direct: true,
          negated,
        },
        mergesNext: false,
      };
    }
    return null;
  }

  /** Segments without their own attribution continue the quotation before them. */
  private chain(located: Located[], owner: (Attribution | null)[]): void {
    const { doc } = this;
    let lastOwner: Attribution | null = null;
    let lastParagraph = -10;
    for (let i = 0; i < located.length; i++) {
      const here = located[i]!;
      const paragraph = doc.paragraph[here.open]!;
      if (owner[i]) {
        lastOwner = owner[i]!;
        lastParagraph = doc.paragraph[here.close]!;
        continue;
      }
      const startsSentence = here.open === doc.sentenceFirst[doc.sentence[here.open]!];
      const longEnough = this.wordCount(here.open + 1, here.close) >= MIN_QUOTE_WORDS;
      const follows = here.segment.continues || (startsSentence && longEnough && paragraph - lastParagraph <= 1);
      let speaker: Attribution | null = follows ? lastOwner : null;
      if (!speaker && startsSentence && longEnough) {
        // "“A.” [“B,” he said.]": the attribution comes with the next segment of the paragraph.
        const next = located[i + 1];
        const nextOwner = owner[i + 1];
        if (next && nextOwner && doc.paragraph[next.open] === paragraph) speaker = nextOwner;
      }
      if (!speaker) continue;
      owner[i] = speaker;
      this.out.push({ ...speaker, content: { start: here.segment.start, end: contentEnd(doc, here.segment) } });
      lastOwner = speaker;
      lastParagraph = doc.paragraph[here.close]!;
    }
    // A paragraph left open whose continuation found the speaker: "“A … [¶] “B,” X said."
    for (let i = located.length - 2; i >= 0; i--) {
      const here = located[i]!;
      const next = owner[i + 1];
      if (owner[i] || !next || here.segment.close >= 0 || !located[i + 1]!.segment.continues) continue;
      owner[i] = next;
      this.out.push({ ...next, content: { start: here.segment.start, end: contentEnd(doc, here.segment) } });
    }
  }

  // ---- reported speech -----------------------------------------------------------

  private reported(): void {
    const { doc } = this;
    for (let s = 0; s < doc.sentenceFirst.length; s++) {
      const first = doc.sentenceFirst[s]!;
      const last = doc.sentenceLast[s]!;
      for (let c = first; c <= last; c++) {
        if (this.quoted[c] || this.usedCue[c]) continue;
        if (this.lower[c] === 'according' && this.lower[c + 1] === 'to' && c + 1 <= last) {
          this.accordingTo(c, first, last);
          continue;
        }
        const helped = this.lower[c + 1] === 'that' || this.tokens[c + 1]?.text === ':';
        const rate = helped ? this.options.reportedCueRate : this.options.plainCueRate;
        if (!this.isCue(c, rate)) continue;
        this.reportedAt(c, first, last);
      }
    }
  }

  /** "According to X, …" / "…, according to X." */
  private accordingTo(c: number, first: number, last: number): void {
    const opensSentence = c === first || (c === first + 1 && !this.isWord(first));
    // "…, according to show insiders.": any words up to the sentence end also name the source.
    const source = sourceAfter(this.tokens, c + 2, last, !opensSentence) ?? (opensSentence ? null : this.wordsToEnd(c + 2, last));
    if (!source) return;
    let content: TokenRange | null = null;
    if (opensSentence) {
      let k = source.last + 1;
      if (this.tokens[k]?.text === ',') k++;
      content = this.contentRange(k, last);
    } else {
      content = this.contentRange(first, this.tokens[c - 1]!.text === ',' ? c - 2 : c - 1);
    }
    if (!content) return;
    this.usedCue[c] = 1;
    this.push(source, { first: c, last: c + 1 }, content, false);
  }

  private reportedAt(c: number, first: number, last: number): void {
    const { end, negated } = this.skipAuxiliaries(c - 1, first);
    // ", arguing …" is a participle of the clause before it, whose subject speaks.
    const participle = this.lower[c]!.endsWith('ing') && this.tokens[c - 1]?.text === ',';
    const before = participle ? null : sourceBefore(this.tokens, end, first);
    if (before) {
      const prior = before.first - 1;
      const tail = this.wordCount(this.cueRange(c, last).last + 1, last);
      // "…, X said, adding that …": the participle starts an attribution of its own.
      const participleNext = this.tokens[c + 1]?.text === ',' && /ing$/.test(this.lower[c + 2] ?? '');
      const shortTail = participleNext || (tail <= 4 && !this.lower.slice(c + 1, last + 1).includes('that'));
      const cueEnd = this.cueRange(c, last).last;
      if (prior > first && this.tokens[prior]!.text === ',' && this.tokens[cueEnd + 1]?.text === ',' && !participleNext && this.wordCount(cueEnd + 2, last) >= MIN_CONTENT_WORDS) {
        // "U.S. procedures, the former official said, were more likely to …": the
        // attribution interrupts its content, which covers the interruption.
        const content = this.contentRange(first, last);
        if (content) this.push(before, this.cueRange(c, last), content, negated);
        return;
      }
      if (prior > first && /^[,”"]$/.test(this.tokens[prior]!.text) && shortTail) {
        // "…, officials said (on Tuesday)."
        const content = this.contentRange(first, prior - 1);
        if (content) this.push(before, this.cueRange(c, last), content, negated);
        return;
      }
      const cue = this.cueRange(c, last);
      const content = this.contentAfterCue(cue.last + 1, last);
      if (content) this.push(before, cue, content, negated);
      return;
    }
    if (end > first && COORDINATING.has(this.lower[end]!)) {
      // "Cruz exhorted Republicans to … and said he …": the subject of the sentence.
      const subject = this.sentenceSubject(first, end - 1);
      const cue = this.cueRange(c, last);
      const content = this.contentAfterCue(cue.last + 1, last);
      if (subject && content) this.push(subject, cue, content, negated);
      return;
    }
    if (c > first && this.tokens[c - 1]!.text === ',') {
      // "…, said Trump." / "…, saying (that) …" (the subject opens the sentence)
      const after = sourceAfter(this.tokens, c + 1, last);
      if (after && after.last >= last - 1) {
        const content = this.contentRange(first, c - 2);
        if (content) this.push(after, { first: c, last: c }, content, false);
        return;
      }
      if (this.lower[c]!.endsWith('ing')) {
        const content = this.contentAfterCue(c + 1, last);
        // "…, the minister said, adding …": the speaker of the attribution just before.
        let previous: Attribution | undefined;
        for (let k = c - 1; k >= first && !previous; k--) if (this.usedCue[k]) previous = this.byCue.get(this.tokens[k]!.start);
        if (previous?.source && content) {
          this.record({ source: previous.source, head: previous.head, cue: this.span({ first: c, last: c }), content: this.span(content), direct: this.hasQuoted(content), negated: false });
          this.usedCue[c] = 1;
          return;
        }
        const subject = this.sentenceSubject(first, c - 2);
        if (subject && content) this.push(subject, { first: c, last: c }, content, false);
      }
    }
  }

  /** Up to 12 words running to the sentence end (no comma), or null. */
  private wordsToEnd(from: number, last: number): TokenRange | null {
    let end = last;
    while (end >= from && !this.isWord(end)) end--;
    if (end < from || end - from > 12) return null;
    for (let k = from; k <= end; k++) if (this.tokens[k]!.text === ',') return null;
    return { first: from, last: end };
  }

  /** The subject opening a sentence's main clause, after any opening phrase ("In 2007, Bush …"). */
  private sentenceSubject(first: number, limit: number): TokenRange | null {
    let start = first;
    if (PHRASE_STOPS.has(this.lower[first]!)) {
      while (start < limit && this.tokens[start]!.text !== ',') start++;
      start++;
    }
    const subject = start <= limit ? sourceAfter(this.tokens, start, limit, false) : null;
    if (!subject) return null;
    // The subject ends where its verb begins ("Cruz exhorted …", "Lavrov met …").
    for (let k = subject.first + 1; k <= subject.last; k++) {
      const token = this.tokens[k]!;
      const afterName = /^\p{Lu}/u.test(this.tokens[k - 1]!.text) && !PHRASE_OPENERS.has(this.lower[k - 1]!) && !SUBJECT_CONTINUERS.has(this.lower[k]!);
      if (/^\p{Ll}/u.test(token.text) && (afterName || /ed$/.test(token.text) || AUXILIARIES_AND_ADVERBS.has(this.lower[k]!))) {
        return { first: subject.first, last: k - 1 };
      }
    }
    return subject;
  }

  /** Content after a cue: an optional "that" (skipped), up to the sentence end. */
  private contentAfterCue(from: number, last: number): TokenRange | null {
    let k = from;
    if (k <= last && /^[,:]$/.test(this.tokens[k]!.text)) k++;
    for (let j = k; j <= Math.min(last, k + 5); j++) {
      if (this.lower[j] === 'that') { k = j + 1; break; }
      if (this.tokens[j]!.text === ',' || QUOTE_MARK.test(this.tokens[j]!.text)) break;
    }
    // The content ends where another attribution of the sentence begins ("When X said …,
    // the president replied, “…”"): at the last comma before its cue.
    // "endorsed by …", "charged with …", "said at a Washington event": a passive or an
    // adverbial phrase, not a reported clause.
    if (k <= last && NOT_CONTENT_OPENERS.has(this.lower[k]!)) return null;
    let end = last;
    let comma = -1;
    for (let j = k; j <= last; j++) {
      if (this.tokens[j]!.text === ',') comma = j;
      else if (this.usedCue[j] && comma > k) { end = comma - 1; break; }
    }
    return this.contentRange(k, end);
  }

  /** Trims punctuation and quotation marks at both ends; null when too few words remain. */
  private contentRange(first: number, last: number): TokenRange | null {
    while (first <= last && TRAILING.test(this.tokens[last]!.text)) last--;
    while (first <= last && /^[,:;—–-]$/.test(this.tokens[first]!.text)) first++;
    if (this.wordCount(first, last) < MIN_CONTENT_WORDS) return null;
    return { first, last };
  }

  private push(source: TokenRange, cue: TokenRange, content: TokenRange, negated: boolean): void {
    for (let k = cue.first; k <= cue.last; k++) this.usedCue[k] = 1;
    this.record({ ...this.sourceOf(source), cue: this.span(cue), content: this.span(content), direct: this.hasQuoted(content), negated });
  }

  /** Keeps an attribution, findable by where its cue starts. */
  private record(attribution: Attribution): void {
    this.out.push(attribution);
    if (attribution.cue && !this.byCue.has(attribution.cue.start)) this.byCue.set(attribution.cue.start, attribution);
  }

  /** Content holding quoted words is a (mixed) direct quote. */
  private hasQuoted(content: TokenRange): boolean {
    for (let k = content.first; k <= content.last; k++) if (this.quoted[k] === 1) return true;
    return false;
  }

  // ---- helpers -------------------------------------------------------------------

  private isCue(i: number, rate: number): boolean {
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

  private isWord(i: number): boolean {
    return /[\p{L}\p{N}]/u.test(this.tokens[i]?.text ?? '');
  }

  private wordCount(first: number, last: number): number {
    let n = 0;
    for (let k = first; k <= last; k++) if (this.isWord(k)) n++;
    return n;
  }

  /** Steps left over auxiliaries and adverbs ("has also said"), noting a negation. */
  private skipAuxiliaries(from: number, floor: number): { end: number; negated: boolean } {
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
  private cueRange(c: number, limit: number): TokenRange {
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

  private cueSpan(c: number, limit: number): { span: Span; lastToken: number } {
    const range = this.cueRange(c, limit);
    return { span: this.span(range), lastToken: range.last };
  }

  private sourceOf(range: TokenRange): { source: Span; head: Span } {
    return { source: this.span(range), head: this.span({ first: range.first, last: range.headLast ?? range.last }) };
  }

  private span(range: TokenRange): Span {
    return { start: this.tokens[range.first]!.start, end: this.tokens[range.last]!.end };
  }

  private textOf(segment: QuotedSegment): string {
    const last = this.tokens[tokenAt(this.doc, segment.end) - 1];
    return last ? last.text : '';
  }
}

/** A quotation's content ends before a trailing comma (the sentence's own "." is kept). */
function contentEnd(doc: DocumentTokens, segment: QuotedSegment): number {
  const lastToken = doc.tokens[tokenAt(doc, segment.end) - 1];
  return lastToken && lastToken.text === ',' && lastToken.end === segment.end ? lastToken.start : segment.end;
}
