// Events of one article: triggers from the lexicon, their arguments from the clause, the
// sentence's date and death toll, the certainty of the wording, then one event per
// real-world occurrence. Pure: the entity mentions (with ids and date values) come in.

import type { Certainty, EntityMention, EventType, ExtractedEvent, Sentence, Span } from '../types.js';
import { attributedTokens, interviewAnswers } from './attribution.js';
import { findArguments } from './arguments.js';
import { findKilled } from './casualties.js';
import { isPlanned, triggerCertainty, weaker } from './certainty.js';
import { mergeCoreferent, type EventMention } from './corefer.js';
import { findEventDate } from './event-date.js';
import { findTriggers, type Trigger } from './find-triggers.js';
import { firstEntityFrom, viewSentence, type SentenceView } from './sentence-view.js';
import { StateActors } from './state-actors.js';

export interface EventInput {
  text: string;
  sentences: readonly Sentence[];
  /** Entity mentions sorted by start, with ids (and `value` for dates and numbers). */
  entities: readonly EntityMention[];
  /** Spans told by a source, e.g. the contents of quotes when the quotes stage ran. */
  attributed?: readonly Span[];
}

const ATTACKS: ReadonlySet<EventType> = new Set(['airstrike', 'bombing', 'armed_attack', 'plane_crash']);
// "killed" names its own event only with a named victim or when no attack in the sentence does.
const PLAIN_KILL = new Set(['killed', 'killing', 'kill', 'kills']);
const HABITUAL = new Set(['rarely', 'usually', 'often', 'generally', 'typically', 'seldom', 'sometimes']);
const DEFINITE = new Set(['the', 'this', 'that', 'these', 'those']);
const INDEFINITE = new Set(['a', 'an', 'any', 'another']);
// A previous event's actor stands in for a pronoun subject only this many sentences later.
const PRONOUN_REACH = 3;

export function findEvents(input: EventInput): ExtractedEvent[] {
  return mergeCoreferent(findEventMentions(input));
}

/** Every event mention, before mentions of the same event are merged. */
export function findEventMentions(input: EventInput): EventMention[] {
  const { text, sentences, entities } = input;
  const states = new StateActors(entities);
  const attributedSpans = [...(input.attributed ?? []), ...interviewAnswers(text)].sort((a, b) => a.start - b.start);
  const mentions: EventMention[] = [];
  // The latest actors named, for a pronoun subject: people for he/she, groups and states for they/it.
  const lastActors: Record<'person' | 'group', { ids: string[]; sentence: number } | null> = { person: null, group: null };
  let entityCursor = 0;
  sentences.forEach((sentence, sentenceIndex) => {
    entityCursor = firstEntityFrom(entities, sentence.start, entityCursor);
    const view = viewSentence(sentence, entities, entityCursor);
    const triggers = findTriggers(view).filter((t) => !HABITUAL.has(view.words[t.phraseStart - 1] ?? ''));
    if (!triggers.length) return;
    const attributed = attributedTokens(view);
    const killed = findKilled(view);
    const sentenceHasAttack = triggers.some((t) => ATTACKS.has(t.type));
    let tollGiven = false;
    const inSentence: { trigger: Trigger; event: ExtractedEvent }[] = [];
    let tollActors: string[] | null = null;
    triggers.forEach((trigger, i) => {
      // The next trigger's arguments are its own, except a "killing 89 people" that tells this one's toll.
      const next = triggers[i + 1];
      const args = findArguments(view, trigger, next && !isTollVerb(view, next) ? next.phraseStart : undefined);
      const isPlainKill = isTollVerb(view, trigger);
      const namedVictims = args.targets.filter((m) => m.type === 'PERSON');
      if (isPlainKill && !namedVictims.length && (sentenceHasAttack || killed === null)) {
        // "Boko Haram fighters killed 30 villagers in an attack": the killers are the attackers.
        if (args.actors.length) tollActors ??= args.actors.map((m) => states.participantId(m));
        return;
      }
      let actors = args.actors.map((m) => states.participantId(m));
      const previous = inSentence[inSentence.length - 1];
      if (!actors.length && previous && sharesSubject(view, previous.trigger, trigger)) actors = previous.event.actors;
      if (!actors.length && args.pronounAntecedent) actors = [states.participantId(args.pronounAntecedent)];
      const antecedent = args.pronounSubject ? lastActors[args.pronounSubject] : null;
      if (!actors.length && antecedent && sentenceIndex - antecedent.sentence <= PRONOUN_REACH) actors = antecedent.ids;
      if (args.actors.length) {
        const kind = args.actors[0]!.type === 'PERSON' ? 'person' : 'group';
        lastActors[kind] = { ids: actors, sentence: sentenceIndex };
      }
      let eventKilled: number | null = null;
      if ((ATTACKS.has(trigger.type) || trigger.type === 'killing') && killed !== null && !tollGiven) {
        eventKilled = killed;
        tollGiven = true;
      } else if (trigger.type === 'killing' && namedVictims.length) eventKilled = countPeople(text, namedVictims);
      const span = spanOf(view, trigger);
      let certainty: Certainty = triggerCertainty(view, trigger, attributed[trigger.start] === 1);
      if (insideAny(span, attributedSpans)) certainty = weaker(certainty, 'reported');
      const event: ExtractedEvent = {
        type: trigger.type,
        trigger: { ...span, text: text.slice(span.start, span.end) },
        actors: unique(actors),
        targets: unique(args.targets.map((m) => states.participantId(m))).filter((id) => !actors.includes(id)),
        location: args.location?.id ?? null,
        date: findEventDate(view, trigger.start, trigger.end),
        killed: eventKilled,
        certainty,
        evidence: { start: sentence.start, end: sentence.end, text: text.slice(sentence.start, sentence.end) },
      };
      inSentence.push({ trigger, event });
      mentions.push({
        event,
        generic: trigger.generic,
        definite: trigger.kind === 'noun' && DEFINITE.has(view.words[trigger.phraseStart - 1] ?? ''),
        indefinite: trigger.kind === 'noun' && [1, 2, 3].some((d) => INDEFINITE.has(view.words[trigger.phraseStart - d] ?? '')),
        lemma: event.trigger.text.toLowerCase(),
        planned: isPlanned(view, trigger),
      });
    });
    inheritFromCause(inSentence);
    const attack = inSentence.find((e) => ATTACKS.has(e.event.type));
    if (attack && tollActors && !attack.event.actors.length) attack.event.actors = tollActors;
  });
  return mentions;
}

/** "X is intensifying its operations, and is trying to advance": the second verb shares the first one's subject. */
function sharesSubject(view: SentenceView, first: Trigger, second: Trigger): boolean {
  let and = -1;
  for (let k = first.phraseEnd; k < second.phraseStart; k++) {
    const w = view.words[k]!;
    if (w === 'and') and = k;
    if (w === 'while' || w === 'but' || w === 'as' || w === 'that' || w === 'which' || w === 'who') return false;
  }
  if (and < 0) return false;
  // A name between "and" and the second verb is a subject of its own.
  for (let k = and + 1; k < second.phraseStart; k++) if (view.mentionAt[k]! >= 0) return false;
  return true;
}

/** A killing caused by an attack in the same sentence ("an air strike killed X") takes its actors and place. */
function inheritFromCause(events: { trigger: Trigger; event: ExtractedEvent }[]): void {
  const attack = events.find((e) => ATTACKS.has(e.event.type));
  if (!attack) return;
  for (const { event } of events) {
    if (event.type !== 'killing') continue;
    if (!event.actors.length) event.actors = attack.event.actors;
    event.location ??= attack.event.location;
  }
}

/** Named victims, counting a name split into two adjacent mentions once. */
function countPeople(text: string, people: EntityMention[]): number {
  const sorted = [...people].sort((a, b) => a.start - b.start);
  let count = 0;
  sorted.forEach((m, i) => {
    const prev = sorted[i - 1];
    if (!prev || text.slice(prev.end, m.start).trim() !== '') count++;
  });
  return count;
}

function isTollVerb(view: SentenceView, trigger: Trigger): boolean {
  return trigger.type === 'killing' && PLAIN_KILL.has(view.words[trigger.start]!);
}

function spanOf(view: SentenceView, trigger: Trigger): Span {
  return { start: view.tokens[trigger.start]!.start, end: view.tokens[trigger.end - 1]!.end };
}

function unique(ids: string[]): string[] {
  return [...new Set(ids)];
}

/** Binary search over spans sorted by start (they may nest, so check a few before). */
function insideAny(span: Span, spans: readonly Span[]): boolean {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.start <= span.start) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo - 1; k >= 0 && lo - k <= 8; k--) if (spans[k]!.start <= span.start && span.end <= spans[k]!.end) return true;
  return false;
}
