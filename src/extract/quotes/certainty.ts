// How sure an attribution's wording is: a denial ("denied that", "did not say"), a hedge
// ("may", "possibly", "suggests", "it is thought"), a claim passed on from elsewhere
// ("reportedly", "according to"), or a plain assertion.

import type { Certainty } from '../types.js';
import { DENIAL_CUES, HEDGES, HEDGING_CUES, REPORTING } from './words.js';

const WORD = /[\p{L}’']+/gu;
const IMPERSONAL_HEDGE = /\bit is (?:thought|believed|understood|feared|suspected|rumou?red)\b|\bsuggests?\b/i;

export function quoteCertainty(cue: string | null, content: string, negated: boolean): Certainty {
  const cueWords = (cue ?? '').toLowerCase().match(WORD) ?? [];
  if (negated || cueWords.some((w) => DENIAL_CUES.has(w))) return 'denied';
  if (cueWords.some((w) => HEDGING_CUES.has(w) || HEDGES.has(w))) return 'hedged';
  const written = content.match(WORD) ?? [];
  const words = written.map((w) => w.toLowerCase());
  // "May" in capitals is the month ("resume in May").
  if (words.some((w, i) => HEDGES.has(w) && written[i] !== 'May') || IMPERSONAL_HEDGE.test(content)) return 'hedged';
  if (words.some((w, i) => REPORTING.has(w) || (w === 'according' && words[i + 1] === 'to'))) return 'reported';
  return 'asserted';
}
