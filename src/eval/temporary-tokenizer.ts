// TEMPORARY: a crude tokeniser and sentence splitter so that `eval ner --re3d` gives a
// first number before the project's tokeniser is plugged in through extractEntities.
// Delete once the full pipeline is the default.

export interface RoughToken {
  text: string;
  start: number;
  end: number;
}

// Abbreviations with dots (U.S., D.C.), words with inner apostrophes or hyphens, numbers,
// then any other single non-space character.
const TOKEN = /(?:[A-Za-z]\.){2,}|[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*|\S/gu;

export function roughSentences(text: string): RoughToken[][] {
  const sentences: RoughToken[][] = [];
  let current: RoughToken[] = [];
  for (const match of text.matchAll(TOKEN)) {
    const token = { text: match[0], start: match.index!, end: match.index! + match[0].length };
    const gap = current.length ? text.slice(current[current.length - 1]!.end, token.start) : '';
    if (current.length && /\n/.test(gap)) { sentences.push(current); current = []; }
    current.push(token);
    if (/^[.!?]$/.test(token.text)) { sentences.push(current); current = []; }
  }
  if (current.length) sentences.push(current);
  return sentences;
}
