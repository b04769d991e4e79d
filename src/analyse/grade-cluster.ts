// Grades a cluster of reports: which reports affirm the item and which contradict it, the
// independent sources on each side, and the Admiralty credibility that follows.

import { bestOf, gradeInformation, strongestCertainty, type Grade } from './admiralty.js';
import { claimContradictions, eventContradictions, type Contradiction } from './contradictions.js';
import type { ClaimCluster } from './claim-clusters.js';
import type { EventCluster } from './event-clusters.js';
import { countIndependent, type Reliability, type SourceRef } from './sources.js';

export interface GradedCluster {
  id: string;
  independentSources: number;
  contradictions: Contradiction[];
  grade: Grade;
}

type ReportLike = SourceRef & { id: string; certainty: import('../extract/types.js').Certainty };

/** Ids of the reports on a minority side of any contradiction (ties: the earliest side wins). */
export function contradictingReports(contradictions: readonly Contradiction[]): Set<string> {
  const against = new Set<string>();
  for (const c of contradictions) {
    const main = [...c.sides].sort((a, b) => b.reports.length - a.reports.length)[0]!;
    for (const side of c.sides) if (side !== main) side.reports.forEach((r) => against.add(r));
  }
  return against;
}

/**
 * The majority side of each contradiction affirms the item, the rest contradict it; with a
 * tie the side holding the earliest report is taken as the item.
 */
function grade<R extends ReportLike>(
  id: string,
  reports: readonly R[],
  contradictions: Contradiction[],
  reliabilityOf: (outlet: string | null) => Reliability,
  outletOf?: (documentId: string) => string | null,
): GradedCluster {
  const against = contradictingReports(contradictions);
  const supporting = reports.filter((r) => !against.has(r.id));
  const contradicting = reports.filter((r) => against.has(r.id));
  const independentSources = countIndependent(supporting, outletOf);
  const result = gradeInformation({
    certainty: strongestCertainty(supporting.map((r) => r.certainty)),
    independentSources,
    bestReliability: bestOf(supporting.map((r) => reliabilityOf(r.outlet))),
    contradictedBy: contradicting.length > 0 ? bestOf(contradicting.map((r) => reliabilityOf(r.outlet))) : null,
  });
  return { id, independentSources, contradictions, grade: result };
}

export function gradeEventCluster(
  cluster: EventCluster,
  reliabilityOf: (outlet: string | null) => Reliability,
  outletOf?: (documentId: string) => string | null,
): GradedCluster {
  return grade(cluster.id, cluster.reports, eventContradictions(cluster.reports), reliabilityOf, outletOf);
}

export function gradeClaimCluster(
  cluster: ClaimCluster,
  reliabilityOf: (outlet: string | null) => Reliability,
  outletOf?: (documentId: string) => string | null,
): GradedCluster {
  return grade(cluster.id, cluster.reports, claimContradictions(cluster.reports), reliabilityOf, outletOf);
}
