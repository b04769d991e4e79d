// What the reports in one cluster disagree about, with both sides kept so an analyst can
// read them next to each other.

import type { Certainty } from '../extract/types.js';
import type { ClaimReport } from './claim-clusters.js';
import { isNegated } from './claim-clusters.js';
import type { EventReport } from './event-clusters.js';

export type ContradictionKind = 'casualties' | 'denial' | 'date' | 'negation';

export interface Contradiction {
  kind: ContradictionKind;
  /** Each side: the value it holds and the ids of the reports that hold it. */
  sides: { value: string; reports: string[] }[];
}

const AFFIRMING: ReadonlySet<Certainty> = new Set(['asserted', 'reported']);

function sidesBy<T extends { id: string }>(reports: readonly T[], valueOf: (r: T) => string | null): { value: string; reports: string[] }[] {
  const sides = new Map<string, string[]>();
  for (const r of reports) {
    const value = valueOf(r);
    if (value !== null) sides.set(value, [...(sides.get(value) ?? []), r.id]);
  }
  return [...sides].map(([value, ids]) => ({ value, reports: ids }));
}

/** Tolls that differ by more than rounding ("at least 220" vs "224" is not a dispute). */
function tollsDisagree(values: number[]): boolean {
  const low = Math.min(...values);
  const high = Math.max(...values);
  return high - low >= 2 && high > low * 1.1;
}

export function eventContradictions(reports: readonly EventReport[]): Contradiction[] {
  const found: Contradiction[] = [];
  const tolls = sidesBy(reports, (r) => (r.killed === null ? null : String(r.killed)));
  if (tolls.length > 1 && tollsDisagree(tolls.map((s) => Number(s.value)))) found.push({ kind: 'casualties', sides: tolls });
  const stance = sidesBy(reports, (r) => (r.certainty === 'denied' ? 'denied' : AFFIRMING.has(r.certainty) ? 'affirmed' : null));
  if (stance.length > 1) found.push({ kind: 'denial', sides: stance });
  const days = sidesBy(reports, (r) => (r.date && /^\d{4}-\d{2}-\d{2}$/.test(r.date) ? r.date : null));
  if (days.length > 1) found.push({ kind: 'date', sides: days });
  return found;
}

export function claimContradictions(reports: readonly ClaimReport[]): Contradiction[] {
  const found: Contradiction[] = [];
  const stance = sidesBy(reports, (r) => (r.certainty === 'denied' ? 'denied' : AFFIRMING.has(r.certainty) ? 'affirmed' : null));
  if (stance.length > 1) found.push({ kind: 'denial', sides: stance });
  const polarity = sidesBy(reports, (r) => (isNegated(r.content) ? 'negative' : 'positive'));
  if (polarity.length > 1) found.push({ kind: 'negation', sides: polarity });
  return found;
}
