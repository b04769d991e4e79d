// Attributions from quotation marks and cue words, in linear passes over the tokens:
//  1. transcript labels and quotation marks with the attribution next to them, and
//     quotations continued over sentences and paragraphs (direct.ts);
//  2. cue words outside quotation marks give reported speech (here): "X said (that) …",
//     "…, X said", "…, said X", "according to X, …", "X did … and said …", "…, saying …".

import type { Span } from '../types.js';
import type { CueLexicon } from './cue-lexicon.js';
import type { DocumentTokens } from './document-tokens.js';
import type { QuotedSegment } from './quote-marks.js';
import { sourceAfter, sourceBefore, type TokenRange } from './source-phrase.js';
import { COORDINATING, NOT_CONTENT_OPENERS, PHRASE_OPENERS, PHRASE_STOPS, SUBJECT_CONTINUERS, AUXILIARIES_AND_ADVERBS } from './words.js';
import { type Attribution, type AttributionOptions, DEFAULT_ATTRIBUTION_OPTIONS, MIN_CONTENT_WORDS, QUOTE_MARK } from './attribution-scan.js';
import { DirectSpeechScan } from './direct.js';

export { type Attribution, type AttributionOptions, DEFAULT_ATTRIBUTION_OPTIONS } from './attribution-scan.js';

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

class AttributionFinder extends DirectSpeechScan {
  run(): Attribution[] {
    this.speakerLabels();
    this.direct();
    this.reported();
    return this.out.sort((a, b) => a.content.start - b.content.start || a.content.end - b.content.end);
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
}
