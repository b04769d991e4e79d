// Actors, targets and place of one trigger, read from the entity mentions of its clause:
// "by X" and the subject before a verb are actors, the object and "on/against X" are
// targets, "in/near X" is the place. Roles depend on the event type (the addressee of a
// warning or a report is its target; the destination of a relocation is its place).

import type { EntityMention } from '../types.js';
import type { Trigger } from './find-triggers.js';
import { mentionEndToken, mentionStartToken, type SentenceView } from './sentence-view.js';
import { isCountryName } from './state-actors.js';

export interface Arguments {
  actors: EntityMention[];
  targets: EntityMention[];
  location: EntityMention | null;
  /** No actor was found but the clause's subject is a pronoun ("they", "its"): the caller may resolve it. */
  pronounSubject: 'person' | 'group' | null;
  /** The name before the pronoun in the same sentence that it most likely stands for ("the Pentagon said it had …"). */
  pronounAntecedent: EntityMention | null;
}

/** A mention near the trigger, with the preposition that introduces it (if any). */
interface Candidate {
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
const CLAUSE_END = set(';|:|that|which|who|whom|whose|where|while|although|though|but|because|whether|if|unless|?|!|—|–|(|)');
const BE = set('was|were|been|being|be|is|are|got|get');
const STATE_FORCES = set('troops|forces|soldiers|army|navy|jets|warplanes|aircraft|planes|bombers|drones|warships|police|militants|fighters|officials|authorities|security|government|military|special|intelligence|rebels|gunmen|artillery|tanks|commandos|marines|paratroopers|helicopters');
// Adjectives that may stand between a name and the event noun it modifies ("ISIS's latest attack").
const NOUN_MODIFIERS = set('new|latest|recent|first|second|third|last|planned|alleged|deadly|failed|major|massive|suspected|apparent|reported|joint|military|ground|aerial|naval|suicide|terrorist|terror|large|small|heavy|brutal|coordinated|twin|double|fresh|renewed|possible|potential|future|foiled|secret|covert|nuclear|cyber|bloody|latest|ongoing|air|missile|drone|rocket|bombing|intelligence|security|peace');
const PLACE_NOUNS = set('town|city|village|province|region|district|area|outskirts|suburbs|suburb|capital|port|governorate');
const GROUP_PRONOUNS = set('they|it|its|their|them');
const PERSON_PRONOUNS = set('he|she|his|her|him');
// Verbs through which the subject of a clause is the agent of the event noun it governs:
// "X held a meeting", "X carried out an attack", "X is intensifying its car-bomb operations".
const LIGHT_VERBS = set('held|hold|holds|holding|made|make|makes|making|did|do|does|doing|carried|carry|carries|carrying|launched|launch|launches|launching|conducted|conduct|conducts|conducting|staged|stage|stages|staging|mounted|mount|mounts|mounting|began|begin|begins|beginning|started|start|starts|starting|continued|continue|continues|continuing|intensified|intensify|intensifies|intensifying|stepped|stepping|escalated|escalating|resumed|resuming|issued|issue|issues|issuing|published|publish|publishes|released|release|releases|ordered|order|orders|announced|announce|announces|claimed|claim|claims|wrote|writes|prepared|compiled|organised|organized|hosted|host|hosts|attended|attend|attends|joined|join|led|lead|leads|committed|commit|perpetrated|executed|unleashed|waged|wage|wages|waging|imposed|impose|imposes|declared|declare|sent|delivered|gave|give|gives|presented|submitted|produced|chaired|convened|planned|plan|plans|planning|plotted');

const LOCATIVE = set('in|near|at|outside|around|across|inside|over|throughout|within|along|on|onto|into|between|among');
const DESTINATION = set('to|into|toward|towards');
const AGENT_TYPES = set('PERSON|ORG|GPE|NORP');
const PLACE_TYPES = set('GPE|LOC');
const ATTACKS = set('airstrike|bombing|armed_attack|plane_crash|killing');
const ADDRESSED = set('warning|threat|meeting|intelligence_report');
const RECEIVE = set('received|receive|receives|receiving|got|get|obtained|given');

const MAX_BACK = 14;
const MAX_FORWARD = 16;
const ADDRESSEE_REACH = 24;
// Going forward, a closing quotation mark also ends the clause ("… advance there,” al-Saleh says).
const FORWARD_END = set('”|"');

/** `forwardLimit`: the token where the next trigger starts (its arguments are its own). */
export function findArguments(view: SentenceView, trigger: Trigger, forwardLimit = view.tokens.length): Arguments {
  const before = candidatesBefore(view, trigger.phraseStart);
  const after = candidatesAfter(view, trigger.phraseEnd, forwardLimit);
  const type = trigger.type;
  // "was killed", "were brought": a participle after a form of "be" (not "are moving").
  const passive = trigger.kind === 'verb' && !/ing$/.test(view.words[trigger.phraseStart]!) && precededBy(view, trigger.phraseStart, BE, 2);

  const actors: EntityMention[] = [];
  const targets: EntityMention[] = [];
  let location: EntityMention | null = null;

  // Agents: "by X"; a modifier or possessive before a noun ("Russian airstrikes", "the US's cyber-war");
  // "meeting of X"; "report from X"; otherwise the subject.
  const byAgent = after.find((c) => c.prep === 'by' && isAgent(c.mention) && c.start - trigger.phraseEnd <= 5);
  if (byAgent) actors.push(...coordinated(view, after, byAgent));
  const modifier = trigger.kind === 'noun' ? modifierBefore(view, before, trigger.phraseStart) : null;
  if (!actors.length && modifier && isAgent(modifier.mention) && !(modifier.mention.type === 'GPE' && !isCountryName(modifier.mention.text) && !modifier.possessive)) {
    actors.push(modifier.mention);
  }
  if (!actors.length && trigger.kind === 'noun' && (type === 'meeting' || type === 'desertion')) {
    const of = after.find((c) => c.prep === 'of' && isAgent(c.mention));
    if (of) actors.push(...coordinated(view, after, of));
  }
  if (!actors.length && type === 'intelligence_report' && trigger.kind === 'noun') {
    const from = after.find((c) => c.prep === 'from' && isAgent(c.mention));
    if (from) actors.push(from.mention);
  }
  // "ISIS to storm", "urged its fighters to attack": the name before an infinitive is its agent.
  const infinitiveAgent = trigger.kind === 'verb' && view.words[trigger.phraseStart - 1] === 'to'
    ? before.find((c) => isAgent(c.mention) && c.prep !== 'by' && trigger.phraseStart - 1 - c.end <= 1) : undefined;
  const clauseSubject = before.find((c) => isSubject(view, c) && !isModifierOfTrigger(c, modifier));
  // The subject of a clause is the agent of an event noun only through a light verb ("held a meeting").
  const subject = infinitiveAgent ?? (clauseSubject && (trigger.kind === 'verb' || verbBetween(view, clauseSubject.end, trigger.phraseStart, LIGHT_VERBS) || verbBetween(view, clauseSubject.end, trigger.phraseStart, RECEIVE)) ? clauseSubject : undefined);
  // "Putin received a report": the receiver of a report is its addressee.
  const subjectReceives = type === 'intelligence_report' && trigger.kind === 'noun' && subject !== undefined && verbBetween(view, subject.end, trigger.phraseStart, RECEIVE);
  if (subject && (passive || subjectReceives)) targets.push(...coordinatedBefore(view, before, subject));
  else if (!actors.length && subject) actors.push(...coordinatedBefore(view, before, subject));

  // Targets: "on/against X"; the object of an active verb; the addressee of speech-like events.
  if (ATTACKS.has(type) || type === 'arrest' || type === 'trial' || type === 'recruitment') {
    const against = after.find((c) => (c.prep === 'against' || (c.prep === 'on' && !PLACE_TYPES.has(c.mention.type))) && isParticipant(c.mention));
    if (against) targets.push(...coordinated(view, after, against));
    if (!targets.length && trigger.kind === 'verb' && !passive) {
      const object = directObject(after, trigger.phraseEnd, type === 'killing');
      if (object) targets.push(...coordinated(view, after, object));
    }
  } else if (ADDRESSED.has(type)) {
    // The addressee may come after a long object ("shared intelligence about … with X"), past later trigger words.
    const addressee = candidatesAfter(view, trigger.phraseEnd, view.tokens.length, ADDRESSEE_REACH)
      .find((c) => (c.prep === 'with' || c.prep === 'to') && isAgent(c.mention) && !(type === 'meeting' && trigger.kind === 'noun' && c.prep === 'to'));
    if (addressee) targets.push(...coordinated(view, after, addressee));
    const topic = type === 'meeting' ? undefined : after.find((c) => (c.prep === 'about' || c.prep === 'on' || (c.prep === 'from' && type === 'intelligence_report' && trigger.kind === 'verb')) && isAgent(c.mention));
    if (!targets.length && topic) targets.push(topic.mention);
    if (!targets.length && trigger.kind === 'verb' && type !== 'intelligence_report') {
      const object = directObject(after, trigger.phraseEnd, false);
      if (object && isAgent(object.mention)) targets.push(object.mention);
    }
  } else if (type === 'desertion') {
    const from = after.find((c) => c.prep === 'from' && isAgent(c.mention));
    if (from) targets.push(from.mention);
  } else if (type === 'relocation' && trigger.kind === 'verb') {
    const person = after.find((c) => c.mention.type === 'PERSON' && (c.prep === null || c.prep === 'including'));
    if (person) targets.push(person.mention);
  }

  // Place: the destination of a relocation; otherwise "in/near/at X", a place object of an
  // attack verb ("stormed Mosul"), or a place modifying the trigger noun ("the Raqqa raid").
  const places = after.filter((c) => PLACE_TYPES.has(c.mention.type));
  if (type === 'relocation') {
    // The destination may lie past a later trigger word ("brought its officer in charge of car bombs to Deir ez-Zor").
    location = candidatesAfter(view, trigger.phraseEnd, view.tokens.length).find((c) => PLACE_TYPES.has(c.mention.type) && c.prep !== null && DESTINATION.has(c.prep))?.mention ?? null;
  }
  location ??= places.find((c) => c.prep !== null && LOCATIVE.has(c.prep))?.mention ?? null;
  location ??= before.find((c) => PLACE_TYPES.has(c.mention.type) && c.prep !== null && LOCATIVE.has(c.prep))?.mention ?? null;
  location ??= placeBeforeWhere(view, trigger.phraseStart);
  if (!location) location = targets.find((m) => PLACE_TYPES.has(m.type)) ?? null;
  if (!location && modifier && PLACE_TYPES.has(modifier.mention.type) && !actors.includes(modifier.mention)) location = modifier.mention;

  const pronoun = actors.length === 0 && !passive ? pronounBefore(view, trigger.phraseStart, before) : null;
  return {
    actors: unique(actors),
    targets: unique(targets.filter((m) => !actors.includes(m))),
    location,
    pronounSubject: pronoun?.kind ?? null,
    pronounAntecedent: pronoun ? antecedentInSentence(view, pronoun.index, pronoun.kind) : null,
  };
}

/**
 * A name that can be the subject of the clause: no preposition before it, and not a
 * nationality adjective before a noun ("the Russian strikes"); a name before "having"
 * is the subject of that gerund ("points to the Russians having obtained …").
 */
function isSubject(view: SentenceView, c: Candidate): boolean {
  if (!isAgent(c.mention)) return false;
  const next = view.words[c.end] ?? '';
  if (/^[a-z]+ing$/.test(next) && c.prep !== "'s") return true;
  // "Hundreds of Islamic State fighters have defected": the "of" belongs to the quantity.
  if (c.prep === 'of' && STATE_FORCES.has(next)) return true;
  if (c.prep !== null) return false;
  // A singular nationality word before a lower-case word is an adjective ("the Russian strikes"), except
  // before the forces of its state ("Iraqi troops advanced"); "the Russians have" is a subject.
  if (c.mention.type !== 'NORP' || /s$/.test(c.mention.text)) return true;
  const after = view.tokens[c.end]?.text ?? '';
  return !/^[a-z]/.test(after) || STATE_FORCES.has(after);
}

function isAgent(m: EntityMention): boolean {
  return AGENT_TYPES.has(m.type);
}

function isParticipant(m: EntityMention): boolean {
  return AGENT_TYPES.has(m.type) || m.type === 'FAC' || m.type === 'LOC';
}

function unique(mentions: EntityMention[]): EntityMention[] {
  const seen = new Set<string>();
  return mentions.filter((m) => !seen.has(m.id) && Boolean(seen.add(m.id)));
}

/** The preposition governing the name that starts at token `start`, skipping determiners and place words. */
function prepositionBefore(view: SentenceView, start: number): string | null {
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
function candidatesBefore(view: SentenceView, triggerStart: number): Candidate[] {
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
function candidatesAfter(view: SentenceView, triggerEnd: number, limit: number, reach = MAX_FORWARD): Candidate[] {
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

/** A name right before a trigger noun, possibly with a possessive or one adjective between. */
function modifierBefore(view: SentenceView, before: Candidate[], triggerStart: number): (Candidate & { possessive: boolean }) | null {
  const nearest = before[0];
  if (!nearest) return null;
  const gap = view.words.slice(nearest.end, triggerStart);
  const possessive = gap[0] === "'s" || gap[0] === "'";
  const rest = possessive ? gap.slice(1) : gap;
  if (rest.length > 1 || (rest.length === 1 && !NOUN_MODIFIERS.has(rest[0]!))) return null;
  return { ...nearest, possessive };
}

function isModifierOfTrigger(c: Candidate, modifier: Candidate | null): boolean {
  return modifier !== null && c.mention === modifier.mention && c.start === modifier.start;
}

/** The first name after an active verb with no preposition before it (its object). */
function directObject(after: Candidate[], triggerEnd: number, personFirst: boolean): Candidate | null {
  const objects = after.filter((c) => c.prep === null && isParticipant(c.mention) && c.start - triggerEnd <= 6);
  if (personFirst) return objects.find((c) => c.mention.type === 'PERSON') ?? objects[0] ?? null;
  return objects[0] ?? null;
}

/** The mention and any joined to it by "and" or "," right after ("Putin and Shoigu"). */
function coordinated(view: SentenceView, after: Candidate[], first: Candidate): EntityMention[] {
  const out = [first.mention];
  let last = first;
  for (const c of after) {
    if (c.start < last.end) continue;
    const gap = view.words.slice(last.end, c.start);
    if (!(gap.length === 0 || (gap.length === 1 && (gap[0] === 'and' || gap[0] === ','))) || c.mention.type !== first.mention.type) break;
    out.push(c.mention);
    last = c;
  }
  return out;
}

/** The subject and names joined to it before ("Putin and Shoigu met"). */
function coordinatedBefore(view: SentenceView, before: Candidate[], subject: Candidate): EntityMention[] {
  const out = [subject.mention];
  let first = subject;
  for (const c of before) {
    if (c.end > first.start) continue;
    const gap = view.words.slice(c.end, first.start);
    if (!(gap.length === 1 && (gap[0] === 'and' || gap[0] === ',')) || c.mention.type !== subject.mention.type) break;
    out.push(c.mention);
    first = c;
  }
  return out;
}

function precededBy(view: SentenceView, index: number, words: ReadonlySet<string>, within: number): boolean {
  for (let k = index - 1; k >= 0 && index - k <= within; k--) {
    const w = view.words[k]!;
    if (words.has(w)) return true;
    if (!/^[a-z]+ly$|^not$|^also$|^reportedly$/.test(w)) return false;
  }
  return false;
}

function verbBetween(view: SentenceView, from: number, to: number, verbs: ReadonlySet<string>): boolean {
  for (let k = from; k < to; k++) if (verbs.has(view.words[k]!)) return true;
  return false;
}

/** A pronoun subject or possessive in the clause before the trigger, with no name after it. */
function pronounBefore(view: SentenceView, triggerStart: number, before: Candidate[]): { kind: 'person' | 'group'; index: number } | null {
  const limit = before[0]?.end ?? -1;
  for (let k = triggerStart - 1; k >= 0 && k >= limit && triggerStart - k <= MAX_BACK; k--) {
    const w = view.words[k]!;
    if (view.mentionAt[k]! < 0 && GROUP_PRONOUNS.has(w)) return { kind: 'group', index: k };
    if (view.mentionAt[k]! < 0 && PERSON_PRONOUNS.has(w)) return { kind: 'person', index: k };
    if (CLAUSE_END.has(w)) return null;
  }
  return null;
}

/** The nearest subject-like name of the pronoun's kind before it in the sentence. */
function antecedentInSentence(view: SentenceView, pronounIndex: number, kind: 'person' | 'group'): EntityMention | null {
  for (let k = pronounIndex - 1; k >= 0; k--) {
    const m = view.mentionAt[k]!;
    if (m < 0) continue;
    const start = mentionStartToken(view, k);
    const mention = view.mentions[m]!;
    const fits = kind === 'person' ? mention.type === 'PERSON' : mention.type === 'ORG' || mention.type === 'GPE' || (mention.type === 'NORP' && /s$/.test(mention.text));
    if (fits && prepositionBefore(view, start) === null) return mention;
    k = start;
  }
  return null;
}

/** "the buildings in Raqqa where the meeting took place": the place a "where" clause hangs from. */
function placeBeforeWhere(view: SentenceView, triggerStart: number): EntityMention | null {
  for (let k = triggerStart - 1; k >= 1 && triggerStart - k <= 6; k--) {
    if (view.words[k] !== 'where') continue;
    const m = view.mentionAt[k - 1]!;
    return m >= 0 && PLACE_TYPES.has(view.mentions[m]!.type) ? view.mentions[m]! : null;
  }
  return null;
}
