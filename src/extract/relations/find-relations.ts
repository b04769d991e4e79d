import type { Relation, RelationType, Span, TextSpan } from '../types.js';
import { isActor, isPlace, isThing, type RelationMention } from './mention-classes.js';
import { crossesSpeech, PAIR_RULES, type PairRule } from './pair-rules.js';

/** How many mentions ahead a pair may reach, and how far apart in characters: keeps the work linear. */
const MENTION_WINDOW = 6;
const MAX_GAP = 160;
/** Clause breaks no pattern reaches across. */
const CLAUSE_BREAK = /[;:\n\u201C\u201D"]/;
/** Lists longer than this are not spread over (keeps a pathological sentence linear). */
const MAX_LIST = 30;
const COORDINATION = /^(?:,|, and|and|or|, or|&|, as well as|as well as)$/i;
/** A mention right after a preposition is inside a phrase, not a subject. */
const IN_PHRASE = /\b(?:in|near|at|across|from|to|into|inside|outside)\s+(?:the\s+)?$/i;
/** A list ends where its last item is the speaker of a following clause: "… against ISIL, Davis said". */
const SPEAKER_AFTER = /^\s*(?:said|says|told|added|stated)\b/i;
/** "Near Mosul, one strike engaged …": a place that opens the sentence locates what follows. */
const OPENING_PLACE = /^[\s\p{P}\d]*(?:near|in|at|around|inside)\s+(?:the\s+)?$/iu;

/**
 * Relations between the mentions of each sentence, read from the words between (and
 * around) pairs of mentions. Mentions may be in any order and may overlap; overlapping
 * ones after the first are ignored. Work is linear in the number of mentions.
 */
export function findRelations(text: string, sentences: readonly Span[], mentions: readonly RelationMention[]): Relation[] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  const found = new RelationList(text);
  let next = 0;
  for (const sentence of sentences) {
    while (next < sorted.length && sorted[next]!.start < sentence.start) next++;
    const inSentence: RelationMention[] = [];
    for (let k = next; k < sorted.length && sorted[k]!.start < sentence.end; k++) {
      const m = sorted[k]!;
      const last = inSentence[inSentence.length - 1];
      if (m.end <= sentence.end && (!last || m.start >= last.end)) inSentence.push(m);
    }
    relationsInSentence(text, sentence, inSentence, found);
  }
  return found.relations;
}

function relationsInSentence(text: string, sentence: Span, ms: RelationMention[], found: RelationList): void {
  const gaps = ms.map((m, i) => (i + 1 < ms.length ? normalise(text.slice(m.end, ms[i + 1]!.start)) : ''));
  for (let i = 0; i < ms.length; i++) {
    for (let j = i + 1; j < ms.length && j <= i + MENTION_WINDOW; j++) {
      const raw = text.slice(ms[i]!.end, ms[j]!.start);
      if (raw.length > MAX_GAP || CLAUSE_BREAK.test(raw)) break;
      const rule = matchingRule(text, ms, gaps, i, j, normalise(raw));
      if (!rule) continue;
      const lefts = rule.spreadsOverLists ? listAround(text, ms, gaps, i, -1, rule.left) : [i];
      const rights = rule.spreadsOverLists ? listAround(text, ms, gaps, j, 1, rule.right, rule.listGap) : [j];
      for (const l of lefts) {
        for (const r of rights) {
          const [source, target] = rule.leftIsSource ? [ms[l]!, ms[r]!] : [ms[r]!, ms[l]!];
          found.add(rule.type, source, target);
        }
      }
      // "The UK, France and the Iraqi army attacked ISIL": those who fight together are allies
      if (rule.type === 'fighting_against' && rule.leftIsSource) {
        for (let a = 0; a < lefts.length; a++) {
          for (let b = a + 1; b < lefts.length; b++) {
            const [first, second] = [ms[lefts[b]!]!, ms[lefts[a]!]!];
            if (isActor(first) && isActor(second)) found.add('military_allies_of', first, second);
          }
        }
      }
    }
  }
  openingPlace(text, sentence, ms, found);
}

function matchingRule(text: string, ms: RelationMention[], gaps: string[], i: number, j: number, between: string): PairRule | null {
  const left = ms[i]!;
  const right = ms[j]!;
  for (const rule of PAIR_RULES) {
    if (!rule.left(left) || !rule.right(right)) continue;
    if (j > i + 1 && !(rule.skip && ms.slice(i + 1, j).every(rule.skip))) continue;
    if (!rule.between.test(between) || rule.notAfterLeft?.test(between)) continue;
    if (rule.type !== 'communicated_with' && crossesSpeech(between)) continue;
    if (rule.after && !rule.after.test(text.slice(right.end, right.end + 60))) continue;
    if (rule.pair && !rule.pair(left, right)) continue;
    const before = text.slice(Math.max(0, left.start - 80), left.start);
    if (rule.notBefore?.test(before) || (rule.before && !rule.before.test(before))) continue;
    if (rule.leftIsSubject && IN_PHRASE.test(text.slice(Math.max(0, left.start - 12), left.start))) continue;
    if (rule.standsAlone && (isListGap(gaps[i - 1]) || isListGap(gaps[j]))) continue;
    return rule;
  }
  return null;
}

/** The mention at `at` and those listed with it ("A, B and C"), walking in one direction. */
function listAround(text: string, ms: RelationMention[], gaps: string[], at: number, step: 1 | -1, fits: (m: RelationMention) => boolean, extraGap?: RegExp): number[] {
  const out = [at];
  for (let k = at + step; k >= 0 && k < ms.length && Math.abs(k - at) <= MAX_LIST; k += step) {
    const gap = step === 1 ? gaps[k - 1]! : gaps[k]!;
    if (!(COORDINATION.test(gap) || extraGap?.test(gap)) || !fits(ms[k]!)) break;
    if (SPEAKER_AFTER.test(text.slice(ms[k]!.end, ms[k]!.end + 12))) break;
    if (ms[k]!.id !== ms[at]!.id) out.push(k);
  }
  return out;
}

function openingPlace(text: string, sentence: Span, ms: RelationMention[], found: RelationList): void {
  const place = ms[0];
  if (!place || !isThing(place)) return;
  const opening = OPENING_PLACE.exec(text.slice(sentence.start, place.start));
  // After "Near" any name is a place, whatever type the tagger gave it.
  if (!opening || !(isPlace(place) || /near\s+(?:the\s+)?$/i.test(opening[0]))) return;
  if (!/^\s*,/.test(text.slice(place.end, place.end + 3))) return;
  for (const m of ms.slice(1)) {
    if (isThing(m) && !isPlace(m) && m.type !== 'NORP' && m.id !== place.id) found.add('co_located', m, place);
  }
}

function isListGap(gap: string | undefined): boolean {
  return gap !== undefined && (COORDINATION.test(gap) || /^(?:and|or) /.test(gap));
}

function normalise(between: string): string {
  return between.replace(/[\s\u00A0]+/g, ' ').replace(/[\u2018\u2019]/g, "'").trim();
}

/** Relations without duplicates, each with its mentions and the text that joins them. */
class RelationList {
  readonly relations: Relation[] = [];
  private readonly seen = new Set<string>();

  constructor(private readonly text: string) {}

  add(type: RelationType, source: RelationMention, target: RelationMention): void {
    if (source.start === target.start) return;
    // Two mentions of one entity: only "is the same as" says something (the alias, with its evidence).
    if (source.id === target.id && type !== 'is_the_same_as') return;
    const key = `${type}|${source.start}|${target.start}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    const start = Math.min(source.start, target.start);
    let end = Math.max(source.end, target.end);
    // "Federal Security Service (FSB)": the evidence closes the bracket it opens
    if (this.text[end] === ')' && this.text.lastIndexOf('(', end) >= start) end++;
    this.relations.push({
      type, source: source.id, target: target.id,
      evidence: this.span(start, end), sourceSpan: this.span(source.start, source.end), targetSpan: this.span(target.start, target.end),
    });
  }

  private span(start: number, end: number): TextSpan {
    return { start, end, text: this.text.slice(start, end) };
  }
}
