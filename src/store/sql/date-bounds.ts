import type { Condition } from './dialect.js';

/**
 * `column` (a date as YYYY, YYYY-MM or YYYY-MM-DD) at or before `bound` at the bound's
 * precision, so "to 2015-11" keeps 2015-11-30. Every character of a date sorts before "~", so
 * this is "starts at or before the bound": a range the date index reads from the bound down,
 * where comparing a prefix (substr) would read from the newest document.
 */
export function publishedUpTo(column: string, bound: string): Condition {
  return { sql: `${column} < ?`, params: [`${bound}~`] };
}
