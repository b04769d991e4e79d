// Direct speech: quotation marks and the attribution next to them, transcripts with speaker
// labels ("PENCE: …"), and quotations continued over sentences and paragraphs.

import type { Span } from '../types.js';
import { tokenAt } from './document-tokens.js';
import type { QuotedSegment } from './quote-marks.js';
import { sourceAfter, sourceBefore, type TokenRange } from './source-phrase.js';
import { ADDRESSEE_CUES, NOT_SPEAKERS } from './words.js';
import { type Attribution, AttributionScan, contentEnd, MIN_QUOTE_WORDS, QUOTE_MARK } from './attribution-scan.js';

const SPEAKER_LABEL = /^\p{Lu}[\p{Lu}'’.-]*$/u;
const DASH = /^[―—–]$/;

interface Located {
  segment: QuotedSegment;
  open: number;
  /** Last token of the quotation (the closing mark, or the paragraph's last token). */
  close: number;
}

export abstract class DirectSpeechScan extends AttributionScan {
  // ---- transcripts -----------------------------------------------------------------

  /** "PENCE: Well, look, …": a paragraph opening with a capitalised speaker label and a colon. */
  protected speakerLabels(): void {
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

  protected locate(): Located[] {
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

  protected direct(): void {
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
  protected absorbClauseBefore(located: Located[], owner: (Attribution | null)[], i: number, attribution: Attribution): void {
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
  protected leadingCueBefore(open: number, floor: number): boolean {
    let p = open - 1;
    if (p >= floor && /^[,:]$/.test(this.tokens[p]!.text)) p--;
    if (p >= floor && this.lower[p] === 'that') p--;
    return p >= floor && this.isCue(p, this.options.directCueRate);
  }

  /** "“…,” the official said" / "“…,” said Trump" / "“A,” he said, “B.”" */
  protected trailingAttribution(here: Located, next: Located | undefined): { attribution: Attribution; mergesNext: boolean } | null {
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
        return { attribution: this.quotedAttribution(here, source, this.span({ first: from, last: from }), false), mergesNext: false };
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
      return { attribution: this.quotedAttribution(here, source, cue.span, this.skipAuxiliaries(c - 1, from).negated), mergesNext };
    }
    return null;
  }

  /** The attribution of one quoted segment to its source. */
  protected quotedAttribution(here: Located, source: TokenRange, cue: Span, negated: boolean): Attribution {
    return { ...this.sourceOf(source), cue, content: { start: here.segment.start, end: contentEnd(this.doc, here.segment) }, direct: true, negated };
  }

  /** "Trump said: “…”" / "he told reporters, “…”" / "she said that “…”" */
  protected leadingAttribution(here: Located, previous: Located | undefined): { attribution: Attribution; mergesNext: boolean } | null {
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
      return { attribution: this.quotedAttribution(here, source, cue.span, negated), mergesNext: false };
    }
    return null;
  }

  /** Segments without their own attribution continue the quotation before them. */
  protected chain(located: Located[], owner: (Attribution | null)[]): void {
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
}
