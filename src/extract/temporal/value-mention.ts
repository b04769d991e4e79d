// What the temporal finders return: value mentions (dates, times, numbers) of the entity output.
import type { Span, TextSpan } from '../types.js';

export type DateType = 'DATE' | 'TIME';
export type NumberType = 'CARDINAL' | 'ORDINAL' | 'PERCENT' | 'MONEY' | 'QUANTITY';

export interface ValueMention extends TextSpan {
  type: DateType | NumberType;
  /** TIMEX3-style value for dates and times; normalised number for the others. */
  value?: string;
}

export interface DateOptions {
  /** The article's publication date (YYYY-MM-DD): the anchor of relative dates. */
  published: string | null;
  /** Boilerplate spans: no mention may come from them. */
  exclude?: Span[];
}

export interface NumberOptions {
  exclude?: Span[];
}
