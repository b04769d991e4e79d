// The services over a Store: each method reads what it needs and shapes it for the API/CLI.

import { performance } from 'node:perf_hooks';
import { findBoilerplate } from '../extract/document/boilerplate.js';
import { foldName } from '../extract/entities/names.js';
import type { DocumentSummary, DocumentView, EntityProfile, GraphView, Paged, ProfileList, ProfileListPage } from '../api/dto.js';
import { neighbourhood, shortestPath, type GraphEdge, type GraphNode } from '../analyse/graph.js';
import type { EntityType, EventType } from '../extract/types.js';
import { StoreRequestError } from '../store/errors.js';
import { SOURCE_GRADES, type Alias, type CanonicalEntity, type SourceGrade, type Store, type StoredDocument, type StoredEvent, type StoredQuote, type StoredRelation } from '../store/store.js';
import { ANALYST_OVERRIDE, claimsBoard, timeline } from './corroboration-views.js';
import { isCalendarDate } from './dates.js';
import { mapFeatures } from './map-view.js';
import { eventView, quoteView, relationView, type EntityLookup } from './refs.js';
import { BadRequestError, NotFoundError, type ChangeBy, type PageRequest, type SearchRequest, type Services, type TimelineFilter } from './services.js';
import { SnapshotCache, type Snapshot } from './snapshot.js';

const DEFAULT_PAGE = 20;
/** Sentences per link in a graph view: a hub's links in a large corpus have thousands (14 MB for one view at 10,000 documents). */
const GRAPH_EVIDENCE = 3;

/** Items per list in an entity profile: a much-mentioned entity has thousands of quotes. */
const PROFILE_ITEMS = 50;
const PROFILE_LISTS: readonly ProfileList[] = ['documents', 'eventsAsActor', 'eventsAsTarget', 'quotesBy', 'quotesAbout', 'relations'];
/** Profiles kept while the store is unchanged: an entity named in most of a large corpus takes seconds to count. */
const KEPT_PROFILES = 8;

export interface ServiceOptions {
  /** How long a corpus snapshot is used before the store is asked whether it changed. */
  snapshotMaxAgeMs?: number;
  /** Sentences per link in a graph view (default 3; all of them through edgeEvidence). */
  graphEvidence?: number;
  /** Items per list in an entity profile (default 50; all of them through entityList). */
  profileItems?: number;
}

export function createServices(store: Store, options: ServiceOptions = {}): Services {
  const graphEvidence = options.graphEvidence ?? GRAPH_EVIDENCE;
  const profileItems = options.profileItems ?? PROFILE_ITEMS;
  const profiles = new Map<string, Promise<EntityProfile>>();
  const snapshots = new SnapshotCache(store, options.snapshotMaxAgeMs);
  const page = (r: PageRequest) => ({ limit: r.limit ?? DEFAULT_PAGE, offset: r.offset ?? 0 });

  /**
   * The live entities behind these ids, for views to name them. `known` is shared by the reads of
   * one answer (a profile's six lists name many of the same entities; reading one with its counts
   * costs a pass over its documents, 0.1–0.4 s for one named in 77,000 of 100,000).
   */
  async function lookupFor(ids: Iterable<string>, known = new Map<string, Promise<CanonicalEntity | null>>()): Promise<EntityLookup> {
    const found = new Map<string, CanonicalEntity>();
    for (const id of new Set(ids)) {
      let live = known.get(id);
      if (!live) known.set(id, (live = liveEntity(id)));
      const entity = await live;
      if (entity) found.set(id, entity);
    }
    return (id) => found.get(id);
  }

  /** Follows merges to the entity that is live now. */
  async function liveEntity(id: string): Promise<CanonicalEntity | null> {
    const seen = new Set<string>();
    let entity = await store.getEntity(id);
    while (entity?.mergedInto && !seen.has(entity.id)) {
      seen.add(entity.id);
      entity = await store.getEntity(entity.mergedInto);
    }
    return entity;
  }

  /**
   * By id (following merges), then by exact name, then by what articles call it ("Putin",
   * "ISIS": mention texts read as that entity), then, for reading only, by the start of a
   * name ("vlad"): a merge or split must not fall on an entity that merely starts alike.
   */
  async function resolveEntity(idOrName: string, match: 'exact' | 'prefix' = 'prefix'): Promise<CanonicalEntity> {
    const byId = await liveEntity(idOrName);
    if (byId) return byId;
    const wanted = foldName(idOrName);
    const candidates = (await store.listEntities({ namePrefix: idOrName }, { limit: 50, offset: 0 })).items;
    const found = candidates.find((e) => foldName(e.name) === wanted) ?? (await entityCalled(idOrName)) ?? (match === 'prefix' ? candidates[0] : undefined);
    if (!found) throw new NotFoundError(`no entity "${idOrName}"`);
    return found;
  }

  /** The entity whose mentions most often read exactly `name`, among articles containing it. */
  async function entityCalled(name: string): Promise<CanonicalEntity | null> {
    const wanted = foldName(name);
    if (!wanted) return null;
    const hits = await store.search(`"${name.replace(/"/g, '')}"`, {}, { limit: 50, offset: 0 });
    const votes = new Map<string, number>();
    for (const hit of hits.items) {
      for (const m of (await store.getExtraction(hit.document.id))?.mentions ?? []) {
        if (m.entityId && foldName(m.text) === wanted) votes.set(m.entityId, (votes.get(m.entityId) ?? 0) + 1);
      }
    }
    const best = [...votes].sort((a, b) => b[1] - a[1])[0];
    return best ? liveEntity(best[0]) : null;
  }

  async function withGrades<T extends { outlet: string | null }>(items: T[]): Promise<(T & { grade: SourceGrade })[]> {
    const grades = new Map((await store.listSourceGrades()).map((g) => [g.outlet, g.grade]));
    return items.map((d) => ({ ...d, grade: (d.outlet && grades.get(d.outlet)) || 'F' }));
  }

  function summary(d: StoredDocument): DocumentSummary {
    return { id: d.id, title: d.title, published: d.published, outlet: d.outlet, url: d.url, ingestedAt: d.ingestedAt };
  }

  /** The profile, kept for the few entities last asked about while the store is unchanged. */
  async function profile(entity: CanonicalEntity): Promise<EntityProfile> {
    const key = `${entity.id}\u0000${await store.revision()}`;
    let kept = profiles.get(key);
    if (!kept) {
      kept = readProfile(entity);
      profiles.set(key, kept);
      kept.catch(() => profiles.delete(key));
      // The oldest goes first: a Map iterates in the order of insertion.
      while (profiles.size > KEPT_PROFILES) profiles.delete(profiles.keys().next().value!);
    }
    return kept;
  }

  /** The profile with each long list's newest items, and how long each is. */
  async function readProfile(entity: CanonicalEntity): Promise<EntityProfile> {
    // Independent reads, side by side: PostgreSQL answers them on several connections.
    const known = new Map([[entity.id, Promise.resolve<CanonicalEntity | null>(entity)]]);
    const aliasesRead = store.listAliases(entity.id);
    const [pages, overview, aliases, namedOutside, changes] = await Promise.all([
      Promise.all(PROFILE_LISTS.map((list) => listPage(entity, list, { limit: profileItems, offset: 0 }, known))),
      store.entityOverview(entity.id),
      aliasesRead,
      aliasesRead.then((read) => namedOutsideText(entity, read)),
      store.listEntityChanges(entity.id),
    ]);
    const lists = Object.fromEntries(PROFILE_LISTS.map((list, i) => [list, pages[i]!.items]));
    const totals = Object.fromEntries(PROFILE_LISTS.map((list, i) => [list, pages[i]!.total])) as Record<ProfileList, number>;
    return {
      id: entity.id, name: entity.name, type: entity.type, mentionCount: entity.mentionCount, documentCount: entity.documentCount,
      aliases,
      namedOutsideText: namedOutside,
      mentionsByMonth: overview.mentionsByMonth, firstSeen: overview.firstSeen, lastSeen: overview.lastSeen,
      ...(lists as Pick<EntityProfile, ProfileList>),
      changes,
      geo: overview.geo,
      totals,
    };
  }

  /** A page of one profile list, shaped for the API: entities named, not only referred to by id. */
  async function listPage(
    entity: CanonicalEntity, list: ProfileList, window: { limit: number; offset: number },
    known = new Map([[entity.id, Promise.resolve<CanonicalEntity | null>(entity)]]),
  ): Promise<ProfileListPage> {
    const { items, ...paged } = await store.entityListPage(entity.id, list, window);
    if (list === 'documents') return { items: (items as StoredDocument[]).map(summary), ...paged };
    const ids = new Set<string>();
    for (const item of items as (StoredEvent | StoredQuote | StoredRelation)[]) {
      if ('participants' in item) item.participants.forEach((p) => p.entityIds.forEach((id) => ids.add(id)));
      else if ('speakerEntityIds' in item) item.speakerEntityIds.forEach((id) => ids.add(id));
      else [...item.sourceEntityIds, ...item.targetEntityIds].forEach((id) => ids.add(id));
    }
    const lookup = await lookupFor(ids, known);
    if (list === 'eventsAsActor' || list === 'eventsAsTarget') return { items: (items as StoredEvent[]).map((e) => eventView(e, lookup)), ...paged };
    if (list === 'relations') return { items: (items as StoredRelation[]).flatMap((r) => relationView(r, lookup) ?? []), ...paged };
    return { items: (items as StoredQuote[]).map((q) => quoteView(q, lookup)), ...paged };
  }

  /**
   * Articles that name the entity only where no entity is read: photo captions, credits and
   * other boilerplate (a caption "Vladimir Putin" over the article). Found by phrase search
   * for its longer names, so an analyst sees the article without it counting as a mention.
   */
  async function namedOutsideText(entity: CanonicalEntity, aliases: readonly Alias[]): Promise<DocumentSummary[]> {
    const names = [...new Set([entity.name, ...aliases.map((a) => a.name)])].filter((n) => n.includes(' '));
    const withMentions = new Set(await store.entityDocumentIds(entity.id));
    const found = new Map<string, DocumentSummary>();
    for (const name of names) {
      const result = await store.search(`"${name.replace(/"/g, '')}"`, {}, { limit: 50, offset: 0 });
      for (const hit of result.items) if (!withMentions.has(hit.document.id)) found.set(hit.document.id, hit.document);
    }
    return [...found.values()];
  }

  function graphView(snapshot: Snapshot, nodes: GraphNode[], edges: GraphEdge[]): GraphView {
    return {
      nodes: nodes.map((n) => {
        const c = snapshot.centrality().get(n.id);
        return { ...n, degree: c?.degree ?? 0, betweenness: c?.betweenness ?? 0, community: c?.community ?? 0 };
      }),
      edges: edges.map(({ evidence, ...edge }) => ({ ...edge, evidenceCount: evidence.length, evidence: evidence.slice(0, graphEvidence) })),
    };
  }

  const entityLookupOf = (snapshot: Snapshot): EntityLookup => (id) => snapshot.entities.get(id);

  const services: Services = {
    async listDocuments(request) {
      const result = await store.listDocuments({ outlet: request.outlet }, page(request));
      return { ...result, items: await withGrades(result.items) } as Paged<DocumentSummary>;
    },

    async document(id) {
      const x = await store.getExtraction(id);
      if (!x) throw new NotFoundError(`no document "${id}"`);
      const ids = new Set<string>();
      x.mentions.forEach((m) => m.entityId && ids.add(m.entityId));
      x.events.forEach((e) => e.participants.forEach((p) => p.entityIds.forEach((i) => ids.add(i))));
      x.quotes.forEach((q) => q.speakerEntityIds.forEach((i) => ids.add(i)));
      x.relations.forEach((r) => [...r.sourceEntityIds, ...r.targetEntityIds].forEach((i) => ids.add(i)));
      const lookup = await lookupFor(ids);
      const [graded] = await withGrades([summary(x.document)]);
      const view: DocumentView = {
        document: { ...graded!, text: x.document.text, path: x.document.path, duplicateOf: x.document.duplicateOf, versionOf: x.document.versionOf },
        // Boilerplate is a pure function of the stored text, so it is recomputed rather than stored.
        boilerplate: findBoilerplate(x.document.text).map(({ start, end }) => ({ start, end })),
        mentions: x.mentions.map((m) => ({
          id: m.id, start: m.start, end: m.end, text: m.text, type: m.type,
          entityId: m.entityId ? lookup(m.entityId)?.id ?? m.entityId : null, value: m.value, geo: m.geo,
        })),
        events: x.events.map((e) => eventView(e, lookup)),
        quotes: x.quotes.map((q) => quoteView(q, lookup)),
        relations: x.relations.map((r) => relationView(r, lookup)).filter((r) => r !== null),
      };
      return view;
    },

    async search(request: SearchRequest) {
      for (const [name, value] of [['from', request.from], ['to', request.to]] as const) {
        if (value !== undefined && !isCalendarDate(value)) throw new BadRequestError(`${name}: "${value}" is not a date as YYYY, YYYY-MM or YYYY-MM-DD`);
      }
      // Entities by id or by name, as everywhere else; an unknown one is a 404, not zero hits.
      const entityIds = request.entity?.length ? await Promise.all(request.entity.map(async (e) => (await resolveEntity(e)).id)) : undefined;
      const result = await store.search(request.q, {
        entityIds, entityType: request.type as EntityType | undefined,
        outlet: request.outlet, publishedFrom: request.from, publishedTo: request.to, eventType: request.eventType as EventType | undefined,
      }, page(request));
      return result;
    },

    async listEntities(request) {
      return store.listEntities({ type: request.type?.toUpperCase() as EntityType | undefined, namePrefix: request.q }, page(request));
    },

    async entity(idOrName) {
      return profile(await resolveEntity(idOrName));
    },

    async entityList(idOrName, list, request) {
      return listPage(await resolveEntity(idOrName), list, page(request));
    },

    async merge(keep, remove, by: ChangeBy) {
      const [kept, removed] = [await resolveEntity(keep, 'exact'), await resolveEntity(remove, 'exact')];
      if (kept.id === removed.id) throw new BadRequestError(`"${keep}" and "${remove}" are already the same entity`);
      await store.mergeEntities(removed.id, kept.id, by);
      snapshots.invalidate();
      return profile((await liveEntity(kept.id))!);
    },

    async split(id, names, by) {
      const entity = await resolveEntity(id, 'exact');
      const change = await store.splitEntity(entity.id, { names }, { name: names[0]! }, by);
      snapshots.invalidate();
      return profile((await liveEntity(change.targetEntityId))!);
    },

    async undo(changeId, by) {
      const change = (await store.listEntityChanges()).find((c) => c.id === changeId);
      if (!change) throw new NotFoundError(`no entity change ${changeId}`);
      await store.undoEntityChange(changeId, by);
      snapshots.invalidate();
      // Either way the change's source is whole again: the entity merged away, or the one split.
      return profile((await liveEntity(change.sourceEntityId))!);
    },

    async graph(entities, depth) {
      const snapshot = await snapshots.get();
      const nodes = new Map<string, GraphNode>();
      const edges = new Map<string, GraphEdge>();
      for (const wanted of entities) {
        const entity = await resolveEntity(wanted);
        const around = neighbourhood(snapshot.graph, entity.id, depth);
        if (around.nodes.length === 0) nodes.set(entity.id, { id: entity.id, name: entity.name, type: entity.type, mentions: entity.mentionCount });
        around.nodes.forEach((n) => nodes.set(n.id, n));
        around.edges.forEach((e) => edges.set(e.id, e));
      }
      return graphView(snapshot, [...nodes.values()], [...edges.values()]);
    },

    async path(from, to) {
      const snapshot = await snapshots.get();
      const [a, b] = [await resolveEntity(from), await resolveEntity(to)];
      const found = shortestPath(snapshot.graph, a.id, b.id);
      if (!found) throw new NotFoundError(`no path between "${a.name}" and "${b.name}" in the corpus`);
      return graphView(snapshot, found.nodes, found.edges);
    },

    async edgeEvidence(edgeId, request) {
      const { graph } = await snapshots.get();
      if (!graph.hasEdge(edgeId)) throw new NotFoundError(`no link "${edgeId}" in the graph`);
      const { limit, offset } = page(request);
      const { kind, evidence } = graph.getEdgeAttributes(edgeId);
      return {
        edge: { id: edgeId, source: graph.source(edgeId), target: graph.target(edgeId), kind },
        items: evidence.slice(offset, offset + limit), total: evidence.length, limit, offset,
      };
    },

    async timeline(filter: TimelineFilter) {
      const snapshot = await snapshots.get();
      const resolved = {
        ...filter,
        actor: filter.actor ? (await resolveEntity(filter.actor)).id : undefined,
        place: filter.place ? (await resolveEntity(filter.place)).id : undefined,
      };
      return { items: timeline(snapshot, resolved, entityLookupOf(snapshot)) };
    },

    async map() {
      return mapFeatures(await snapshots.get());
    },

    async prepareViews() {
      const started = performance.now();
      const snapshot = await snapshots.get();
      return { documents: snapshot.extractions.length, seconds: (performance.now() - started) / 1000 };
    },

    async claims(request) {
      const snapshot = await snapshots.get();
      const board = claimsBoard(snapshot, entityLookupOf(snapshot), { show: request.show ?? 'all', kind: request.kind, ...page(request) });
      for (const item of board.items) {
        if (item.reason !== ANALYST_OVERRIDE) continue;
        for (const report of item.reports) {
          const record = await store.getCredibility({ kind: report.kind, id: report.id });
          const latest = record.history[0];
          if (latest) {
            item.override = { credibility: latest.credibility, who: latest.who, reason: latest.reason, at: latest.at };
            break;
          }
        }
      }
      return board;
    },

    listSourceGrades: () => store.listSourceGrades(),

    async gradeSource(outlet, grade, by) {
      if (!(SOURCE_GRADES as readonly string[]).includes(grade)) throw new BadRequestError(`source grade must be one of A–F, got "${grade}"`);
      const result = await store.setSourceGrade(outlet, grade as SourceGrade, { who: by.who, reason: by.why });
      snapshots.invalidate();
      return result;
    },

    async gradeItem(kind, id, credibility, by) {
      if (!Number.isInteger(credibility) || credibility < 1 || credibility > 6) throw new BadRequestError(`credibility must be 1–6, got ${credibility}`);
      const result = await store.setCredibility({ kind, id }, credibility, { who: by.who, reason: by.why }).catch((error: unknown) => {
        throw error instanceof StoreRequestError && error.field === 'id' ? new NotFoundError(`no ${kind} ${id}`) : error;
      });
      snapshots.invalidate();
      return result;
    },

    async failures(request) {
      return store.listFailures(page(request));
    },
  };
  return services;
}
