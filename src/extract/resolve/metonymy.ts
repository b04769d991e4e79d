// A capital written for its state: "Moscow supports Assad", "Moscow has been complicit",
// "Washington's decision". The city stays the city in "in Moscow" or "Moscow is home to".
import type { EntityType } from '../types.js';
import type { ResolverMention } from './types.js';

/** The state a capital stands for, under the names its articles may use. */
export interface StateOfCapital {
  state: string;
  names: string[];
}

/** Capital name (as written) → its state. Loaded outside the core (src/models). */
export type Capitals = ReadonlyMap<string, StateOfCapital>;

const AUXILIARIES = String.raw`(?:has|have|had|is|was|will|would|could|may|might|must|should|did|does|also|now|then|not|never|long|already|reportedly|been|being|always|still|clearly|openly)`;
const AGENT_VERBS = String.raw`(?:supports?|supported|backs|backed|denie[sd]|deny|wants?|wanted|insists?|insisted|claim(?:s|ed)?|accuse[sd]?|warn(?:s|ed)?|says|said|respond(?:s|ed)|retaliat\w*|condemn(?:s|ed)?|reject(?:s|ed)?|refuse[sd]?|demand(?:s|ed)?|threaten(?:s|ed)?|announce[sd]?|sanction(?:s|ed)?|expel(?:s|led)?|blame[sd]?|complicit|intervened|intends?|hopes?|fears?|agreed|signed|sent|deployed|launched|ordered|armed|funded|recogni[sz]ed|vetoed)`;
const POLICY_NOUNS = String.raw`(?:support|backing|decision|policy|policies|intervention|campaign|involvement|response|position|stance|strategy|claims?|denials?|allies|ally|role|aims?|goals?|interests?|leverage|veto|sanctions)`;
const AGENT_AFTER = new RegExp(String.raw`^(?:['’]s\s+${POLICY_NOUNS}\b|\s+(?:${AUXILIARIES}\s+)*${AGENT_VERBS}\b)`, 'i');
const PLACE_BEFORE = /\b(?:in|into|to|from|near|at|outside|around|across|of|via|through|toward|towards|over)\s+(?:the\s+)?$/i;

/**
 * Why this mention of a capital means its state ("supports", "tagged an organisation"), or
 * undefined when it reads as the city.
 */
export function stateMetonymCue(text: string, mention: ResolverMention, capitals: Capitals): string | undefined {
  if (!capitals.has(mention.text) || !(['GPE', 'ORG', 'LOC'] as EntityType[]).includes(mention.type)) return undefined;
  if (PLACE_BEFORE.test(text.slice(Math.max(0, mention.start - 20), mention.start))) return undefined;
  const after = AGENT_AFTER.exec(text.slice(mention.end, mention.end + 80));
  if (after) return after[0].trim();
  if (mention.type === 'ORG') return 'named as an organisation';
  return undefined;
}
