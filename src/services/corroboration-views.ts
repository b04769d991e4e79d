// The timeline and the claims board: reports clustered across articles, graded.

import { type ClaimReport, clusterClaims } from '../analyse/claim-clusters.js';
import { clusterEvents, type EventReport } from '../analyse/event-clusters.js';
import { contradictingReports, gradeClaimCluster, gradeEventCluster, type GradedCluster } from '../analyse/grade-cluster.js';
import type { Reliability } from '../analyse/sources.js';
import { dayRange, rangeBounds } from '../analyse/timex-range.js';
import type { BoardItem, BoardReport, TimelineItem } from '../api/dto.js';
import type { StoredEvent, StoredExtraction, StoredQuote } from '../store/store.js';
import { refs, type EntityLookup } from './refs.js';
import type { Snapshot } from './snapshot.js';
import type { TimelineFilter } from './services.js';

interface Located<T> { row: T; extraction: StoredExtraction }

function eventReports(snapshot: Snapshot): { reports: EventReport[]; rows: Map<string, Located<StoredEvent>> } {
  const reports: EventReport[] = [];
  const rows = new Map<string, Located<StoredEvent>>();
  for (const x of snapshot.extractions) {
    for (const e of x.events) {
      const ids = (role: string) => [...new Set(e.participants.filter((p) => p.role === role).flatMap((p) => p.entityIds))];
      const id = `event:${e.id}`;
      rows.set(id, { row: e, extraction: x });
      reports.push({
        id, documentId: x.document.id, outlet: x.document.outlet, duplicateOf: x.document.duplicateOf, type: e.type,
        actors: ids('actor'), targets: ids('target'), location: ids('location')[0] ?? null, date: e.date, killed: e.killed, certainty: e.certainty,
      });
    }
  }
  return { reports, rows };
}

function claimReports(snapshot: Snapshot): { reports: ClaimReport[]; rows: Map<string, Located<StoredQuote>> } {
  const reports: ClaimReport[] = [];
  const rows = new Map<string, Located<StoredQuote>>();
  for (const x of snapshot.extractions) {
    for (const q of x.quotes) {
      const id = `quote:${q.id}`;
      rows.set(id, { row: q, extraction: x });
      reports.push({
        id, documentId: x.document.id, outlet: x.document.outlet, duplicateOf: x.document.duplicateOf,
        speaker: q.speakerEntityIds[0] ?? null, content: q.content.text, certainty: q.certainty,
      });
    }
  }
  return { reports, rows };
}

/** `build` worked out once per snapshot: the views ask again with other filters, the corpus is the same. */
function perSnapshot<T>(build: (snapshot: Snapshot) => T): (snapshot: Snapshot) => T {
  const kept = new WeakMap<Snapshot, T>();
  return (snapshot) => {
    if (!kept.has(snapshot)) kept.set(snapshot, build(snapshot));
    return kept.get(snapshot)!;
  };
}

const eventClusters = perSnapshot((snapshot) => {
  const events = eventReports(snapshot);
  return { ...events, clusters: clusterEvents(events.reports, undefined, helpers(snapshot).outletOf) };
});

const claimClusters = perSnapshot((snapshot) => {
  const claims = claimReports(snapshot);
  return { ...claims, clusters: clusterClaims(claims.reports, undefined, helpers(snapshot).outletOf) };
});

function helpers(snapshot: Snapshot) {
  const outletOf = new Map(snapshot.extractions.map((x) => [x.document.id, x.document.outlet]));
  const reliabilityOf = (outlet: string | null): Reliability => (outlet ? snapshot.grades.get(outlet) ?? 'F' : 'F');
  return { reliabilityOf, outletOf: (id: string) => outletOf.get(id) ?? null };
}

/** An analyst's override on any report of the item wins over the computed grade. */
function overridden(grade: GradedCluster, rows: { credibility: number | null }[]): number {
  return rows.find((r) => r.credibility !== null)?.credibility ?? grade.grade.credibility;
}

function label(type: string, actors: string[], targets: string[], place: string | undefined, lookup: EntityLookup): string {
  const names = (ids: string[]) => refs(ids, lookup).map((r) => r.name).join(', ');
  const who = names(actors);
  const whom = names(targets);
  return `${type.replace(/_/g, ' ')}${who ? ` by ${who}` : ''}${whom ? ` against ${whom}` : ''}${place ? ` in ${place}` : ''}`;
}

export function timeline(snapshot: Snapshot, filter: TimelineFilter, lookup: EntityLookup): TimelineItem[] {
  const { rows, clusters } = eventClusters(snapshot);
  const { reliabilityOf, outletOf } = helpers(snapshot);
  const items: TimelineItem[] = [];
  for (const cluster of clusters) {
    // The narrowest dated report says when; the others may only know the month.
    const dated = cluster.reports
      .map((r) => ({ r, range: dayRange(r.date) }))
      .filter((x) => x.range !== null)
      .sort((a, b) => a.range!.last - a.range!.first - (b.range!.last - b.range!.first));
    if (dated.length === 0) continue;
    const actors = [...new Set(cluster.reports.flatMap((r) => r.actors))];
    const targets = [...new Set(cluster.reports.flatMap((r) => r.targets))];
    const location = cluster.reports.find((r) => r.location)?.location ?? null;
    // A cluster may mix kindred types ("airstrike" in one report, "bombing" in another).
    if (filter.type && !cluster.reports.some((r) => r.type === filter.type)) continue;
    if (filter.actor && !actors.includes(filter.actor) && !targets.includes(filter.actor)) continue;
    if (filter.place && location !== filter.place) continue;
    const { range } = dated[0]!;
    const bounds = rangeBounds(range!);
    const grade = gradeEventCluster(cluster, reliabilityOf, outletOf);
    const locationRef = location ? refs([location], lookup)[0] ?? null : null;
    items.push({
      id: cluster.id, type: cluster.reports[0]!.type, label: label(cluster.reports[0]!.type, actors, targets, locationRef?.name, lookup),
      start: bounds.start, end: bounds.end, precision: range!.precision,
      actors: refs(actors, lookup), targets: refs(targets, lookup), location: locationRef,
      certainty: cluster.reports[0]!.certainty,
      credibility: overridden(grade, cluster.reports.map((r) => rows.get(r.id)!.row)),
      reports: cluster.reports.map((r) => {
        const { row, extraction } = rows.get(r.id)!;
        return { eventId: row.id, documentId: extraction.document.id, evidence: row.evidence ?? row.trigger };
      }),
    });
  }
  return items.sort((a, b) => a.start.localeCompare(b.start));
}

export function claimsBoard(snapshot: Snapshot, lookup: EntityLookup): BoardItem[] {
  const { reliabilityOf, outletOf } = helpers(snapshot);
  const items: BoardItem[] = [];
  const events = eventClusters(snapshot);
  for (const cluster of events.clusters) {
    const grade = gradeEventCluster(cluster, reliabilityOf, outletOf);
    const first = cluster.reports[0]!;
    const place = first.location ? lookup(first.location)?.name : undefined;
    const located = cluster.reports.map((r) => events.rows.get(r.id)!);
    items.push(boardItem('event', cluster.id, label(first.type, first.actors, first.targets, place, lookup), grade, located.map(({ row, extraction }) => ({
      key: `event:${row.id}`, kind: 'event' as const, id: row.id, documentId: extraction.document.id, outlet: extraction.document.outlet,
      grade: reliabilityOf(extraction.document.outlet), text: (row.evidence ?? row.trigger).text, certainty: row.certainty, supports: true,
    })), located.map((l) => l.row)));
  }
  const claims = claimClusters(snapshot);
  for (const cluster of claims.clusters) {
    const grade = gradeClaimCluster(cluster, reliabilityOf, outletOf);
    const located = cluster.reports.map((r) => claims.rows.get(r.id)!);
    const firstQuote = located[0]!.row;
    const speaker = firstQuote.speakerEntityIds[0] ? lookup(firstQuote.speakerEntityIds[0])?.name : null;
    const summary = `${speaker ?? firstQuote.speakerText ?? 'unattributed'}: “${shorten(firstQuote.content.text, 140)}”`;
    items.push(boardItem('claim', cluster.id, summary, grade, located.map(({ row, extraction }) => ({
      key: `quote:${row.id}`, kind: 'quote' as const, id: row.id, documentId: extraction.document.id, outlet: extraction.document.outlet,
      grade: reliabilityOf(extraction.document.outlet), text: shorten(row.content.text, 300), certainty: row.certainty, supports: true,
    })), located.map((l) => l.row)));
  }
  // Most corroborated and most disputed first: what an analyst should look at.
  return items.sort((a, b) => b.contradictions.length - a.contradictions.length || b.independentSources - a.independentSources || a.credibility - b.credibility);
}

/** The reason an item carries while an analyst's credibility overrides the computed one. */
export const ANALYST_OVERRIDE = 'set by an analyst';

function boardItem(kind: 'event' | 'claim', key: string, summary: string, grade: GradedCluster, reports: BoardReport[], rows: { credibility: number | null }[]): BoardItem {
  const against = contradictingReports(grade.contradictions);
  const override = rows.find((r) => r.credibility !== null)?.credibility ?? null;
  return {
    key, kind, summary, independentSources: grade.independentSources,
    credibility: override ?? grade.grade.credibility,
    reason: override !== null ? ANALYST_OVERRIDE : grade.grade.reason,
    override: null,
    contradictions: grade.contradictions,
    reports: reports.map((r) => ({ ...r, supports: !against.has(r.key) })),
  };
}

function shorten(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
