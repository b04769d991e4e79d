// The trigger lexicon: words and short phrases that name an event in conflict and terrorism
// news, with the few context conditions that keep common words ("strike", "moving",
// "report") from firing outside their event sense. Data only; find-triggers.ts applies it.

import type { EventType } from '../types.js';

export type TriggerKind = 'noun' | 'verb';

export interface TriggerSpec {
  type: EventType;
  /** Tokens of the phrase separated by spaces; each token's word forms separated by '|'. */
  phrase: string;
  kind: TriggerKind;
  /** Which tokens of the phrase are the trigger span (default: all). */
  span?: 'first' | 'last';
  /** A general attack word ("attack", "raid") that may name a more specific event mentioned elsewhere. */
  generic?: boolean;
  /** Some word of this list must occur within `within` tokens after the phrase. */
  needsAfter?: { words: string; within: number };
  /** The word just before the phrase must not be one of these. */
  notBefore?: string;
  /** The word just after the phrase must not be one of these. */
  notAfter?: string;
  /** The word form is also a noun ("the move", "a transfer"): not a trigger after a determiner. */
  verbOnly?: boolean;
  /** Some word of this list must occur somewhere in the sentence. */
  needsSentence?: string;
  /** The event takes this type instead when the sentence holds one of the words. */
  typeIfSentence?: { words: string; type: EventType };
}

const POLICE = 'police|policemen|detectives|officers|warrant|warrants|arrested|detained|arrest|arrests|suspects|suspect';
const AIR = 'air|airstrike|airstrikes|air-strikes|jets|jet|warplanes|warplane|aircraft|planes|plane|bombers|aerospace|drone|drones|helicopter|helicopters|sorties';
const AIRCRAFT = 'plane|planes|airliner|airliners|aircraft|jet|jetliner|helicopter|flight|airbus|boeing|passenger';
const BOMB = 'bomb|bombs|explosive|explosives|ied|airliner|airliners|blow|detonate|suicide';
const FORCES = 'troops|soldiers|forces|marines|fighters|units|personnel|battalions|brigades|warships|jets|aircraft|militants';
const INTEL = 'intelligence|information|data|secrets|documents|details';
const LABOUR_STRIKE = 'hunger|general|labour|labor|rail|teachers|workers|on';
const MOVE_GOAL = 'to|from|into|out|toward|towards|back';

const n = (type: EventType, phrase: string, extra: Partial<TriggerSpec> = {}): TriggerSpec => ({ type, phrase, kind: 'noun', ...extra });
const v = (type: EventType, phrase: string, extra: Partial<TriggerSpec> = {}): TriggerSpec => ({ type, phrase, kind: 'verb', ...extra });

export const TRIGGERS: readonly TriggerSpec[] = [
  // airstrike
  n('airstrike', 'airstrike|airstrikes|air-strike|air-strikes|airstrikes'),
  n('airstrike', 'air|drone|missile|rocket|aerial strike|strikes|raid|raids|attack|attacks|bombardment'),
  n('airstrike', 'sorties'),
  n('airstrike', 'bombardment|bombardments|bombardment', { typeIfSentence: { words: 'artillery|shelling|tanks|mortar|mortars|howitzers', type: 'armed_attack' } }),
  n('airstrike', 'bombing raid|raids'),
  n('airstrike', 'strike|strikes', { generic: true, notBefore: LABOUR_STRIKE, notAfter: 'a|deal|balance|chord|down' }),
  v('airstrike', 'dropping|dropped|drop bombs|barrel', { span: 'first' }),
  v('airstrike', 'launched|fired|launching|firing|launch|fire', { verbOnly: true, needsAfter: { words: 'missile|missiles|rocket|rockets|cruise|ballistic|drones|airstrikes|strikes', within: 3 } }),
  // bombing
  n('bombing', 'bombing|bombings|bombings', { typeIfSentence: { words: AIR, type: 'airstrike' } }),
  n('bombing', 'car-bomb|car-bombs|car-bombing|car-bombings|truck-bomb|suicide-bombing'),
  n('bombing', 'car|truck|roadside|suicide|nail|pipe|parcel bomb|bombs|bombing|bombings|bomber|bombers|blast|attack|attacks'),
  n('bombing', 'bomb attack|attacks|blast|blasts|explosion|explosions|plot|plots'),
  n('bombing', 'explosion|explosions|blast|blasts', { notBefore: 'population|sonic' }),
  v('bombing', 'exploded|detonated|blew'),
  v('bombing', 'bombed', { typeIfSentence: { words: AIR, type: 'airstrike' } }),
  n('bombing', 'ied|ieds'),
  n('bombing', 'bomb|bombs', { typeIfSentence: { words: AIR, type: 'airstrike' }, notBefore: 'atomic|nuclear|hydrogen|dirty|smoke' }),
  // armed_attack
  n('armed_attack', 'attack|attacks', { generic: true, notBefore: 'heart|panic|cyber|verbal' }),
  v('armed_attack', 'attacked|attacking|attack', { generic: true, notBefore: 'heart|panic|cyber|verbal' }),
  n('armed_attack', 'raid|raids', { generic: true, typeIfSentence: { words: POLICE, type: 'arrest' } }),
  v('armed_attack', 'raided', { generic: true, typeIfSentence: { words: POLICE, type: 'arrest' } }),
  n('armed_attack', 'clashes|clash|firefight|firefights|gunfight|gunfights|shootout|shootouts|skirmish|skirmishes|gunbattle'),
  v('armed_attack', 'clashed'),
  n('armed_attack', 'gun battle|battles'),
  n('armed_attack', 'terror|terrorist|militant|gun|knife attack|attacks|assault'),
  n('armed_attack', 'assault|ambush|ambushes|massacre|massacres|shooting|shootings|shelling|siege|invasion|incursion|offensive|onslaught', { notBefore: 'sexual|verbal|charm' , notAfter: 'remarks|language|weapons|rifle|rifles' }),
  v('armed_attack', 'assaulted|ambushed|massacred|shelled|besieged|invaded|stormed|storming|storm', { notBefore: 'a|the|political|perfect' }),
  v('armed_attack', 'opened|open|opening fire'),
  v('armed_attack', 'recaptured|retook|retake|recapture|overran|overrun|liberated|besieged'),
  v('airstrike', 'struck|striking', { needsSentence: `${AIR}|missile|missiles|rocket|rockets` }),
  v('armed_attack', 'advance|advancing|advanced', { notBefore: 'in|an', notAfter: 'warning|notice|knowledge|intelligence|weapons|technology|degree|age|economies' }),
  n('armed_attack', 'plot|plots|plotted|plotting', { generic: true, typeIfSentence: { words: BOMB, type: 'bombing' } }),
  // plane_crash
  n('plane_crash', 'plane|air|helicopter|jet crash|crashes|disaster'),
  v('plane_crash', 'crashed|crash|crashes', { needsSentence: AIRCRAFT }),
  v('plane_crash', 'shot|brought down', { span: 'first', needsAfter: { words: AIRCRAFT, within: 6 } }),
  v('plane_crash', 'downed', { needsAfter: { words: AIRCRAFT, within: 4 } }),
  n('plane_crash', 'downing', { needsAfter: { words: AIRCRAFT, within: 5 } }),
  // killing
  v('killing', 'killed|killing|kill|kills', { notBefore: 'painkilling' }),
  v('killing', 'assassinated|assassinate|murdered|executed|beheaded|slain|liquidated|eliminated'),
  v('killing', 'shot dead'),
  v('killing', 'gunned down'),
  n('killing', 'assassination|assassinations|murder|murders|execution|executions|beheading|beheadings|killings'),
  // arrest
  v('arrest', 'arrested|arrest|arrests|detained|detain|detaining|apprehended|rounded'),
  n('arrest', 'arrest|arrests|detention|detentions|custody', { notBefore: 'cardiac' }),
  // trial
  n('trial', 'trial|trials|verdict|indictment|prosecution', { notBefore: 'clinical|drug|field|time' }),
  v('trial', 'sentenced|convicted|indicted|prosecuted|acquitted|charged', { notAfter: 'up|battery|batteries' }),
  v('trial', 'pleaded|pled|pleads guilty|innocent'),
  v('trial', 'appeared|appear|appears|appearing in', { span: 'first', needsAfter: { words: 'court|tribunal|courtroom', within: 3 } }),
  // warning and threat
  v('warning', 'warned|warning|warns|cautioned', { notBefore: 'advance|advanced|early|prior' }),
  n('warning', 'warning|warnings', { notBefore: 'advance|advanced|early|prior' }),
  v('threat', 'threatened|threatens|threaten|threatening|vowed|vows'),
  n('threat', 'threat|threats', { notBefore: 'terror|terrorist|security|existential', needsAfter: { words: 'against|kill|attack|attacks|strike|bomb|behead|execute|retaliate|retaliation', within: 3 } }),
  v('threat', 'asking|asked|asks|urged|urging|urges|called|calling|calls', { needsAfter: { words: 'attack|attacks|operation|operations|jihad|martyrdom|kill|strike', within: 20 } }),
  // meeting
  n('meeting', 'meeting|meetings|summit|summits|talks'),
  v('meeting', 'met|meet|meets', { notAfter: 'demand|demands|requirements|criteria|expectations|resistance|standards' }),
  // recruitment
  v('recruitment', 'recruit|recruited|recruiting|recruits|enlisted|enlist', { notBefore: 'new|the|its|their|foreign|young|potential|these|those' }),
  n('recruitment', 'recruitment|recruiting|recruiters|recruiter'),
  v('recruitment', 'attract|attracting|attracts|attracted|lure|luring|lured|draw|drawing', { needsAfter: { words: 'recruits|fighters|members|volunteers|jihadists|supporters', within: 3 } }),
  // troop_deployment
  v('troop_deployment', 'deployed|deploy|deploying|deploys|dispatched|stationed'),
  n('troop_deployment', 'deployment|deployments|reinforcements|build-up|buildup'),
  v('troop_deployment', 'sent|sending|send|sends', { needsAfter: { words: FORCES, within: 3 } }),
  // desertion
  n('desertion', 'desertion|desertions|deserters|deserter|defection|defections|defectors|defector'),
  v('desertion', 'deserted|deserting|defected|defecting|defect|defects', { notBefore: 'the|a|birth|design|rarely|never' }),
  // relocation
  v('relocation', 'moving|moved|move|moves|relocated|relocating|relocate|transferred|transferring|transfer|brought|bringing|bring|shifted|shifting', { verbOnly: true, needsAfter: { words: MOVE_GOAL, within: 8 } }),
  n('relocation', 'relocation|evacuation|withdrawal|pullout|pull-out'),
  v('relocation', 'withdrew|withdrawn|withdrawing|evacuated|evacuating|fled|fleeing', { notAfter: 'from' }),
  // intelligence_report
  n('intelligence_report', 'report|reports|dossier|briefing|assessment', { notBefore: 'to|unconfirmed|media|news|press|weather|annual', notAfter: 'that|said|says|suggests|suggested' }),
  v('intelligence_report', 'received|obtained|shared|gathered|collected|passed|provided|gave|leaked|intercepted|acquired|receive|obtain|share|gather|collect|pass|provide', { needsAfter: { words: INTEL, within: 4 } }),
  v('intelligence_report', 'briefed|spied|spying|eavesdropped'),
  // other
  n('other', 'hack|hacks|cyber-war|cyberwar|cyber-attack|cyberattack|cyberattacks|cyber-attacks|cyber-warfare'),
  n('other', 'cyber war|attack|attacks|warfare|campaign'),
  v('other', 'hacked|hacking'),
  n('other', 'decree|decrees|curfew|ceasefire|truce|blockade|sanctions|embargo'),
  n('other', 'announcement', { notBefore: 'no' }),
  v('other', 'released|published|posted|issued', { needsAfter: { words: 'picture|pictures|photo|photos|photograph|photographs|video|videos|footage|images|image|recording', within: 3 } }),
];
