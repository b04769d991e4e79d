// Finds trigger phrases in a sentence: the longest lexicon phrase at each token, checked
// against its context conditions, left to right without overlaps.

import type { EventType } from '../types.js';
import { TRIGGERS, type TriggerKind, type TriggerSpec } from './lexicon.js';
import type { SentenceView } from './sentence-view.js';

export interface Trigger {
  type: EventType;
  kind: TriggerKind;
  generic: boolean;
  /** Token range of the trigger span, end exclusive. */
  start: number;
  end: number;
  /** Token range of the whole matched phrase. */
  phraseStart: number;
  phraseEnd: number;
}

interface CompiledSpec {
  spec: TriggerSpec;
  tokens: ReadonlySet<string>[];
  needsAfter: { words: ReadonlySet<string>; within: number } | null;
  notBefore: ReadonlySet<string> | null;
  notAfter: ReadonlySet<string> | null;
  needsSentence: ReadonlySet<string> | null;
  typeIfSentence: { words: ReadonlySet<string>; type: EventType } | null;
}

const words = (list: string): ReadonlySet<string> => new Set(list.split('|'));

function compile(spec: TriggerSpec): CompiledSpec {
  return {
    spec,
    tokens: spec.phrase.split(' ').map(words),
    needsAfter: spec.needsAfter ? { words: words(spec.needsAfter.words), within: spec.needsAfter.within } : null,
    notBefore: spec.notBefore ? words(spec.notBefore) : null,
    notAfter: spec.notAfter ? words(spec.notAfter) : null,
    needsSentence: spec.needsSentence ? words(spec.needsSentence) : null,
    typeIfSentence: spec.typeIfSentence ? { words: words(spec.typeIfSentence.words), type: spec.typeIfSentence.type } : null,
  };
}

/** Specs indexed by the word forms of their first token, in lexicon order. */
const BY_FIRST_WORD = new Map<string, CompiledSpec[]>();
for (const spec of TRIGGERS.map(compile)) {
  for (const word of spec.tokens[0]!) {
    const list = BY_FIRST_WORD.get(word) ?? [];
    list.push(spec);
    BY_FIRST_WORD.set(word, list);
  }
}

// Words after which an ambiguous noun/verb form is a noun, or a verb.
const NOUN_BEFORE = words("a|an|the|this|that|these|those|its|their|his|her|our|your|any|every|each|no|'s|of|new|latest|planned|alleged|further|recent|first|second");
const MODAL_BEFORE = words('to|will|would|could|can|may|might|must|shall|should|did|does|do|he|she|it|they|we|i|you|who');
const VERB_BEFORE = words("to|will|would|could|can|may|might|must|shall|should|did|does|do|not|never|they|we|he|she|it|i|you|who|which|also|have|has|had");

export function findTriggers(view: SentenceView): Trigger[] {
  const found: Trigger[] = [];
  const { words: ws } = view;
  let sentenceWords: ReadonlySet<string> | null = null;
  const sentenceHas = (set: ReadonlySet<string>): boolean => {
    sentenceWords ??= new Set(ws);
    for (const w of set) if (sentenceWords.has(w)) return true;
    return false;
  };
  for (let i = 0; i < ws.length; i++) {
    const candidates = BY_FIRST_WORD.get(ws[i]!);
    if (!candidates) continue;
    let best: { spec: CompiledSpec; length: number } | null = null;
    for (const c of candidates) {
      const length = c.tokens.length;
      if (best && length <= best.length) continue;
      if (!matchesAt(ws, i, c)) continue;
      if (c.notBefore && i > 0 && c.notBefore.has(ws[i - 1]!)) continue;
      // "will report", "he talks": a noun trigger in a verb slot is another word; "the move" likewise.
      if (c.spec.kind === 'noun' && i > 0 && MODAL_BEFORE.has(ws[i - 1]!)) continue;
      if (c.spec.verbOnly && i > 0 && NOUN_BEFORE.has(ws[i - 1]!)) continue;
      if (c.notAfter && i + length < ws.length && c.notAfter.has(ws[i + length]!)) continue;
      if (c.needsAfter && !someWithin(ws, i + length, c.needsAfter.within, c.needsAfter.words)) continue;
      if (c.needsSentence && !sentenceHas(c.needsSentence)) continue;
      best = { spec: c, length };
    }
    if (!best) continue;
    const { spec: c, length } = best;
    const type = c.typeIfSentence && sentenceHas(c.typeIfSentence.words) ? c.typeIfSentence.type : c.spec.type;
    const start = c.spec.span === 'last' ? i + length - 1 : i;
    const end = c.spec.span === 'first' ? i + 1 : i + length;
    found.push({ type, kind: kindAt(ws, i, c.spec.kind), generic: c.spec.generic === true, start, end, phraseStart: i, phraseEnd: i + length });
    i += length - 1;
  }
  return dropRepeats(found);
}

function matchesAt(ws: string[], i: number, c: CompiledSpec): boolean {
  if (i + c.tokens.length > ws.length) return false;
  for (let k = 0; k < c.tokens.length; k++) if (!c.tokens[k]!.has(ws[i + k]!)) return false;
  return true;
}

function someWithin(ws: string[], from: number, within: number, set: ReadonlySet<string>): boolean {
  for (let k = from; k < Math.min(ws.length, from + within); k++) if (set.has(ws[k]!)) return true;
  return false;
}

function kindAt(ws: string[], i: number, fallback: TriggerKind): TriggerKind {
  const before = i > 0 ? ws[i - 1]! : '';
  if (NOUN_BEFORE.has(before)) return 'noun';
  if (VERB_BEFORE.has(before)) return 'verb';
  return fallback;
}

/** Same-type triggers a few tokens apart ("attract new recruits") name one event: keep the first. */
function dropRepeats(triggers: Trigger[]): Trigger[] {
  const kept: Trigger[] = [];
  for (const t of triggers) {
    const last = kept[kept.length - 1];
    if (last && last.type === t.type && t.phraseStart - last.phraseEnd <= 2) continue;
    kept.push(t);
  }
  return kept;
}
