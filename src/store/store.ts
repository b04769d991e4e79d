import type { Extraction } from '../extract/extraction.js';
import type { Certainty, EntityType, EventType, Geo, RelationType, TextSpan } from '../extract/types.js';

// The store's contract. Two real implementations (SQLite, PostgreSQL) pass one conformance
// suite. Ingest codes against the methods marked "ingest" only; add methods freely, but
// change these signatures only together with src/ingest/.

/** Where a document came from, as ingest saw it. */
export interface DocumentSource {
  /** The URL it was fetched from, or null for files. */
  url: string | null;
  /** The file path it was read from, or null for URLs and standard input. */
  path: string | null;
  /** The publishing outlet ("The Daily Beast"), when known (feed title, URL host, HTML meta). */
  outlet: string | null;
}

export interface NewDocument extends DocumentSource {
  /** Hex SHA-256 of the text as extracted: the idempotency key. */
  contentHash: string;
  /** 64-bit SimHash of the text, 16 hex digits: near-duplicate detection. */
  simhash: string;
  /** The article text that all offsets refer to. */
  text: string;
  title: string | null;
  published: string | null;
  /** An older document at the same URL that this one replaces, if any. */
  versionOf: string | null;
  /** The earliest near-duplicate (syndicated copy) this one repeats, if any. */
  duplicateOf: string | null;
  /** Stage ids of the extractor that produced the extraction (provenance). */
  extractor: readonly string[];
  /**
   * Set when the extraction's entity ids were resolved across the corpus (ingest's resolver):
   * the canonical name of each id. Entities are then linked by id (following merges) and
   * analyst/alias-file aliases only, not by earlier mentions' names, and new ones take these names.
   */
  entityNames?: Record<string, string>;
}

export interface StoredDocument extends NewDocument {
  id: string;
  ingestedAt: string;
}

export interface DocumentSummary {
  id: string;
  title: string | null;
  published: string | null;
  outlet: string | null;
  url: string | null;
  simhash: string;
  ingestedAt: string;
}

export interface IngestFailure {
  /** The path, URL or feed as given. */
  input: string;
  reason: string;
  at: string;
}


/** Offset pagination; `limit` is capped by the store (see MAX_PAGE_SIZE). */
export interface Page {
  limit?: number;
  offset?: number;
}

export interface Paged<T> {
  items: T[];
  /** All rows matching, not only this page's. */
  total: number;
  limit: number;
  offset: number;
}

/** current: the newest version at its URL and no syndicated copy; the others say why not. */
export type DocumentStatus = 'current' | 'superseded' | 'duplicate';

export interface DocumentFilter {
  outlet?: string;
  /** Inclusive bounds on the published date, compared as ISO text ("2015-11" ≤ "2015-11-20"). */
  publishedFrom?: string;
  publishedTo?: string;
  status?: DocumentStatus;
}

export interface ListedDocument extends DocumentSummary {
  status: DocumentStatus;
}

/** A mention as stored: the extractor's span plus its link to a canonical entity. */
export interface StoredMention extends TextSpan {
  id: number;
  documentId: string;
  /** The extractor's id for the entity within its document. */
  localId: string;
  type: EntityType;
  value: string | null;
  geo: Geo | null;
  /** The canonical entity (across documents), or null for dates and numbers. */
  entityId: string | null;
}

/** A stored document as entity resolution reads it. */
export interface ResolutionInput {
  documentId: string;
  contentHash: string;
  text: string;
  mentions: Pick<StoredMention, 'start' | 'end' | 'text' | 'type' | 'localId' | 'entityId' | 'value'>[];
}

export interface EventParticipant {
  role: 'actor' | 'target' | 'location';
  localId: string;
  /** Canonical entities the local id's mentions link to. */
  entityIds: string[];
}

export interface StoredEvent {
  id: number;
  documentId: string;
  type: EventType;
  trigger: TextSpan;
  evidence: TextSpan | null;
  participants: EventParticipant[];
  date: string | null;
  killed: number | null;
  certainty: Certainty;
  /** The analyst's latest credibility override (1–6), or null. */
  credibility: number | null;
}

/** Filters for events across documents; all given ones must hold. */
export interface EventFilter {
  type?: EventType;
  /** Events with this canonical entity as actor, target or location. */
  entityId?: string;
  documentId?: string;
  /** Inclusive bounds on the event's date, or its document's published date when it has none. */
  from?: string;
  to?: string;
}

export interface StoredQuote {
  id: number;
  documentId: string;
  speakerLocalId: string | null;
  speakerEntityIds: string[];
  speakerText: string | null;
  speakerSpan: TextSpan | null;
  speakerNamed: boolean;
  cue: string | null;
  cueSpan: TextSpan | null;
  content: TextSpan;
  direct: boolean;
  certainty: Certainty;
  credibility: number | null;
}

export interface StoredRelation {
  id: number;
  documentId: string;
  type: RelationType;
  sourceLocalId: string;
  targetLocalId: string;
  sourceEntityIds: string[];
  targetEntityIds: string[];
  evidence: TextSpan;
}

export interface StoredExtraction {
  document: StoredDocument;
  mentions: StoredMention[];
  events: StoredEvent[];
  quotes: StoredQuote[];
  relations: StoredRelation[];
}

/**
 * An entity's profile lists and what each holds: the articles mentioning it, events with it as
 * actor or target, quotes it speaks or is named in (not its own), relations on either side
 * (both sides resolved to entities).
 */
export interface EntityListItems {
  documents: StoredDocument;
  eventsAsActor: StoredEvent;
  eventsAsTarget: StoredEvent;
  quotesBy: StoredQuote;
  quotesAbout: StoredQuote;
  relations: StoredRelation;
}
export type EntityList = keyof EntityListItems;

/** When and where an entity is seen. */
export interface EntityOverview {
  /** The earliest and latest published dates of the articles mentioning it (undated ones say nothing). */
  firstSeen: string | null;
  lastSeen: string | null;
  /** Its mentions per month the articles were published ("YYYY-MM"), oldest first. */
  mentionsByMonth: { month: string; count: number }[];
  /** The first place given for it, in document order. */
  geo: Geo | null;
}

export interface CanonicalEntity {
  id: string;
  name: string;
  type: EntityType;
  createdAt: string;
  /** Set when this entity was merged into another; follow it to the live entity. */
  mergedInto: string | null;
  mentionCount: number;
  documentCount: number;
}

export interface EntityFilter {
  type?: EntityType;
  /** Case-insensitive prefix of the name or of any word in it. */
  namePrefix?: string;
}

/** document: read in a document at a span; alias-file: the project's alias list; analyst: added by hand. */
export type AliasSource = 'document' | 'alias-file' | 'analyst';

export interface Alias {
  entityId: string;
  name: string;
  source: AliasSource;
  /** For document aliases: the first mention with this name, and how many there are. */
  documentId: string | null;
  start: number | null;
  end: number | null;
  mentionCount: number;
  addedBy: string | null;
  reason: string | null;
  at: string | null;
}

/** One entry of an alias file (data/aliases.json): a canonical name, its type, its other names. */
export interface AliasImportEntry {
  name: string;
  type: EntityType;
  aliases: readonly string[];
}

export interface AliasImportResult {
  /** Entities created because the store had none with the entry's id. */
  entities: number;
  /** Alias rows added. */
  aliases: number;
}

/** Who did something by hand and why: every analyst decision carries one. */
export interface Actor {
  who: string;
  why: string;
}

export type EntityChangeKind = 'merge' | 'split' | 'undo';

export interface EntityChange {
  id: number;
  kind: EntityChangeKind;
  /** merge: the entity merged away; split: the entity split; undo: the change undone's source. */
  sourceEntityId: string;
  /** merge: the entity kept; split: the new entity. */
  targetEntityId: string;
  who: string;
  why: string;
  at: string;
  /** For undo: the change it reverses. */
  undoes: number | null;
  /** The undo that reversed this change, if any. */
  undoneBy: number | null;
  /** How many mentions and aliases moved. */
  moved: number;
}

/** What to take out of an entity on a split; the union of the given selectors. */
export interface SplitSelection {
  mentionIds?: number[];
  documentIds?: string[];
  /** Mention texts and analyst/alias-file aliases, compared case- and accent-insensitively. */
  names?: string[];
}

export const SOURCE_GRADES = ['A', 'B', 'C', 'D', 'E', 'F'] as const;
/** Admiralty source reliability: A completely reliable … E unreliable, F cannot be judged. */
export type SourceGrade = (typeof SOURCE_GRADES)[number];
export const DEFAULT_SOURCE_GRADE: SourceGrade = 'F';

export interface SourceGradeChange {
  outlet: string;
  grade: SourceGrade;
  who: string;
  reason: string;
  at: string;
}

export interface OutletGrade {
  outlet: string;
  /** The latest grade set, or DEFAULT_SOURCE_GRADE when never set. */
  grade: SourceGrade;
  /** Newest first; empty when never graded. */
  history: SourceGradeChange[];
}

/** What a credibility rating is about: an event or a claim (quote) row. */
export interface CredibilityTarget {
  kind: 'event' | 'quote';
  id: number;
}

export interface CredibilityChange extends CredibilityTarget {
  /** Admiralty information credibility: 1 confirmed … 5 improbable, 6 cannot be judged. */
  credibility: number;
  who: string;
  reason: string;
  at: string;
}

export interface CredibilityRecord {
  current: number | null;
  /** Newest first. */
  history: CredibilityChange[];
}

/** Search filters; all given ones must hold. */
export interface SearchFacets {
  /** Documents mentioning all these canonical entities. */
  entityIds?: string[];
  /** Documents mentioning a canonical entity of this type (names only: dates and numbers are values, not entities). */
  entityType?: EntityType;
  outlet?: string;
  publishedFrom?: string;
  publishedTo?: string;
  /** Documents with an event of this type. */
  eventType?: EventType;
}

export interface Highlight {
  start: number;
  end: number;
}

export interface SearchHit {
  document: DocumentSummary;
  /** A passage around the matches, plain text; `highlights` are offsets into it. */
  snippet: string;
  highlights: Highlight[];
  /** Higher is better; comparable within one result only. */
  score: number;
}

export interface FacetCount {
  value: string;
  /** For entity facets, the entity's name. */
  label?: string;
  count: number;
}

export interface SearchFacetCounts {
  outlet: FacetCount[];
  entity: FacetCount[];
  entityType: FacetCount[];
  eventType: FacetCount[];
  /** Published month, "YYYY-MM". */
  month: FacetCount[];
}

export interface SearchResult extends Paged<SearchHit> {
  facets: SearchFacetCounts;
  /**
   * How many hits the facet counts cover: all of them (= total) up to a limit, else the
   * best-ranked ones up to it (FACET_HIT_LIMIT in src/store/sql/search.ts).
   */
  facetHits: number;
}

export interface Store {
  /** ingest: the document with this content hash, if already stored. */
  findDocumentByHash(contentHash: string): Promise<StoredDocument | null>;
  /** ingest: the newest stored version of the document at this URL. */
  findLatestByUrl(url: string): Promise<StoredDocument | null>;
  /**
   * ingest: documents whose SimHash shares at least one 16-bit band with `simhash`
   * (candidates; the caller checks the Hamming distance).
   */
  findSimhashCandidates(simhash: string): Promise<DocumentSummary[]>;
  /**
   * ingest: saves a document with its extraction (entities, events, quotes, relations) in one
   * transaction: after a crash either all of it is there or none. Saving a content hash that
   * is already stored returns the stored document and writes nothing. Mentions of names are
   * linked to canonical entities as part of the same transaction.
   */
  saveDocument(document: NewDocument, extraction: Extraction): Promise<StoredDocument>;
  /** ingest: records why an input could not be ingested. */
  recordFailure(failure: IngestFailure): Promise<void>;
  /** Oldest first, a page at a time. */
  listFailures(page: Page): Promise<Paged<IngestFailure>>;

  getDocument(id: string): Promise<StoredDocument | null>;
  /** Newest published first (undated last), then newest ingested. */
  listDocuments(filter: DocumentFilter, page: Page): Promise<Paged<ListedDocument>>;
  /** Every stored version of the document at this URL, oldest first. */
  listVersions(url: string): Promise<DocumentSummary[]>;
  /** The document's stored extraction rows, each with its span; null for an unknown id. */
  getExtraction(documentId: string): Promise<StoredExtraction | null>;
  /** Every document's extraction, in `listDocuments` order, read in chunks: what the corpus-wide views read. */
  allExtractions(): AsyncIterable<StoredExtraction>;
  /**
   * Every document's text and entity mentions (by start), in `listDocuments` order, read in
   * chunks: what corpus-wide entity resolution is seeded with. Given ids: those documents only,
   * in that order (unknown ids skipped).
   */
  resolutionInputs(documentIds?: readonly string[]): AsyncIterable<ResolutionInput>;
  /** The content hash of every stored document: what a resolver checks to catch up with other writers. */
  contentHashes(): Promise<{ documentId: string; contentHash: string }[]>;

  /** Events across documents, latest first (by event date, else published date). */
  listEvents(filter: EventFilter, page: Page): Promise<Paged<StoredEvent>>;

  /** Full-text search (empty query: all documents) filtered by facets, with facet counts. */
  search(query: string, facets: SearchFacets, page: Page): Promise<SearchResult>;

  getEntity(id: string): Promise<CanonicalEntity | null>;
  /** Live (not merged-away) entities, most mentioned first. */
  listEntities(filter: EntityFilter, page: Page): Promise<Paged<CanonicalEntity>>;
  /** Every live entity, most mentioned first (as `listEntities` without a filter): what the corpus-wide views read. */
  allEntities(): Promise<CanonicalEntity[]>;
  /**
   * A mark that differs after any change the corpus-wide views could show (a document saved; an
   * entity merged, split or undone; an alias, grade or credibility added): cheap to read.
   */
  revision(): Promise<string>;
  /** Document aliases (one per distinct mention text) and alias-file/analyst aliases. */
  listAliases(entityId: string): Promise<Alias[]>;
  addAlias(entityId: string, name: string, source: 'alias-file' | 'analyst', actor: Actor): Promise<void>;
  /**
   * Records an alias file's names as 'alias-file' aliases of their entities (created with the
   * file's canonical name when missing), so later documents using any of them join that entity.
   * Idempotent.
   */
  importAliases(entries: readonly AliasImportEntry[], actor: Actor): Promise<AliasImportResult>;
  /** In document order, oldest document first. */
  listEntityMentions(entityId: string, page: Page): Promise<Paged<StoredMention>>;
  /** The documents that mention the entity, oldest saved first. */
  entityDocumentIds(entityId: string): Promise<string[]>;
  /**
   * One of the entity's profile lists, a page at a time: newest article first (undated last,
   * ties by document id), rows in stored order within an article.
   */
  entityListPage<L extends EntityList>(entityId: string, list: L, page: Page): Promise<Paged<EntityListItems[L]>>;
  entityOverview(entityId: string): Promise<EntityOverview>;
  /** Moves every mention and alias of `sourceId` to `targetId`; `sourceId` then redirects. */
  mergeEntities(sourceId: string, targetId: string, actor: Actor): Promise<EntityChange>;
  /** Moves the selected mentions and aliases of `entityId` to a new entity. */
  splitEntity(
    entityId: string,
    selection: SplitSelection,
    newEntity: { name: string; type?: EntityType },
    actor: Actor,
  ): Promise<EntityChange>;
  /** Reverses a merge or split (moves back what it moved), recorded as a change of its own. */
  undoEntityChange(changeId: number, actor: Actor): Promise<EntityChange>;
  /** Newest first; only those touching the entity when given. */
  listEntityChanges(entityId?: string): Promise<EntityChange[]>;

  setSourceGrade(outlet: string, grade: SourceGrade, actor: { who: string; reason: string }): Promise<OutletGrade>;
  getSourceGrade(outlet: string): Promise<OutletGrade>;
  /** Every outlet with documents or a grade, alphabetically. */
  listSourceGrades(): Promise<OutletGrade[]>;

  setCredibility(
    target: CredibilityTarget,
    credibility: number,
    actor: { who: string; reason: string },
  ): Promise<CredibilityRecord>;
  getCredibility(target: CredibilityTarget): Promise<CredibilityRecord>;

  close(): Promise<void>;
}
