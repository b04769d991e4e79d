// The stated death toll in a sentence: a number next to killed/died/dead ("at least 139
// were killed", "224 people died", "killing 89 people", "a death toll of 12").

import type { EntityMention } from '../types.js';
import type { SentenceView } from './sentence-view.js';

const DEATH_WORDS = new Set(['killed', 'dead', 'died', 'die', 'slain', 'perished', 'deaths', 'fatalities', 'dying', 'killing', 'kills', 'kill', 'lives', 'executed', 'massacred']);
const NUMBER_BEFORE_DEATH = new Set(['all', 'killing', 'killed', 'kills', 'left', 'leaving', 'claimed', 'claiming', 'toll', 'of', 'to', 'least', 'than', 'over', 'some', 'about', 'around', 'nearly', 'almost', 'rose', 'risen', 'reached', 'stood', 'at']);
// Words that may stand between the number and the death word: "224 people died", "at least 12 civilians were killed".
const BETWEEN = /^(?:people|persons|civilians|soldiers|troops|servicemen|militants|fighters|terrorists|police|policemen|officers|children|women|men|passengers|crew|members|of|them|others|were|was|have|has|had|been|are|be|reportedly|also|and|including|injured|wounded|,)$/;

/** The number of people said to have died, from the CARDINAL mentions of the sentence; null if none is given. */
export function findKilled(view: SentenceView): number | null {
  const { words, mentionAt, mentions } = view;
  for (let k = 0; k < words.length; k++) {
    const m = mentionAt[k]!;
    if (m < 0 || mentions[m]!.type !== 'CARDINAL') continue;
    if (mentionAt[k - 1] === m) continue; // only at the first token of the number
    const value = numberValue(mentions[m]!);
    if (value === null) continue;
    let end = k;
    while (end < words.length && mentionAt[end] === m) end++;
    if (deathAfter(words, end) || deathBefore(words, k)) return value;
  }
  return null;
}

function deathAfter(words: string[], from: number): boolean {
  for (let k = from; k < words.length && k - from <= 5; k++) {
    if (DEATH_WORDS.has(words[k]!)) return words[k] !== 'lives' || words[k - 1] === 'their';
    if (!BETWEEN.test(words[k]!)) return false;
  }
  return false;
}

function deathBefore(words: string[], at: number): boolean {
  // "killing 89", "killed at least 139", "a death toll of 12", "the toll rose to 40"
  for (let k = at - 1; k >= 0 && at - k <= 4; k--) {
    const w = words[k]!;
    if (w === 'killing' || w === 'killed' || w === 'kills' || w === 'toll') return true;
    if (!NUMBER_BEFORE_DEATH.has(w) && w !== 'death') return false;
  }
  return false;
}

/** "224" → 224, ">=139" → 139 (the lower bound); vague amounts ("dozens") give null. */
export function numberValue(mention: EntityMention): number | null {
  const raw = (mention.value ?? mention.text).replace(/^[<>]=?|^~/, '').replace(/,/g, '');
  const n = Number(raw);
  return Number.isFinite(n) && raw !== '' ? n : null;
}
