// Dates, times and numbers: the value mentions of the entity output. Pure: text in, mentions out.
export { findDates } from './find-dates.js';
export { findNumbers } from './find-numbers.js';
export type { DateOptions, NumberOptions, ValueMention } from './value-mention.js';
