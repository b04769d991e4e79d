// The date of an event: the DATE mention of its sentence nearest to the trigger that has a
// TIMEX3 value for a point or period in time (durations such as "five years" are not dates
// of events). The value keeps its real precision: 2015-10-09, 2015-W41-WE, 2011, XXXX-03-07.

import type { SentenceView } from './sentence-view.js';

const POINT_IN_TIME = /^(?:\d{4}|XXXX)(?:-|$)|^\d{2,3}$/;

export function findEventDate(view: SentenceView, triggerStart: number, triggerEnd: number): string | null {
  let best: string | null = null;
  let bestDistance = Infinity;
  const { mentionAt, mentions } = view;
  for (let k = 0; k < mentionAt.length; k++) {
    const m = mentionAt[k]!;
    if (m < 0 || mentionAt[k - 1] === m) continue;
    const mention = mentions[m]!;
    if ((mention.type !== 'DATE' && mention.type !== 'TIME') || !mention.value || !POINT_IN_TIME.test(mention.value)) continue;
    const distance = k < triggerStart ? triggerStart - k : Math.max(0, k - triggerEnd + 1);
    if (distance < bestDistance) {
      best = dateOnly(mention.value);
      bestDistance = distance;
    }
  }
  return best;
}

/** A time of day is not part of an event date: "2015-10-09T21:30" → "2015-10-09"; ranges keep their start. */
function dateOnly(value: string): string {
  return value.split('/')[0]!.replace(/T.*$/, '');
}
