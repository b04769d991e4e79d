// Actors, targets and place of one trigger, read from the entity mentions of its clause:
// "by X" and the subject before a verb are actors, the object and "on/against X" are
// targets, "in/near X" is the place. Roles depend on the event type (the addressee of a
// warning or a report is its target; the destination of a relocation is its place).

import type { EntityMention } from '../types.js';
import type { Trigger } from './find-triggers.js';
import { CLAUSE_END, MAX_BACK, candidatesAfter, candidatesBefore, prepositionBefore, type Candidate } from './clause-candidates.js';
import { mentionStartToken, type SentenceView } from './sentence-view.js';
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

const set = (list: string): ReadonlySet<string> => new Set(list.split('|'));

const BE = set('was|were|been|being|be|is|are|got|get');
const STATE_FORCES = set('air|naval|armed|border|national|troops|forces|soldiers|army|navy|jets|warplanes|aircraft|planes|bombers|drones|warships|police|militants|fighters|officials|authorities|security|government|military|special|intelligence|rebels|gunmen|artillery|tanks|commandos|marines|paratroopers|helicopters');
// Adjectives that may stand between a name and the event noun it modifies ("ISIS's latest attack").
const NOUN_MODIFIERS = set('new|latest|recent|first|second|third|last|planned|alleged|deadly|failed|major|massive|suspected|apparent|reported|joint|military|ground|aerial|naval|suicide|terrorist|terror|large|small|heavy|brutal|coordinated|twin|double|fresh|renewed|possible|potential|future|foiled|secret|covert|nuclear|cyber|bloody|latest|ongoing|air|missile|drone|rocket|bombing|intelligence|security|peace');
const GROUP_PRONOUNS = set('they|it|its|their|them');
const PERSON_PRONOUNS = set('he|she|his|her|him');
const POSSESSIVES = set('its|their|his|her');
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

const ADDRESSEE_REACH = 24;

/** What the role rules look at for one trigger. */
interface Clause {
  view: SentenceView;
  trigger: Trigger;
  /** Names before the trigger (nearest first) and after it (up to the next trigger). */
  before: Candidate[];
  after: Candidate[];
  /** "was killed", "were brought": a participle after a form of "be" (not "are moving"). */
  passive: boolean;
  /** A name modifying a trigger noun: "Russian airstrikes", "the US's cyber-war", "the Raqqa raid". */
  modifier: (Candidate & { possessive: boolean }) | null;
  /** The subject of the clause, when it is the event's agent (or, passive, its patient). */
  subject: Candidate | undefined;
}

/** `forwardLimit`: the token where the next trigger starts (its arguments are its own). */
export function findArguments(view: SentenceView, trigger: Trigger, forwardLimit = view.tokens.length): Arguments {
  const before = candidatesBefore(view, trigger.phraseStart);
  const passive = trigger.kind === 'verb' && !/ing$/.test(view.words[trigger.phraseStart]!) && precededBy(view, trigger.phraseStart, BE, 2);
  const modifier = trigger.kind === 'noun' ? modifierBefore(view, before, trigger.phraseStart) : null;
  const clause: Clause = {
    view, trigger, before, after: candidatesAfter(view, trigger.phraseEnd, forwardLimit), passive, modifier,
    subject: subjectOf(view, trigger, before, modifier),
  };
  const { actors, patients } = agentsOf(clause);
  const targets = [...patients, ...targetsOf(clause)];
  const location = placeOf(clause, actors, targets);
  const pronoun = actors.length === 0 && !passive ? pronounBefore(view, trigger, before) : null;
  return {
    actors: unique(actors),
    targets: unique(targets.filter((m) => !actors.includes(m))),
    location,
    pronounSubject: pronoun?.kind ?? null,
    pronounAntecedent: pronoun ? antecedentInSentence(view, pronoun.index, pronoun.kind) : null,
  };
}

/**
 * The clause subject that takes part in the event: the agent of a verb, or of an event noun
 * through a light verb ("X held a meeting"); the name before an infinitive ("ISIS to storm").
 */
function subjectOf(view: SentenceView, trigger: Trigger, before: Candidate[], modifier: Candidate | null): Candidate | undefined {
  if (trigger.kind === 'verb' && view.words[trigger.phraseStart - 1] === 'to') {
    const infinitiveAgent = before.find((c) => isAgent(c.mention) && c.prep !== 'by' && trigger.phraseStart - 1 - c.end <= 1);
    if (infinitiveAgent) return infinitiveAgent;
  }
  const subject = before.find((c) => isSubject(view, c) && !isModifierOfTrigger(c, modifier));
  if (!subject || trigger.kind === 'verb') return subject;
  const governs = verbBetween(view, subject.end, trigger.phraseStart, LIGHT_VERBS) || verbBetween(view, subject.end, trigger.phraseStart, RECEIVE);
  return governs ? subject : undefined;
}

/**
 * Agents: "by X"; a name modifying the trigger noun; "meeting of X"; "report from X";
 * otherwise the subject. A passive subject, and the receiver of a report, are patients.
 */
function agentsOf({ view, trigger, before, after, passive, modifier, subject }: Clause): { actors: EntityMention[]; patients: EntityMention[] } {
  const type = trigger.type;
  const byAgent = after.find((c) => c.prep === 'by' && isAgent(c.mention) && c.start - trigger.phraseEnd <= 5);
  let actors: EntityMention[] = byAgent ? coordinated(view, after, byAgent) : [];
  // A city before an event noun is its place ("the Raqqa raid"); a country or group its agent.
  if (!actors.length && modifier && isAgent(modifier.mention) && !(modifier.mention.type === 'GPE' && !isCountryName(modifier.mention.text) && !modifier.possessive)) {
    actors = [modifier.mention];
  }
  if (!actors.length && trigger.kind === 'noun' && (type === 'meeting' || type === 'desertion')) {
    const of = after.find((c) => c.prep === 'of' && isAgent(c.mention));
    if (of) actors = coordinated(view, after, of);
  }
  if (!actors.length && type === 'intelligence_report' && trigger.kind === 'noun') {
    const from = after.find((c) => c.prep === 'from' && isAgent(c.mention));
    if (from) actors = [from.mention];
  }
  if (!subject) return { actors, patients: [] };
  // "Putin received a report": the receiver of a report is its addressee.
  const receives = type === 'intelligence_report' && trigger.kind === 'noun' && verbBetween(view, subject.end, trigger.phraseStart, RECEIVE);
  if (passive || receives) return { actors, patients: coordinatedBefore(view, before, subject) };
  return { actors: actors.length ? actors : coordinatedBefore(view, before, subject), patients: [] };
}

/** Targets: "on/against X" and the object of an attack verb; the addressee of speech-like events. */
function targetsOf({ view, trigger, after, passive }: Clause): EntityMention[] {
  const type = trigger.type;
  if (ATTACKS.has(type) || type === 'arrest' || type === 'trial' || type === 'recruitment') {
    const against = after.find((c) => (c.prep === 'against' || (c.prep === 'on' && !PLACE_TYPES.has(c.mention.type))) && isParticipant(c.mention));
    if (against) return coordinated(view, after, against);
    // "the bombing of the embassy", "the killing of Nemtsov"
    const of = trigger.kind === 'noun' ? ofComplement(after, trigger) : null;
    if (of && !PLACE_TYPES.has(of.mention.type)) return [of.mention];
    const object = trigger.kind === 'verb' && !passive ? directObject(after, trigger.phraseEnd, type === 'killing') : null;
    return object ? coordinated(view, after, object) : [];
  }
  if (ADDRESSED.has(type)) {
    // The addressee may come after a long object ("shared intelligence about … with X"), past later trigger words.
    const addressee = candidatesAfter(view, trigger.phraseEnd, view.tokens.length, ADDRESSEE_REACH)
      .find((c) => (c.prep === 'with' || c.prep === 'to') && isAgent(c.mention) && !(type === 'meeting' && trigger.kind === 'noun' && c.prep === 'to'));
    if (addressee) return coordinated(view, after, addressee);
    const topic = type === 'meeting' ? undefined : after.find((c) => (c.prep === 'about' || c.prep === 'on' || (c.prep === 'from' && type === 'intelligence_report' && trigger.kind === 'verb')) && isAgent(c.mention));
    if (topic) return [topic.mention];
    const object = trigger.kind === 'verb' && type !== 'intelligence_report' ? directObject(after, trigger.phraseEnd, false) : null;
    return object && isAgent(object.mention) ? [object.mention] : [];
  }
  if (type === 'desertion') {
    const from = after.find((c) => c.prep === 'from' && isAgent(c.mention));
    return from ? [from.mention] : [];
  }
  if (type === 'relocation' && trigger.kind === 'verb') {
    const person = after.find((c) => c.mention.type === 'PERSON' && (c.prep === null || c.prep === 'including'));
    return person ? [person.mention] : [];
  }
  return [];
}

/**
 * Place: the destination of a relocation; otherwise "in/near/at X" after or before the
 * trigger, the place a "where" clause hangs from, a place object of an attack verb
 * ("stormed Mosul"), or a place modifying the trigger noun ("the Raqqa raid").
 */
function placeOf({ view, trigger, before, after, modifier }: Clause, actors: EntityMention[], targets: EntityMention[]): EntityMention | null {
  if (trigger.type === 'relocation') {
    // The destination may lie past a later trigger word ("brought its officer in charge of car bombs to Deir ez-Zor").
    const destination = candidatesAfter(view, trigger.phraseEnd, view.tokens.length)
      .find((c) => PLACE_TYPES.has(c.mention.type) && c.prep !== null && DESTINATION.has(c.prep));
    if (destination) return destination.mention;
  }
  // "talks on Syria", "a report on Iraq": for speech-like events "on" and "over" give the topic.
  const topical = ADDRESSED.has(trigger.type);
  const locative = (c: Candidate) => PLACE_TYPES.has(c.mention.type) && c.prep !== null && LOCATIVE.has(c.prep)
    && !(topical && (c.prep === 'on' || c.prep === 'over'));
  const of = trigger.kind === 'noun' && ATTACKS.has(trigger.type) ? ofComplement(after, trigger) : null;
  return after.find(locative)?.mention
    ?? (of && PLACE_TYPES.has(of.mention.type) ? of.mention : undefined)
    ?? before.find(locative)?.mention
    ?? placeBeforeWhere(view, trigger.phraseStart)
    ?? (ATTACKS.has(trigger.type) ? targets.find((m) => PLACE_TYPES.has(m.type)) : undefined)
    ?? (modifier && PLACE_TYPES.has(modifier.mention.type) && !actors.includes(modifier.mention) ? modifier.mention : null);
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

/**
 * A pronoun subject or possessive in the clause before the trigger, with no name after it.
 * For an event noun, only its possessive ("its attack") or the subject of a light verb
 * ("they made an announcement") stands for the agent.
 */
function pronounBefore(view: SentenceView, trigger: Trigger, before: Candidate[]): { kind: 'person' | 'group'; index: number } | null {
  const triggerStart = trigger.phraseStart;
  const limit = before[0]?.end ?? -1;
  for (let k = triggerStart - 1; k >= 0 && k >= limit && triggerStart - k <= MAX_BACK; k--) {
    const w = view.words[k]!;
    const kind = view.mentionAt[k]! >= 0 ? null : GROUP_PRONOUNS.has(w) ? 'group' : PERSON_PRONOUNS.has(w) ? 'person' : null;
    if (kind) {
      const governs = trigger.kind === 'verb' || (POSSESSIVES.has(w) && triggerStart - k <= 3) || verbBetween(view, k + 1, triggerStart, LIGHT_VERBS);
      return governs ? { kind, index: k } : null;
    }
    if (CLAUSE_END.has(w)) return null;
  }
  return null;
}

/** The first subject-like name of the pronoun's kind in the sentence before it (usually the sentence subject). */
function antecedentInSentence(view: SentenceView, pronounIndex: number, kind: 'person' | 'group'): EntityMention | null {
  for (let k = 0; k < pronounIndex; k++) {
    const m = view.mentionAt[k]!;
    if (m < 0) continue;
    const mention = view.mentions[m]!;
    const fits = kind === 'person' ? mention.type === 'PERSON' : mention.type === 'ORG' || mention.type === 'GPE' || (mention.type === 'NORP' && /s$/.test(mention.text));
    if (fits && mentionStartToken(view, k) === k && prepositionBefore(view, k) === null) return mention;
  }
  return null;
}

/** The name right after an event noun's "of" ("the bombing of Aleppo"). */
function ofComplement(after: Candidate[], trigger: Trigger): Candidate | null {
  const first = after[0];
  return first && first.prep === 'of' && first.start - trigger.phraseEnd <= 3 ? first : null;
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
