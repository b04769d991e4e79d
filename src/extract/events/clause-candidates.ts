// The names around a trigger, each with the preposition that introduces it: the raw
// material of argument roles. Scans stop at clause boundaries ("that", "which", ";") so
// that a name from another clause is not taken for a participant.

import type { EntityMention } from '../types.js';
import { mentionEndToken, mentionStartToken, type SentenceView } from './sentence-view.js';

/** A mention near the trigger, with the preposition that introduces it (if any). */
export interface Candidate {
  mention: EntityMention;
  start: number;
  end: number;
  prep: string | null;
}

const set = (list: string): ReadonlySet<string> => new Set(list.split('|'));

const PREPOSITIONS = set('in|near|at|outside|around|across|inside|over|throughout|into|within|along|on|onto|against|by|with|to|from|of|about|regarding|concerning|toward|towards|for|between|among|via|through|under|after|before|during|including');
// Words that may stand between a preposition and its name: "in western Syria", "on the Aleppo front".
const SKIPPABLE = set("the|a|an|its|their|his|her|western|eastern|northern|southern|central|north|south|east|west|northwestern|northeastern|southwestern|southeastern|city|town|province|region|village|capital|area|inside|'s|'");
// Words that close a clause when scanning away from the trigger.
export const CLAUSE_END = set(';|:|that|which|who|whom|whose|where|while|although|though|but|because|whether|if|unless|?|!|—|–|(|)');
const PLACE_NOUNS = set('town|city|village|province|region|district|area|outskirts|suburbs|suburb|capital|port|governorate');
// Going forward, a closing quotation mark also ends the clause ("… advance there,” al-Saleh says).
const FORWARD_END = set('”|"');
export const MAX_BACK = 14;
const MAX_FORWARD = 16;

/** The preposition governing the name that starts at token `start`, skipping determiners and place words. */
export function prepositionBefore(view: SentenceView, start: number): string | null {
  for (let k = start - 1, skipped = 0; k >= 0 && skipped <= 3; k--, skipped++) {
    const w = view.words[k]!;
    if (w === 'inside' && view.words[k - 1] === 'from') return 'from';
    // "the town of Kobani": the "of" names the place; look before "the town".
    if (w === 'of' && PLACE_NOUNS.has(view.words[k - 1] ?? '')) {
      k--;
      continue;
    }
    if (PREPOSITIONS.has(w)) return w;
    if (!SKIPPABLE.has(w)) return null;
  }
  return null;
}

/** Mentions from the trigger back to the start of its clause, nearest first. */
export function candidatesBefore(view: SentenceView, triggerStart: number): Candidate[] {
  const out: Candidate[] = [];
  for (let k = triggerStart - 1; k >= 0 && triggerStart - k <= MAX_BACK; k--) {
    if (view.mentionAt[k]! >= 0) {
      const start = mentionStartToken(view, k);
      out.push({ mention: view.mentions[view.mentionAt[k]!]!, start, end: k + 1, prep: prepositionBefore(view, start) });
      k = start;
      continue;
    }
    if (CLAUSE_END.has(view.words[k]!)) break;
  }
  return out;
}

/** Mentions from the trigger to the end of its clause, nearest first. */
export function candidatesAfter(view: SentenceView, triggerEnd: number, limit: number, reach = MAX_FORWARD): Candidate[] {
  const out: Candidate[] = [];
  for (let k = triggerEnd; k < limit && k - triggerEnd < reach; k++) {
    if (view.mentionAt[k]! >= 0) {
      const end = mentionEndToken(view, k);
      const head = nameAfterNationality(view, k, end);
      if (head) {
        // "from Russian Defence Minister Shoigu": the person is the participant, with the preposition.
        out.push({ ...head, prep: prepositionBefore(view, k) });
        k = head.end - 1;
        continue;
      }
      out.push({ mention: view.mentions[view.mentionAt[k]!]!, start: k, end, prep: possessor(view, end) ? "'s" : prepositionBefore(view, k) });
      k = end - 1;
      continue;
    }
    if (CLAUSE_END.has(view.words[k]!) || FORWARD_END.has(view.words[k]!)) break;
  }
  return out;
}

/**
 * "the Kremlin's website": a name that owns a common noun is not what the preposition before
 * it governs. "Russia's Security Council" is handled as a title chain by the caller.
 */
function possessor(view: SentenceView, end: number): boolean {
  const w = view.words[end];
  return (w === "'s" || w === "'") && view.mentionAt[end + 1]! < 0 && /^[a-z]/.test(view.tokens[end + 1]?.text ?? '');
}

/** The name a nationality word introduces through a capitalised title ("Russian Defence Minister Shoigu"). */
function nameAfterNationality(view: SentenceView, start: number, end: number): Candidate | null {
  const m = view.mentions[view.mentionAt[start]!]!;
  const owns = view.words[end] === "'s" && view.mentionAt[end + 1]! >= 0;
  if (m.type !== 'NORP' && !owns) return null;
  for (let k = owns ? end + 1 : end; k < view.tokens.length && k - end <= 3; k++) {
    if (view.mentionAt[k]! >= 0) {
      const head = view.mentions[view.mentionAt[k]!]!;
      return head.type === 'PERSON' || head.type === 'ORG' ? { mention: head, start, end: mentionEndToken(view, k), prep: null } : null;
    }
    if (!/^\p{Lu}/u.test(view.tokens[k]!.text)) return null;
  }
  return null;
}

