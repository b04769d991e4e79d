// Events of one article: triggers from the lexicon, their arguments from the clause, the
// sentence's date and death toll, the certainty of the wording, then one event per
// real-world occurrence. Pure: the entity mentions (with ids and date values) come in.

import type { Certainty, EntityMention, EventType, ExtractedEvent, Sentence, Span } from '../types.js';
import { attributedTokens, interviewAnswers } from './attribution.js';
import { findArguments } from './arguments.js';
import { findKilled } from './casualties.js';
import { triggerCertainty, weaker } from './certainty.js';
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
// A previous event's actor stands in for a pronoun subject only this many sentences later.
const PRONOUN_REACH = 3;

export function findEvents(input: EventInput): ExtractedEvent[] {
  const { text, sentences, entities } = input;
  const states = new StateActors(entities);
  const attributedSpans = [...(input.attributed ?? []), ...interviewAnswers(text)].sort((a, b) => a.start - b.start);
  const mentions: EventMention[] = [];
  let lastActors: { ids: string[]; sentence: number } | null = null;
  let entityCursor = 0;
  sentences.forEach((sentence, sentenceIndex) => {
    entityCursor = firstEntityFrom(entities, sentence.start, entityCursor);
    const view = viewSentence(sentence, entities, entityCursor);
    const triggers = findTriggers(view).filter((t) => !HABITUAL.has(view.words[t.phraseStart - 1] ?? ''));
    if (!triggers.length) return;
    const triggerTokens = new Set(triggers.flatMap((t) => range(t.start, t.end)));
    const attributed = attributedTokens(view, triggerTokens);
    const killed = findKilled(view);
    const sentenceHasAttack = triggers.some((t) => ATTACKS.has(t.type));
    let tollGiven = false;
    for (const trigger of triggers) {
      const args = findArguments(view, trigger);
      const isPlainKill = trigger.type === 'killing' && PLAIN_KILL.has(view.words[trigger.start]!);
      const namedVictims = args.targets.filter((m) => m.type === 'PERSON');
      if (isPlainKill && !namedVictims.length && (sentenceHasAttack || killed === null)) continue;
      let actors = args.actors.map((m) => states.participantId(m));
      if (!actors.length && args.pronounSubject && lastActors && sentenceIndex - lastActors.sentence <= PRONOUN_REACH) actors = lastActors.ids;
      if (args.actors.length) lastActors = { ids: actors, sentence: sentenceIndex };
      let eventKilled: number | null = null;
      if ((ATTACKS.has(trigger.type) || trigger.type === 'killing') && killed !== null && !tollGiven) {
        eventKilled = killed;
        tollGiven = true;
      } else if (trigger.type === 'killing' && namedVictims.length) eventKilled = new Set(namedVictims.map((m) => m.id)).size;
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
      mentions.push({
        event,
        generic: trigger.generic,
        definite: trigger.kind === 'noun' && DEFINITE.has(view.words[trigger.phraseStart - 1] ?? ''),
        lemma: event.trigger.text.toLowerCase(),
      });
    }
  });
  return mergeCoreferent(mentions);
}

function spanOf(view: SentenceView, trigger: Trigger): Span {
  return { start: view.tokens[trigger.start]!.start, end: view.tokens[trigger.end - 1]!.end };
}

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let i = from; i < to; i++) out.push(i);
  return out;
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
