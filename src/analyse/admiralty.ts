// NATO Admiralty information credibility (1–6) from corroboration and wording. The rule, in
// order (the first that applies wins):
//
//   6 cannot be judged  the item is hypothetical (a plan, threat, foiled plot, condition)
//   5 improbable        contradicted by a source more reliable than every source for it
//   4 doubtful          contradicted by an equally reliable source; or one source, hedged
//   1 confirmed         ≥ 2 independent sources affirm it (asserted or reported) — 2 instead
//                       while a less reliable source disputes it
//   3 possibly true     ≥ 2 independent sources, but only in hedged words
//   2 probably true     one source, asserted, and that source is graded A or B
//   3 possibly true     one source, asserted or reported
//
// Source reliability (A–F) is the analyst's, per outlet; an outlet nobody graded is F.

import type { Certainty } from '../extract/types.js';
import { moreReliable, type Reliability } from './sources.js';

export type Credibility = 1 | 2 | 3 | 4 | 5 | 6;

export const CREDIBILITY_LABELS: Record<Credibility, string> = {
  1: 'confirmed', 2: 'probably true', 3: 'possibly true', 4: 'doubtful', 5: 'improbable', 6: 'cannot be judged',
};

export interface CredibilityInput {
  /** The strongest wording among the reports that affirm the item. */
  certainty: Certainty;
  /** Independent sources that report the item (same outlet and syndicated copies count once). */
  independentSources: number;
  /** The best reliability among those sources. */
  bestReliability: Reliability;
  /** The best reliability among reports that contradict the item, or null when none does. */
  contradictedBy: Reliability | null;
}

export interface Grade {
  credibility: Credibility;
  reason: string;
}

export function gradeInformation(input: CredibilityInput): Grade {
  const { certainty, independentSources, bestReliability, contradictedBy } = input;
  if (certainty === 'hypothetical') return { credibility: 6, reason: 'hypothetical: planned, threatened or conditional' };
  if (contradictedBy !== null && moreReliable(contradictedBy, bestReliability)) {
    return { credibility: 5, reason: `contradicted by a more reliable source (${contradictedBy} over ${bestReliability})` };
  }
  if (contradictedBy !== null && !moreReliable(bestReliability, contradictedBy)) {
    return { credibility: 4, reason: `contradicted by an equally reliable source (${contradictedBy})` };
  }
  if (independentSources >= 2) {
    if (certainty === 'hedged') return { credibility: 3, reason: `${independentSources} independent sources, all hedged` };
    return contradictedBy === null
      ? { credibility: 1, reason: `confirmed by ${independentSources} independent sources` }
      : { credibility: 2, reason: `${independentSources} independent sources, disputed by a less reliable one (${contradictedBy})` };
  }
  if (certainty === 'hedged') return { credibility: 4, reason: 'one source, hedged wording' };
  if (certainty === 'asserted' && (bestReliability === 'A' || bestReliability === 'B')) {
    return { credibility: 2, reason: `one source graded ${bestReliability}, asserted` };
  }
  return { credibility: 3, reason: `one source (graded ${bestReliability}), not confirmed` };
}

const STRENGTH: Certainty[] = ['asserted', 'reported', 'hedged', 'hypothetical', 'denied'];

/** The strongest wording among several reports of one item. */
export function strongestCertainty(certainties: readonly Certainty[]): Certainty {
  let best: Certainty = 'hypothetical';
  for (const c of certainties) if (c !== 'denied' && STRENGTH.indexOf(c) < STRENGTH.indexOf(best)) best = c;
  return certainties.length > 0 && certainties.every((c) => c === 'denied') ? 'denied' : best;
}

/** The best grade among several sources; F when there are none. */
export function bestOf(reliabilities: readonly Reliability[]): Reliability {
  return reliabilities.reduce<Reliability>((best, r) => (moreReliable(r, best) ? r : best), 'F');
}
