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
