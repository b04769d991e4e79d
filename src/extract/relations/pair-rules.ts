// Patterns over the words between two mentions of one sentence, one table row per way
// English states a re3d relation. The first row that matches a pair wins.
import type { RelationType } from '../types.js';
import {
  isActor, isAmount, isGroup, isPerson, isPlace, isThing, isValue, type RelationMention,
} from './mention-classes.js';

export interface PairRule {
  /** Short name, for tests and debugging. */
  name: string;
  type: RelationType;
  left: (m: RelationMention) => boolean;
  right: (m: RelationMention) => boolean;
  /** Matched against the text between the two mentions, whitespace collapsed, ’ as '. */
  between: RegExp;
  /** Matched against the text right after the right mention, when given. */
  after?: RegExp;
  /** Whether the left mention is the relation's source (otherwise the right one is). */
  leftIsSource: boolean;
  /** Mentions that may stand between the two (by default none: the mentions are neighbours). */
  skip?: (m: RelationMention) => boolean;
  /** Whether mentions listed with either one ("A, B and C") share the relation. */
  spreadsOverLists: boolean;
  /** Gaps between list items besides plain coordination, for the right-hand list. */
  listGap?: RegExp;
  /** Rejects the pair when the words between start like this (the left mention is a listed object, not a subject). */
  notAfterLeft?: RegExp;
  /** The pair is not part of a longer list: no coordination before the left or after the right mention. */
  standsAlone?: boolean;
  /** The left mention must be able to be a subject: not inside "in/near/at/from … X". */
  leftIsSubject?: boolean;
  /** The rule applies only when the text before the left mention matches (up to 80 characters). */
  before?: RegExp;
  /** The rule does not apply when the text before the left mention matches (up to 80 characters). */
  notBefore?: RegExp;
  /** Extra test on the pair. */
  pair?: (left: RelationMention, right: RelationMention) => boolean;
}

// "Foreign Office Minister X" serves in the office; "Iraqi Prime Minister X" leads the country.
const LEADER = '(?:commander|commanding general|commandant|head|leader|chief|director(?: general)?|president|prime minister|premier|chairman|chairwoman|chair|secretary[- ]general|governor|emir|king|mayor|chief executive|ceo)';
const MEMBER = '(?:member|minister|secretary|spokes(?:man|woman|person)|officer|official|soldier|fighter|analyst|researcher|adviser|advisor|envoy|ambassador|representative|agent|operative|employee|staff(?:er)?|correspondent|reporter)';
/** Inside a relative clause that has not ended: "… which have conducted strikes in ". */
const RELATIVE_CLAUSE = /\b(?:which|who|that)\b[^,.;]*$/i;
const SPEECH = /\b(?:said|says|say|told|tells|according to|claimed|added|stated)\b/i;

const TITLE_WORD = new RegExp(`\\b${LEADER}\\b|\\b${MEMBER}\\b`, 'i');

/** A title or description rather than a name: lower-case words or a leading determiner. */
export function isDescription(m: RelationMention): boolean {
  if (/^(?:the|a|an|its|his|her|their|our)\s/i.test(m.text)) return true;
  if (TITLE_WORD.test(m.text)) return true;
  return m.text.split(/\s+/).some((w) => /^\p{Ll}{3,}/u.test(w) && !/^(?:of|the|and|for|al|bin|ibn|von|van|der|de|du|la|le)$/.test(w));
}

const notActor = (m: RelationMention): boolean => m.type !== 'PERSON' && m.type !== 'ORG' && m.type !== 'NORP';

export const PAIR_RULES: PairRule[] = [
  // is_the_same_as: "Syrian Democratic Forces (SDF)", "X, also known as Y", "Y, the commander, X"
  { name: 'same-parenthesis', type: 'is_the_same_as', left: isThing, right: isThing, between: /^\((?:also known as|aka|a\.k\.a\.|formerly)?\s?["“]?$/i, after: /^\s*["”]?\s*\)/, leftIsSource: true, spreadsOverLists: false },
  { name: 'same-aka', type: 'is_the_same_as', left: isThing, right: isThing, between: /^,? ?(?:also|otherwise|formerly|better)? ?(?:known|called|named)(?: (?:by its|by their) [\w ]{0,20}?)? as ?["“]?$|^,? ?(?:aka|a\.k\.a\.|formerly|also called) ?["“]?$/i, leftIsSource: true, spreadsOverLists: false },
  { name: 'same-apposition', type: 'is_the_same_as', left: isThing, right: isThing, between: /^,$/, after: /^\s*(?:[,.;:)]|$|said\b|says\b)/, leftIsSource: true, spreadsOverLists: false,
    pair: (a, b) => sameKind(a, b) && isDescription(a) !== isDescription(b) },

  // in_charge_of before belongs_to: "X, commander of Y" is more than membership
  { name: 'leader-apposition', type: 'in_charge_of', left: isPerson, right: (m) => isGroup(m) || isPlace(m), between: new RegExp(`^,?(?: (?:the|a|an))?(?: [\\w.-]+){0,2} ?${LEADER}(?: (?:of|for|in|at)(?: the)?)?,?$`, 'i'), leftIsSource: true, spreadsOverLists: false },
  { name: 'group-leader', type: 'in_charge_of', left: (m) => isGroup(m) || isPlace(m), right: isPerson, between: new RegExp(`^(?:'s?)?(?: [\\w.-]+){0,2} ?${LEADER},?$`, 'i'), leftIsSource: false, spreadsOverLists: false },
  { name: 'led-by', type: 'in_charge_of', left: (m) => isGroup(m) || isPlace(m), right: isActor,
    between: new RegExp(`^(?:\\p{Ll}[\\p{L}-]* ){0,2},? ?(?:(?:which|who|that) )?(?:(?:is|are|was|were|has been|have been|had been)(?: currently| now)? )?(?:led|headed|commanded|run|controlled|ruled|governed|held|occupied|seized|taken|captured|overrun) by(?: the)?(?: (?:[\\w.-]+ )?${LEADER})?(?: \\p{Lu}[\\p{L}.]*){0,3}$`, 'iu'), leftIsSource: false, spreadsOverLists: true },
  // "the fall of Mosul to ISIL", "liberate Dabiq from ISIL": who holds the place
  { name: 'fall-to', type: 'in_charge_of', left: (m) => isPlace(m) || isThing(m), right: isActor, between: /^to(?: the)?$/i, before: /\bfall of(?: the)?\s*$/i, leftIsSource: false, spreadsOverLists: false },
  { name: 'taken-from', type: 'in_charge_of', left: isThing, right: isActor, between: /^(?:\p{Ll}[\p{L}-]* ){0,3}from(?: the)?$/iu,
    before: /\b(?:liberat|free|retak|re-tak|recaptur|seiz|clear|captur|wrest)\w*(?: the)?(?: [\p{L}-]+){0,3}\s*$/iu, leftIsSource: false, spreadsOverLists: true },
  { name: 'hyphen-held', type: 'in_charge_of', left: isActor, right: isThing, between: /^-(?:held|controlled|led|run|ruled|occupied|dominated)$/i, leftIsSource: true, spreadsOverLists: false },
  { name: 'controls', type: 'in_charge_of', left: isActor, right: (m) => isPlace(m) || isGroup(m), between: /(?:^|(?<![\w-]))(?:leads|commands|heads|controls|controlled|seized|captured|took (?:full )?control of|(?:has|have|had)(?: had)? (?:full )?control of|claims (?:full )?control of|(?:re-?)?takes|(?:re-?)?took|recaptured|re-?taking of|occupie[sd]|holds)(?: the)?$/i, leftIsSubject: true, leftIsSource: true, spreadsOverLists: true },

  // belongs_to: member first, group second, except in lists that name the group first
  { name: 'person-of', type: 'belongs_to', left: isPerson, right: isGroup, between: /^(?:of|from)(?: the)?$/i, leftIsSource: true, spreadsOverLists: true },
  { name: 'member-of', type: 'belongs_to', left: (m) => isPerson(m) || m.type === 'ORG' || m.type === 'VEHICLE', right: isGroup, between: new RegExp(`^(?:(?:is|was|were|are|has been) (?:a |an )?(?:previous |former )?(?:member|part|unit|element) of|(?:is|was|were|are) assigned to|assigned to|(?:will be |is |are )?operating as part of|as part of|part of|visiting from|from each|within|(?:has |have )?joined|,(?: (?:a|an|the))?(?: [\\w-]+){0,3} (?:${MEMBER}|member) (?:in|of|with|from|for|at))(?: the)?$`, 'i'), leftIsSource: true, spreadsOverLists: true },
  // "key towns in northern Iraq, including Rabiyah": places inside a place, not members of it
  { name: 'place-includes', type: 'co_located', left: isPlace, right: isPlace, between: /^,? ?(?:include|includes|including|included|such as|especially|notably)(?: the)?$/i,
    notBefore: RELATIVE_CLAUSE, leftIsSource: false, spreadsOverLists: true },
  { name: 'group-includes', type: 'belongs_to', left: isThing, right: isThing, between: /^,? ?(?:include|includes|including|included|such as|especially|notably|among them|comprising|comprises|made up (?:in part )?(?:of|by))(?: the)?$/i,
    notBefore: RELATIVE_CLAUSE, leftIsSource: false, spreadsOverLists: true },
  // "Coalition nations which have conducted strikes in Iraq include Australia, …": the group is the head before "which"
  { name: 'group-which-include', type: 'belongs_to', left: isThing, right: isThing, skip: () => true,
    between: /^(?:\p{Ll}[\p{L}-]* ){0,2}(?:which|who|that) [^,;]{0,80}? (?:include|includes|included|are|were)(?: the)?$/iu, leftIsSource: false, spreadsOverLists: true },
  { name: 'group-possessive', type: 'belongs_to', left: isGroup, right: isPerson, between: new RegExp(`^'s?(?: (?:own|top|senior|chief|former|new))?(?: ${MEMBER})?$`, 'i'), leftIsSource: false, spreadsOverLists: false },

  // fighting_against: "A conducted strikes near B against C", "A was attacked by B"
  { name: 'attacked-by', type: 'fighting_against', left: isThing, right: isActor, between: /^(?:(?:was|were|has been|have been|had been|is being|are being) )?(?:attacked|targeted|struck|bombed|shelled|ambushed|defeated|hit|killed|fought|besieged|invaded) by(?: the)?$/i, leftIsSource: false, spreadsOverLists: true },
  { name: 'fights', type: 'fighting_against', left: (m) => !isValue(m) && m.type !== 'LOC' && m.type !== 'FAC', right: isThing, skip: notActor,
    // "struck A and destroyed B": B is a second target of the same attacker, not A's target
    listGap: /^(?:[,;] ?)?(?:and )?(?:destroy(?:ed|ing)|damag(?:ed|ing)|engag(?:ed|ing)|suppress(?:ed|ing)|struck|hit|kill(?:ed|ing))(?: (?:an?|the|\w+))?$/i,
    between: /(?<![\w-])(?:against|attack(?:s|ed|ing)?|strik(?:e|es|ing)|struck|bomb(?:s|ed|ing)|target(?:s|ed|ing)|defeat(?:s|ed|ing)?|destroy(?:s|ed|ing)?|degrade[sd]?|degrading|kill(?:s|ed|ing)?|engag(?:e|es|ed|ing)|battl(?:e|es|ed|ing)|fight(?:s|ing)?|fought|shell(?:s|ed|ing)|raid(?:s|ed|ing)?|ambush(?:es|ed|ing)?|invad(?:e|es|ed|ing)|eliminat(?:e|es|ed|ing)|firing on|fired on|fire on|clash(?:es|ed)? with|war (?:on|with)|besieg(?:e|es|ed|ing)|confront(?:s|ed|ing)?|counter(?:s|ed|ing)?|finish)(?: (?!(?:in|at|on|near|from|to|for|with|alongside|beside|by|of|and|or|which|who|that|include[sd]?|including)\b)[\p{Ll}\d][\p{L}\d-]*){0,2}$/iu,
    pair: (a, b) => a.id !== b.id, notAfterLeft: /^(?:and|or|,)(?: |$)/i, leftIsSubject: true, leftIsSource: true, spreadsOverLists: true },

  // military_allies_of: support, training, fighting alongside
  { name: 'backed', type: 'military_allies_of', left: isActor, right: isActor, between: /^-(?:backed|allied|supported|trained|armed|aligned)$/i, leftIsSource: true, spreadsOverLists: false },
  { name: 'supports', type: 'military_allies_of', left: isActor, right: isActor,
    // Not bare "supports": in diplomatic statements it is as often approval as alliance (re3d
    // annotates it both ways), and as either it cost more precision than it found on re3d.
    between: /(?<![\w-])(?:in (?:(?:its|their|our|his|her) )?support (?:of|for)|assist(?:s|ed|ing)?|advis(?:e|es|ed|ing) and assist(?:s|ed|ing)?|train(?:s|ed|ing)?|arm(?:s|ed|ing)|equip(?:s|ped|ping)?|back(?:s|ed|ing)|reinforc(?:e|es|ed|ing)|allied with|allies(?: of)?|ally|alongside|together with(?: (?:our|its|their))?|coordinated with|in (?:cooperation|coordination) with|partner(?:s|ed|ing)? with|coalition partners?)(?: the)?$/i,
    pair: (a, b) => a.id !== b.id, leftIsSubject: true, leftIsSource: true, spreadsOverLists: true },

  // communicated_with: meetings, calls, talks
  { name: 'meets', type: 'communicated_with', left: isActor, right: isActor,
    between: /(?<![\w-])(?:met|meets|meeting|meet|spoke|speaks|talk(?:s|ed)?|called|phoned|told|briefed|updated|thanked|urged?|pressed|hosted|host|conveyed|wrote|discuss(?:ed|es)?(?: [\w-]+){0,6} with|held (?:talks|meetings?|a (?:call|meeting|phone call))|meetings?|talks|a (?:phone )?call|consult(?:s|ed|ing)?|in touch|in contact|(?:a )?(?:letter|message))(?: (?:with|to))?(?: the)?(?: (?!(?:to|in|at|on|for|of|about|from|by)\b)\p{Ll}[\p{L}-]*){0,3}$/iu,
    pair: (a, b) => a.id !== b.id, leftIsSubject: true, leftIsSource: true, spreadsOverLists: true },
  { name: 'between-and', type: 'communicated_with', left: isActor, right: isActor, between: /^and(?: the)?$/i, before: /\b(?:agreement|talks|meeting|dialogue|call|negotiations|deal|accord)s? (?:reached )?(?:\w+ )?between(?: the)?\s*$/i, leftIsSource: true, spreadsOverLists: false },
  { name: 'and-met', type: 'communicated_with', left: isActor, right: isActor, between: /^and$/i, after: /^\s*(?:[\w-]+ ){0,2}(?:met|meet|discussed|held talks|spoke|talked|agreed|signed)\b/i, leftIsSource: true, spreadsOverLists: false },

  // likes / dislikes: stated attitudes
  { name: 'welcomes', type: 'likes', left: isActor, right: isThing, between: /(?<![\w-])(?:welcome[sd]?|congratulat(?:e|es|ed)|prais(?:e|es|ed)|commend(?:s|ed)?|stands? (?:shoulder to shoulder )?with|values? (?:the )?(?:partnerships? )?with|grateful (?:to|for)(?: [\w-]+){0,4} by|admire[sd]?)(?: the)?$/i, leftIsSubject: true, leftIsSource: true, spreadsOverLists: true },
  { name: 'condemns', type: 'dislikes', left: isActor, right: isThing, between: /(?<![\w-])(?:condemn(?:s|ed|ing)?|condemnation of|denounce[sd]?|criticis(?:e|es|ed)|criticiz(?:e|es|ed)|appalled by(?: [\w-]+){0,4} by|oppose[sd]?|pressure (?:on|to))(?: (?:the|an?|its|their))?$/i, leftIsSubject: true, leftIsSource: true, spreadsOverLists: true },

  // apart / co_located: where things are, or are not
  { name: 'out-of', type: 'apart', left: isThing, right: isPlace, between: /(?<![\w-])(?:out of|outside(?: of)?|away from|fled(?: from)?|fleeing(?: from)?|departed|expelled from|driven (?:out )?from|withdr[ae]w from|withdrawn from|evacuated from)(?: the)?$/i, leftIsSource: true, spreadsOverLists: true },
  { name: 'in-place', type: 'co_located', left: isThing, right: isPlace, skip: isValue,
    // "ISIL terrorists in northern Syria": a common noun or two may head the phrase the left name opens
    between: /^(?:\p{Ll}[\p{L}-]* ){0,2},? ?(?:(?:who|which|that) (?:is|are|was|were) )?(?:(?:is|are|was|were|be|been|will be) )?(?:(?:based|stationed|located|deployed|operating|positioned|held|hiding|living|headquartered|took place|takes place|will take place|gathered|arrived|landed|present|remain(?:s|ed)?|meeting|met|residents?|targets?|today|here|there) )?(?:in|at|near|across|inside|throughout|within|around)(?: the)?(?: (?:north|south|east|west|central|north-?east|north-?west|south-?east|south-?west)(?:ern)?)?$/iu,
    pair: (a, b) => a.id !== b.id, leftIsSource: true, spreadsOverLists: true },
  // "A met B in Z": both sides of a meeting were in Z
  { name: 'met-in', type: 'co_located', left: isActor, right: isPlace, skip: (m) => isThing(m) && !isPlace(m),
    between: /^(?:(?:\p{Ll}[\p{L}-]*|will|has|have|had) ){0,3}(?:met|meets|meet|meeting|held talks|talked|spoke)(?: with)?(?: [^;]{0,80})? (?:in|at)(?: the)?$/iu,
    leftIsSubject: true, pair: (a, b) => a.id !== b.id, leftIsSource: true, spreadsOverLists: true },
  // "Palmyra, Syria": a place and the larger place it lies in (not a list of places)
  { name: 'place-comma-place', type: 'co_located', left: isPlace, right: (m) => m.type === 'GPE', between: /^,$/, standsAlone: true, after: /^(?!\s*,?\s*(?:and|or)\b)/i,
    pair: (a, b) => a.id !== b.id, leftIsSource: true, spreadsOverLists: false },

  // has_the_attribute_of: a count right before what it counts ("15 strikes", "25% of territory")
  // (not "six U.S. officials": a country or a person named after a number is not what is counted)
  { name: 'count', type: 'has_the_attribute_of', left: isAmount, right: (m) => isThing(m) && m.type !== 'GPE' && m.type !== 'PERSON', between: /^(?:of)?$/i, leftIsSource: false, spreadsOverLists: false },
];

function sameKind(a: RelationMention, b: RelationMention): boolean {
  if (isPerson(a) || isPerson(b)) return isPerson(a) && isPerson(b);
  return !isValue(a) && !isValue(b);
}

/** Whether the words between two mentions rule out a relation that is not about speech. */
export function crossesSpeech(between: string): boolean {
  return SPEECH.test(between);
}
