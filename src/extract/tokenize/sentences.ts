import type { Sentence, Token } from '../types.js';
import { tokenize } from './tokens.js';

const TERMINATORS = new Set(['.', '!', '?', '...', '…']);
const CLOSERS = new Set(['"', '”', '’', "'", ')', ']', '»']);
// Words that start a sentence after an abbreviation such as "U.S." ends the previous one.
const SENTENCE_STARTERS = new Set(
  ('The A An He She It They We I But And Yet So This That These Those There In On At For ' +
    'However Meanwhile His Her Their Its Our Now Then When While If As After Before Since').split(' '),
);

/**
 * Splits a text into sentences of tokens. A line break always ends a sentence (news
 * paragraphs are lines); otherwise a sentence ends at . ! ? (with any closing quotes or
 * brackets) when the next token opens a new sentence.
 */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const tokens = tokenize(text, lineStart, lineEnd);
    splitLine(tokens, sentences);
    lineStart = lineEnd + 1;
  }
  return sentences;
}

function splitLine(tokens: Token[], out: Sentence[]): void {
  let first = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    let boundary = -1;
    if (TERMINATORS.has(token.text)) {
      let last = i;
      while (last + 1 < tokens.length && CLOSERS.has(tokens[last + 1]!.text)) last++;
      if (last + 1 === tokens.length || opensSentence(tokens[last + 1]!)) boundary = last;
    } else if (/^(?:\p{L}\.){2,}$/u.test(token.text) && i + 1 < tokens.length) {
      // "… in the U.S. The next day …": the abbreviation's period also ends the sentence.
      if (SENTENCE_STARTERS.has(tokens[i + 1]!.text)) boundary = i;
    }
    if (boundary >= 0) {
      out.push(makeSentence(tokens.slice(first, boundary + 1)));
      first = boundary + 1;
      i = boundary;
    }
  }
  if (first < tokens.length) out.push(makeSentence(tokens.slice(first)));
}

function opensSentence(token: Token): boolean {
  return /^[\p{Lu}\p{N}"“‘'(\[]/u.test(token.text);
}

function makeSentence(tokens: Token[]): Sentence {
  return { start: tokens[0]!.start, end: tokens[tokens.length - 1]!.end, tokens };
}
