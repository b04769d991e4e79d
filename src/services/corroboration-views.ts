// The timeline and the claims board: reports clustered across articles, graded.

import { type ClaimReport, clusterClaims } from '../analyse/claim-clusters.js';
import { clusterEvents, type EventReport } from '../analyse/event-clusters.js';
import { contradictingReports, gradeClaimCluster, gradeEventCluster, type GradedCluster } from '../analyse/grade-cluster.js';
import type { Reliability } from '../analyse/sources.js';
import { dayRange, rangeBounds } from '../analyse/timex-range.js';
import type { BoardItem, BoardShow, ClaimsPage, TimelineItem } from '../api/dto.js';
import type { StoredEvent, StoredQuote } from '../store/store.js';
import { refs, type EntityLookup } from './refs.js';
import type { Snapshot, SnapshotExtraction } from './snapshot.js';
import type { TimelineFilter } from './services.js';

interface Located<T> { row: T; extraction: SnapshotExtraction }

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

export interface BoardRequest { show: BoardShow; kind?: 'event' | 'claim'; offset: number; limit: number }

interface BoardEntry {
  key: string;
  kind: 'event' | 'claim';
  summary: (lookup: EntityLookup) => string;
  reports: Located<StoredEvent | StoredQuote>[];
  grade: GradedCluster;
  credibility: number;
  override: boolean;
}

const shows: Record<BoardShow, (entry: BoardEntry) => boolean> = {
  all: () => true,
  contested: (entry) => entry.grade.contradictions.length > 0,
  corroborated: (entry) => entry.grade.independentSources >= 2,
};

/** Every cluster graded and in board order, once per snapshot: pages and filters only slice it. */
const boardEntries = perSnapshot((snapshot): BoardEntry[] => {
  const { reliabilityOf, outletOf } = helpers(snapshot);
  const entries: BoardEntry[] = [];
  const add = (entry: Omit<BoardEntry, 'credibility' | 'override'>) => {
    const override = entry.reports.find((r) => r.row.credibility !== null)?.row.credibility ?? null;
    entries.push({ ...entry, credibility: override ?? entry.grade.grade.credibility, override: override !== null });
  };
  const events = eventClusters(snapshot);
  for (const cluster of events.clusters) {
    const first = cluster.reports[0]!;
    add({
      key: cluster.id, kind: 'event', grade: gradeEventCluster(cluster, reliabilityOf, outletOf), reports: cluster.reports.map((r) => events.rows.get(r.id)!),
      summary: (lookup) => label(first.type, first.actors, first.targets, first.location ? lookup(first.location)?.name : undefined, lookup),
    });
  }
  const claims = claimClusters(snapshot);
  for (const cluster of claims.clusters) {
    const reports = cluster.reports.map((r) => claims.rows.get(r.id)!);
    const quote = reports[0]!.row;
    add({
      key: cluster.id, kind: 'claim', grade: gradeClaimCluster(cluster, reliabilityOf, outletOf), reports,
      summary: (lookup) => {
        const speaker = quote.speakerEntityIds[0] ? lookup(quote.speakerEntityIds[0])?.name : null;
        return `${speaker ?? quote.speakerText ?? 'unattributed'}: “${shorten(quote.content.text, 140)}”`;
      },
    });
  }
  // Most disputed and most corroborated first: what an analyst should look at.
  return entries.sort((a, b) => b.grade.contradictions.length - a.grade.contradictions.length
    || b.grade.independentSources - a.grade.independentSources || a.credibility - b.credibility);
});

/** One page of the claims board; only the page's items are written out. */
export function claimsBoard(snapshot: Snapshot, lookup: EntityLookup, request: BoardRequest): ClaimsPage {
  const ofKind = boardEntries(snapshot).filter((entry) => !request.kind || entry.kind === request.kind);
  const counts = { all: ofKind.length, contested: 0, corroborated: 0 };
  for (const entry of ofKind) {
    if (shows.contested(entry)) counts.contested++;
    if (shows.corroborated(entry)) counts.corroborated++;
  }
  const shown = request.show === 'all' ? ofKind : ofKind.filter(shows[request.show]);
  const reliabilityOf = helpers(snapshot).reliabilityOf;
  const items = shown.slice(request.offset, request.offset + request.limit).map((entry) => boardItem(entry, lookup, reliabilityOf));
  return { items, total: shown.length, limit: request.limit, offset: request.offset, counts };
}

function boardItem(entry: BoardEntry, lookup: EntityLookup, reliabilityOf: (outlet: string | null) => Reliability): BoardItem {
  const against = contradictingReports(entry.grade.contradictions);
  return {
    key: entry.key, kind: entry.kind, summary: entry.summary(lookup), independentSources: entry.grade.independentSources,
    credibility: entry.credibility,
    reason: entry.override ? ANALYST_OVERRIDE : entry.grade.grade.reason,
    override: null,
    contradictions: entry.grade.contradictions,
    reports: entry.reports.map(({ row, extraction }) => {
      const quote = entry.kind === 'claim' ? (row as StoredQuote) : null;
      const reportKey = `${quote ? 'quote' : 'event'}:${row.id}`;
      return {
        key: reportKey, kind: quote ? 'quote' as const : 'event' as const, id: row.id, documentId: extraction.document.id, outlet: extraction.document.outlet,
        grade: reliabilityOf(extraction.document.outlet),
        text: quote ? shorten(quote.content.text, 300) : ((row as StoredEvent).evidence ?? (row as StoredEvent).trigger).text,
        certainty: row.certainty, supports: !against.has(reportKey),
      };
    }),
  };
}

/** The reason an item carries while an analyst's credibility overrides the computed one. */
export const ANALYST_OVERRIDE = 'set by an analyst';

function shorten(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
