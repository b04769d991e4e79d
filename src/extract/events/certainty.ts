// How sure the wording of one trigger is. Strongest reading wins: hypothetical (planned,
// foiled, threatened, conditional) > denied > hedged (may, possibly, supposedly, a yes/no
// question) > reported (through a source) > asserted.

import type { Certainty } from '../types.js';
import type { Trigger } from './find-triggers.js';
import type { SentenceView } from './sentence-view.js';

const set = (list: string): ReadonlySet<string> => new Set(list.split('|'));

// Cues that reach across the clause before the trigger.
const IRREALIS = set("would|will|'ll|shall|if|unless|foiled|thwarted|prevented|averted|disrupted");
// Plan words count when they govern the trigger: "plans to attack", "a planned attack", "a possible strike".
const PLAN_WORDS = set('plan|plans|planned|planning|plot|plots|plotted|plotting|intend|intends|intended|intention|aim|aims|aimed|prepare|prepares|preparing|prepared|threaten|threatens|threatened|vow|vows|vowed|wants|want|wanted|seeks|seeking|sought|potential|possible|future|attempt|attempts');
const PREVENTED = set('prevented|foiled|thwarted|averted|disrupted|stopped');
const COUNTERFACTUAL = set('could|would|should|might|failed|fail|not');
// "urged its followers to carry out attacks": what someone is told to do has not happened.
const DIRECTIVES = set('urged|urge|urges|urging|called|calls|calling|asked|asks|asking|ordered|orders|encouraged|encourages|instructed|told|tells|directed|incited|incites');
const HYPOTHETICAL_AFTER = set('foiled|thwarted|prevented|averted|disrupted|planned');
const NEGATION = set("not|never|n't|no");
const DENIAL_VERBS = set('denied|denies|deny|denying|rejected|rejects|dismissed|dismisses');
// Modal verbs, adverbs and verbs of inference hedge the clause; hedging adjectives only the noun they modify.
const HEDGE_WORDS = set('believe|believes|think|thinks|assume|assumes|might|may|could|must|possibly|apparently|supposedly|allegedly|likely|probably|perhaps|presumably|suggests|suggest|suggested|suggesting|indicates|indicate|points|whether|seems|seem|seemed|appears|appear|appeared|unclear|believed|unconfirmed|rumoured|rumored');
const HEDGE_ADJECTIVES = set('alleged|apparent|suspected|presumed|purported|reported');
const PLAN_TRIGGER = set('plot|plots|plotted|plotting');
const AUXILIARY_OPENERS = set('are|is|was|were|did|do|does|has|have|had|can|could|will|would');
const SCOPE_END = set(';|.|:');
const CLAUSE_OPENERS = set('that|which|who|because|although|though|while|whether|but|when|where|since|as|if|unless');

const WINDOW = 10;

export function triggerCertainty(view: SentenceView, trigger: Trigger, attributed: boolean): Certainty {
  const { words } = view;
  const before = windowBefore(words, trigger.phraseStart);
  const near = before.slice(-2);
  const triggerWords = words.slice(trigger.start, trigger.end);
  const plans = before.some((w, i) => (PLAN_WORDS.has(w) && (before[i + 1] === 'to' || i >= before.length - 2))
    || (DIRECTIVES.has(w) && before.indexOf('to', i + 1) > i));
  if (triggerWords.some((w) => PLAN_TRIGGER.has(w)) || plans || before.some((w) => IRREALIS.has(w))) return 'hypothetical';
  if (words.slice(trigger.phraseEnd, trigger.phraseEnd + 3).some((w) => HYPOTHETICAL_AFTER.has(w))) return 'hypothetical';
  // "X denied that …", "it is believed that …": the verb that governs the clause the trigger opens.
  const governing = before[0] === 'that' ? words.slice(Math.max(0, trigger.phraseStart - before.length - 3), trigger.phraseStart - before.length) : [];
  if ((trigger.kind === 'verb' && before.slice(-3).some((w) => NEGATION.has(w))) || before.some((w) => DENIAL_VERBS.has(w)) || governing.some((w) => DENIAL_VERBS.has(w))) return 'denied';
  if (before.some((w) => HEDGE_WORDS.has(w)) || near.some((w) => HEDGE_ADJECTIVES.has(w)) || yesNoQuestion(words) || governing.some((w) => HEDGE_WORDS.has(w))) return 'hedged';
  if (attributed) return 'reported';
  return 'asserted';
}

/** The words before the trigger back to the start of its clause (the opening word included). */
/**
 * The event itself is planned or prevented ("the planned attack", "a plot", "the attack was
 * foiled"), not just spoken of in a modal clause: this holds for every mention of the event.
 */
export function isPlanned(view: SentenceView, trigger: Trigger): boolean {
  const { words } = view;
  if (words.slice(trigger.start, trigger.end).some((w) => PLAN_TRIGGER.has(w))) return true;
  const near = words.slice(Math.max(0, trigger.phraseStart - 2), trigger.phraseStart);
  if (near.some((w) => PLAN_WORDS.has(w))) return true;
  // "prevented an ISIS attack", "foiled a bomb plot"
  // ("could have prevented the attack" says it was not prevented)
  for (let k = trigger.phraseStart - 1; k >= 0 && trigger.phraseStart - k <= 4; k--) {
    if (PREVENTED.has(words[k]!)) return !words.slice(Math.max(0, k - 2), k).some((w) => COUNTERFACTUAL.has(w));
  }
  return words.slice(trigger.phraseEnd, trigger.phraseEnd + 3).some((w) => HYPOTHETICAL_AFTER.has(w));
}

function windowBefore(words: string[], index: number): string[] {
  const out: string[] = [];
  for (let k = index - 1; k >= 0 && index - k <= WINDOW; k--) {
    if (SCOPE_END.has(words[k]!)) break;
    out.unshift(words[k]!);
    if (CLAUSE_OPENERS.has(words[k]!)) break;
  }
  return out;
}

/** "Are reports that X happened?" questions the claim; a wh-question presupposes it. */
function yesNoQuestion(words: string[]): boolean {
  if (words[words.length - 1] !== '?') return false;
  let first = 0;
  if ((words[0] === 'q' || words[0] === 'question') && words[1] === ':') first = 2;
  return AUXILIARY_OPENERS.has(words[first] ?? '');
}

const RANK: Record<Certainty, number> = { asserted: 0, reported: 1, hedged: 2, denied: 3, hypothetical: 4 };

/** The less certain of two readings. */
export function weaker(a: Certainty, b: Certainty): Certainty {
  return RANK[a] >= RANK[b] ? a : b;
}
