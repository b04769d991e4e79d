// The article's tokens as one array, with each token's sentence and paragraph, so that
// quotations running over sentence and paragraph breaks can be walked with indices.

import type { Sentence, Token } from '../types.js';

export interface DocumentTokens {
  tokens: Token[];
  /** Per token: index of its sentence. */
  sentence: Int32Array;
  /** Per sentence: first and last token index (inclusive). */
  sentenceFirst: Int32Array;
  sentenceLast: Int32Array;
  /** Per token: its paragraph (line) number. */
  paragraph: Int32Array;
  /** Lower-cased token texts. */
  lower: string[];
}

export function documentTokens(text: string, sentences: Sentence[]): DocumentTokens {
  const tokens: Token[] = [];
  const sentenceFirst = new Int32Array(sentences.length);
  const sentenceLast = new Int32Array(sentences.length);
  sentences.forEach((s, i) => {
    sentenceFirst[i] = tokens.length;
    for (const t of s.tokens) tokens.push(t);
    sentenceLast[i] = tokens.length - 1;
  });
  const sentence = new Int32Array(tokens.length);
  sentences.forEach((_s, i) => sentence.fill(i, sentenceFirst[i]!, sentenceLast[i]! + 1));
  const paragraph = new Int32Array(tokens.length);
  let line = 0;
  let pos = 0;
  tokens.forEach((t, i) => {
    // Count line breaks between tokens; blank lines do not matter, only order.
    for (; pos < t.start; pos++) if (text.charCodeAt(pos) === 10) line++;
    paragraph[i] = line;
  });
  return { tokens, sentence, sentenceFirst, sentenceLast, paragraph, lower: tokens.map((t) => t.text.toLowerCase()) };
}

/** Index of the first token starting at or after `offset` (tokens.length when none). */
export function tokenAt(doc: DocumentTokens, offset: number): number {
  let lo = 0;
  let hi = doc.tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (doc.tokens[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
