import type { EntityMention, ExtractedEvent, Quote, Relation, Sentence, Span, TextSpan } from './types.js';

/** What a caller knows about an article besides its text (e.g. from HTML meta tags). */
export interface ArticleMeta {
  title?: string;
  published?: string;
}

export interface Article {
  text: string;
  meta?: ArticleMeta;
}

export interface BoilerplateSpan extends Span {
  reason: string;
}

/** The result of extraction: the JSON of CONTRACT.md plus internal detail (sentences). */
export interface Extraction {
  title: string | null;
  titleSpan: TextSpan | null;
  published: string | null;
  boilerplate: BoilerplateSpan[];
  sentences: Sentence[];
  entities: EntityMention[];
  events: ExtractedEvent[];
  quotes: Quote[];
  relations: Relation[];
}
