// The extraction contract (../shared/CONTRACT.md) as TypeScript types.
// Add fields freely; never rename or drop one.

export interface Span {
  start: number;
  end: number;
}

export interface TextSpan extends Span {
  text: string;
}

export const ENTITY_TYPES = [
  'PERSON', 'ORG', 'GPE', 'LOC', 'FAC', 'NORP', 'EVENT', 'PRODUCT', 'WORK_OF_ART', 'LAW',
  'LANGUAGE', 'DATE', 'TIME', 'MONEY', 'PERCENT', 'QUANTITY', 'CARDINAL', 'ORDINAL',
  'WEAPON', 'VEHICLE',
] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export interface Geo {
  lat: number;
  lon: number;
  country: string | null;
  precision: 'country' | 'region' | 'city' | 'point';
  name: string;
  /** Extra: the GeoNames feature code of the place chosen (PCLI, ADM1, PPLC, PPL…). */
  featureClass?: string;
}

export interface EntityMention extends TextSpan {
  type: EntityType;
  /** The resolved entity within this document. */
  id: string;
  /** TIMEX3-style value for DATE/TIME mentions when resolvable. */
  value?: string;
  geo?: Geo;
}

export interface Token extends Span {
  text: string;
}

export interface Sentence extends Span {
  tokens: Token[];
}

/** How sure the wording is: narrated as fact, attributed, hedged, denied, or not (yet) real. */
export const CERTAINTIES = ['asserted', 'reported', 'hedged', 'denied', 'hypothetical'] as const;
export type Certainty = (typeof CERTAINTIES)[number];

export const EVENT_TYPES = [
  'airstrike', 'bombing', 'armed_attack', 'plane_crash', 'killing', 'arrest', 'trial', 'warning',
  'threat', 'meeting', 'recruitment', 'troop_deployment', 'desertion', 'relocation',
  'intelligence_report', 'other',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export interface ExtractedEvent {
  type: EventType;
  trigger: TextSpan;
  /** Entity ids (within the document) of who did it. */
  actors: string[];
  /** Entity ids of whom or what it was done to (the addressee for warnings, reports, meetings). */
  targets: string[];
  /** Entity id of the most specific place, or null. */
  location: string | null;
  /** TIMEX3-style value with its real precision, or null. */
  date: string | null;
  killed: number | null;
  certainty: Certainty;
  /** Extra (not in the contract's example): the sentence the event was read from. */
  evidence?: TextSpan;
}

export interface Quote {
  /** Entity id of a named speaker, or null for anonymous speakers. */
  speaker: string | null;
  /** The speaker as written ("one senior intelligence official"), or null when implicit. */
  speakerText: string | null;
  speakerSpan: TextSpan | null;
  speakerNamed: boolean;
  cue: string | null;
  cueSpan: TextSpan | null;
  content: TextSpan;
  /** true: quoted speech; false: reported speech. */
  direct: boolean;
  certainty: Certainty;
  /** Extra (not in the contract's example): the source as written at the cue, pronouns and appositives included. */
  sourceSpan?: TextSpan | null;
}

export const RELATION_TYPES = [
  'belongs_to', 'in_charge_of', 'fighting_against', 'military_allies_of', 'communicated_with',
  'co_located', 'apart', 'is_the_same_as', 'likes', 'dislikes', 'has_the_attribute_of',
] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

export interface Relation {
  type: RelationType;
  /** Entity ids within the document. */
  source: string;
  target: string;
  evidence: TextSpan;
  /** Extra (not in the contract's example): the mentions the relation was read from. */
  sourceSpan?: TextSpan;
  targetSpan?: TextSpan;
}
