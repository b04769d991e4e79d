// One sentence seen by the event rules: lower-cased words, and the entity mention (if any)
// that covers each token. Built once per sentence so the rules never rescan the text.

import type { EntityMention, Sentence, Token } from '../types.js';

export interface SentenceView {
  sentence: Sentence;
  tokens: Token[];
  /** Lower-cased token texts with curly apostrophes folded to straight ones. */
  words: string[];
  /** Index into `mentions` of the entity covering each token, or -1. */
  mentionAt: Int32Array;
  /** The entity mentions inside this sentence, in text order. */
  mentions: EntityMention[];
}

export function viewSentence(sentence: Sentence, entities: readonly EntityMention[], firstEntity: number): SentenceView {
  const tokens = sentence.tokens;
  // Lower-casing the sentence once and slicing it is cheaper than lower-casing every token.
  let lower = tokens.map((t) => t.text).join('\u0000').toLowerCase();
  if (lower.includes('’')) lower = lower.replace(/’/g, "'");
  const words = lower.split('\u0000');
  const mentionAt = new Int32Array(tokens.length).fill(-1);
  const mentions: EntityMention[] = [];
  let t = 0;
  for (let e = firstEntity; e < entities.length && entities[e]!.start < sentence.end; e++) {
    const mention = entities[e]!;
    if (mention.end <= sentence.start) continue;
    const index = mentions.push(mention) - 1;
    while (t < tokens.length && tokens[t]!.end <= mention.start) t++;
    for (let k = t; k < tokens.length && tokens[k]!.start < mention.end; k++) mentionAt[k] = index;
  }
  return { sentence, tokens, words, mentionAt, mentions };
}

/** The index of the first entity that could fall in a sentence starting at `start` (entities sorted by start). */
export function firstEntityFrom(entities: readonly EntityMention[], start: number, from: number): number {
  let i = from;
  while (i < entities.length && entities[i]!.end <= start) i++;
  return i;
}

/** The first token of the mention covering token `i` (or `i` itself). */
export function mentionStartToken(view: SentenceView, i: number): number {
  const m = view.mentionAt[i]!;
  if (m < 0) return i;
  while (i > 0 && view.mentionAt[i - 1] === m) i--;
  return i;
}

/** One past the last token of the mention covering token `i` (or `i + 1`). */
export function mentionEndToken(view: SentenceView, i: number): number {
  const m = view.mentionAt[i]!;
  if (m < 0) return i + 1;
  while (i + 1 < view.tokens.length && view.mentionAt[i + 1] === m) i++;
  return i + 1;
}
