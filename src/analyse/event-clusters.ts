// Event coreference across articles: reports of the same occurrence (type, place, date
// window, participants) form one cluster, which then counts its independent sources.

import type { Certainty, EventType } from '../extract/types.js';
import { countIndependent, type SourceRef } from './sources.js';
import { dayRange, gapInDays } from './timex-range.js';
import { UnionFind } from './union-find.js';

/** One article's account of an event, with entity ids resolved across the corpus. */
export interface EventReport extends SourceRef {
  id: string;
  type: EventType;
  actors: string[];
  targets: string[];
  location: string | null;
  date: string | null;
  killed: number | null;
  certainty: Certainty;
}

export interface ClusterOptions {
  /** Reports whose dates are further apart than this are different events. */
  dateWindowDays: number;
}

export const DEFAULT_CLUSTER_OPTIONS: ClusterOptions = { dateWindowDays: 3 };

// Types that news uses for the same occurrence ("air strike" in one report, "bombing" in another).
const TYPE_FAMILY: Partial<Record<EventType, string>> = {
  airstrike: 'strike', bombing: 'strike', armed_attack: 'strike',
};

/** Whether two reports can describe the same occurrence. */
export function sameEvent(a: EventReport, b: EventReport, options: ClusterOptions = DEFAULT_CLUSTER_OPTIONS): boolean {
  if (a.type !== b.type && (TYPE_FAMILY[a.type] === undefined || TYPE_FAMILY[a.type] !== TYPE_FAMILY[b.type])) return false;
  const ra = dayRange(a.date);
  const rb = dayRange(b.date);
  if (ra && rb && gapInDays(ra, rb) > options.dateWindowDays) return false;
  if (a.location && b.location && a.location !== b.location) return false;
  const sharedPlace = a.location !== null && a.location === b.location;
  const sharedParticipant = overlaps(a.actors, b.actors) || overlaps(a.targets, b.targets);
  // A type alone is not enough: there must be a shared anchor, and without dates on both a
  // place and a participant, since "an airstrike in Syria" happens every day.
  if (ra && rb) return sharedPlace || sharedParticipant;
  return sharedPlace && sharedParticipant;
}

function overlaps(a: readonly string[], b: readonly string[]): boolean {
  return a.some((x) => b.includes(x));
}

export interface EventCluster {
  /** The id of the earliest report in the cluster. */
  id: string;
  reports: EventReport[];
  independentSources: number;
}

/**
 * Groups reports into clusters. Two reports of one event share an anchor (the place, an actor
 * or a target: see sameEvent), so only reports of one type family sharing an anchor are compared.
 */
export function clusterEvents(
  reports: readonly EventReport[],
  options: ClusterOptions = DEFAULT_CLUSTER_OPTIONS,
  outletOf?: (documentId: string) => string | null,
): EventCluster[] {
  const sets = new UnionFind(reports.length);
  const byAnchor = new Map<string, number[]>();
  reports.forEach((r, i) => {
    const family = TYPE_FAMILY[r.type] ?? r.type;
    const anchors = new Set([
      ...(r.location ? [`place\u0000${r.location}`] : []),
      ...r.actors.map((id) => `actor\u0000${id}`),
      ...r.targets.map((id) => `target\u0000${id}`),
    ]);
    for (const anchor of anchors) {
      const key = `${family}\u0000${anchor}`;
      const members = byAnchor.get(key);
      if (members) members.push(i);
      else byAnchor.set(key, [i]);
    }
  });
  for (const members of byAnchor.values()) {
    for (let x = 0; x < members.length; x++) {
      for (let y = x + 1; y < members.length; y++) {
        const a = members[x]!;
        const b = members[y]!;
        // Already joined (through another anchor or report): nothing to learn from comparing.
        if (sets.find(a) !== sets.find(b) && sameEvent(reports[a]!, reports[b]!, options)) sets.union(a, b);
      }
    }
  }
  return sets.groups().map((group) => {
    const members = group.map((i) => reports[i]!);
    return { id: members[0]!.id, reports: members, independentSources: countIndependent(members, outletOf) };
  });
}
