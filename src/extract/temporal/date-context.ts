// What every date finder receives: the text and the publication date it resolves against.
import type { Day } from './calendar.js';
import type { DateType } from './value-mention.js';

export interface DateContext {
  text: string;
  /** The anchor of relative expressions; null leaves them without a value. */
  published: Day | null;
}

export interface DateCandidate {
  start: number;
  end: number;
  type: DateType;
  value?: string;
}
