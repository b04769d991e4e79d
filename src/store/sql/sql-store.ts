import type { Extraction } from '../../extract/extraction.js';
import type { EntityType } from '../../extract/types.js';
import { StoreRequestError } from '../errors.js';
import { simhashBands } from '../simhash-bands.js';
import type {
  Actor, Alias, AliasImportEntry, AliasImportResult, CanonicalEntity, CredibilityRecord, CredibilityTarget, DocumentFilter, DocumentSummary, EntityChange,
  EntityList, EntityListItems, EntityOverview,
  EntityFilter, EventFilter, IngestFailure, ListedDocument, NewDocument, OutletGrade, Page, Paged, ResolutionInput, SearchFacets, SearchResult,
  SourceGrade, SplitSelection, Store, StoredDocument, StoredEvent, StoredExtraction, StoredMention,
} from '../store.js';
import {
  DOCUMENT_COLUMNS, idsInListingOrder, STATUS_SQL, SUMMARY_COLUMNS, toListed, toStoredDocument, toSummary, type DocumentRow, type SummaryRow,
} from './document-rows.js';
import { importAliases } from './alias-import.js';
import * as changes from './entity-changes.js';
import { ENTITY_LISTS, entityListPage, entityOverview } from './entity-profile.js';
import * as entities from './entity-reads.js';
import { placeholders, type SqlExecutor, type SqlValue } from './executor.js';
import { listEvents } from './event-list.js';
import * as grades from './grades.js';
import { pageWindow } from './paging.js';
import { readExtraction, readExtractions } from './read-extraction.js';
import { contentHashes, resolutionInputs } from './resolution-inputs.js';
import { revision } from './revision.js';
import { insertDocument } from './save-document.js';
import { search } from './search.js';
import type { SqlDialect } from './dialect.js';
import { publishedUpTo } from './date-bounds.js';

/**
 * The Store over any SQL database: portable SQL here, the database's own parts (connection,
 * migrations, full-text search) passed in. SqliteStore and PostgresStore are this class with
 * their executor and search dialect.
 */
// Documents per read in the corpus-wide reads: five statements per chunk, not per document.
const EXTRACTION_CHUNK = 200;

export class SqlStore implements Store {
  constructor(
    protected readonly db: SqlExecutor,
    private readonly dialect: SqlDialect,
    /** The clock, as ISO text; tests may pin it. */
    private readonly now: () => string = () => new Date().toISOString(),
  ) {}

  async findDocumentByHash(contentHash: string): Promise<StoredDocument | null> {
    return this.oneDocument('d.content_hash = ?', [contentHash]);
  }

  async findLatestByUrl(url: string): Promise<StoredDocument | null> {
    const rows = await this.db.all<DocumentRow>(
      `SELECT ${DOCUMENT_COLUMNS} FROM documents d WHERE d.url = ? ORDER BY d.seq DESC LIMIT 1`,
      [url],
    );
    return rows[0] ? toStoredDocument(rows[0]) : null;
  }

  async findSimhashCandidates(simhash: string): Promise<DocumentSummary[]> {
    const bands = simhashBands(simhash);
    const rows = await this.db.all<SummaryRow>(
      `SELECT ${SUMMARY_COLUMNS} FROM documents d
       WHERE d.simhash_band0 = ? OR d.simhash_band1 = ? OR d.simhash_band2 = ? OR d.simhash_band3 = ?
       ORDER BY d.seq`,
      bands,
    );
    return rows.map(toSummary);
  }

  async saveDocument(document: NewDocument, extraction: Extraction): Promise<StoredDocument> {
    const known = await this.findDocumentByHash(document.contentHash);
    if (known) return known;
    await this.db.transaction(async (tx) => {
      await insertDocument(tx, document, extraction, this.now(), this.dialect.entityLock);
      await this.dialect.afterSave?.(tx);
    });
    const stored = await this.findDocumentByHash(document.contentHash);
    if (!stored) throw new Error(`document ${document.contentHash} is missing right after saving`);
    return stored;
  }

  async recordFailure(failure: IngestFailure): Promise<void> {
    await this.db.run('INSERT INTO failures (input, reason, at) VALUES (?, ?, ?)', [failure.input, failure.reason, failure.at]);
  }

  async listFailures(page: Page): Promise<Paged<IngestFailure>> {
    const window = pageWindow(page);
    const items = await this.db.all<IngestFailure>('SELECT input, reason, at FROM failures ORDER BY id LIMIT ? OFFSET ?', [window.limit, window.offset]);
    const [count] = await this.db.all<{ n: number }>('SELECT count(*) AS n FROM failures');
    return { items, total: Number(count!.n), ...window };
  }

  async getDocument(id: string): Promise<StoredDocument | null> {
    return this.oneDocument('d.id = ?', [id]);
  }

  async listDocuments(filter: DocumentFilter, page: Page): Promise<Paged<ListedDocument>> {
    const window = pageWindow(page);
    const where: string[] = ['1 = 1'];
    const params: SqlValue[] = [];
    if (filter.outlet) {
      where.push('outlet = ?');
      params.push(filter.outlet);
    }
    if (filter.publishedFrom) {
      where.push('published >= ?');
      params.push(filter.publishedFrom);
    }
    if (filter.publishedTo) {
      const upTo = publishedUpTo('published', filter.publishedTo);
      where.push(upTo.sql);
      params.push(...upTo.params);
    }
    if (filter.status) {
      where.push('status = ?');
      params.push(filter.status);
    }
    const listed = `SELECT ${SUMMARY_COLUMNS}, d.seq, ${STATUS_SQL} AS status FROM documents d`;
    const condition = where.join(' AND ');
    const [count] = await this.db.all<{ n: number }>(`SELECT count(*) AS n FROM (${listed}) l WHERE ${condition}`, params);
    const rows = await this.db.all<SummaryRow & { status: string }>(
      `SELECT * FROM (${listed}) l WHERE ${condition}
       ORDER BY (published IS NULL), published DESC, seq DESC LIMIT ? OFFSET ?`,
      [...params, window.limit, window.offset],
    );
    return { items: rows.map(toListed), total: Number(count!.n), ...window };
  }

  async listVersions(url: string): Promise<DocumentSummary[]> {
    const rows = await this.db.all<SummaryRow>(`SELECT ${SUMMARY_COLUMNS} FROM documents d WHERE d.url = ? ORDER BY d.seq`, [url]);
    return rows.map(toSummary);
  }

  async getExtraction(documentId: string): Promise<StoredExtraction | null> {
    const document = await this.getDocument(documentId);
    return document ? readExtraction(this.db, document) : null;
  }

  async *allExtractions(): AsyncIterable<StoredExtraction> {
    const documentIds = await idsInListingOrder(this.db);
    for (let from = 0; from < documentIds.length; from += EXTRACTION_CHUNK) {
      const ids = documentIds.slice(from, from + EXTRACTION_CHUNK);
      const rows = await this.db.all<DocumentRow>(`SELECT ${DOCUMENT_COLUMNS} FROM documents d WHERE d.id IN (${placeholders(ids.length)})`, ids);
      const byId = new Map(rows.map((row) => [row.id, toStoredDocument(row)]));
      // A document gone since the order was read is skipped.
      yield* await readExtractions(this.db, ids.flatMap((id) => byId.get(id) ?? []));
    }
  }

  resolutionInputs(documentIds?: readonly string[]): AsyncIterable<ResolutionInput> {
    return resolutionInputs(this.db, documentIds);
  }

  contentHashes(): Promise<{ documentId: string; contentHash: string }[]> {
    return contentHashes(this.db);
  }

  listEvents(filter: EventFilter, page: Page): Promise<Paged<StoredEvent>> {
    return listEvents(this.db, filter, pageWindow(page));
  }

  search(query: string, facets: SearchFacets, page: Page): Promise<SearchResult> {
    return search(this.db, this.dialect, query, facets, pageWindow(page));
  }

  getEntity(id: string): Promise<CanonicalEntity | null> {
    return entities.readEntity(this.db, id);
  }

  allEntities(): Promise<CanonicalEntity[]> {
    return entities.allEntities(this.db);
  }

  revision(): Promise<string> {
    return revision(this.db);
  }

  listEntities(filter: EntityFilter, page: Page): Promise<Paged<CanonicalEntity>> {
    return entities.listEntities(this.db, filter, pageWindow(page));
  }

  listAliases(entityId: string): Promise<Alias[]> {
    return entities.listAliases(this.db, entityId);
  }

  addAlias(entityId: string, name: string, source: 'alias-file' | 'analyst', actor: Actor): Promise<void> {
    return this.entityTransaction((tx) => entities.addAlias(tx, entityId, name, source, actor, this.now()));
  }

  importAliases(entries: readonly AliasImportEntry[], actor: Actor): Promise<AliasImportResult> {
    return this.entityTransaction((tx) => importAliases(tx, entries, actor, this.now()));
  }

  listEntityMentions(entityId: string, page: Page): Promise<Paged<StoredMention>> {
    return entities.listEntityMentions(this.db, entityId, pageWindow(page));
  }

  entityDocumentIds(entityId: string): Promise<string[]> {
    return entities.entityDocumentIds(this.db, entityId);
  }

  async entityListPage<L extends EntityList>(entityId: string, list: L, page: Page): Promise<Paged<EntityListItems[L]>> {
    if (!ENTITY_LISTS.includes(list)) throw new StoreRequestError('list', `no entity list "${list}"`);
    return entityListPage(this.db, entityId, list, pageWindow(page));
  }

  entityOverview(entityId: string): Promise<EntityOverview> {
    return entityOverview(this.db, entityId);
  }

  async mergeEntities(sourceId: string, targetId: string, actor: Actor): Promise<EntityChange> {
    const id = await this.entityTransaction((tx) => changes.mergeEntities(tx, sourceId, targetId, actor, this.now()));
    return this.change(id);
  }

  async splitEntity(
    entityId: string, selection: SplitSelection, newEntity: { name: string; type?: EntityType }, actor: Actor,
  ): Promise<EntityChange> {
    const id = await this.entityTransaction((tx) => changes.splitEntity(tx, entityId, selection, newEntity, actor, this.now()));
    return this.change(id);
  }

  async undoEntityChange(changeId: number, actor: Actor): Promise<EntityChange> {
    const id = await this.entityTransaction((tx) => changes.undoChange(tx, changeId, actor, this.now()));
    return this.change(id);
  }

  listEntityChanges(entityId?: string): Promise<EntityChange[]> {
    return changes.listChanges(this.db, entityId);
  }

  async setSourceGrade(outlet: string, grade: SourceGrade, actor: { who: string; reason: string }): Promise<OutletGrade> {
    await this.db.transaction((tx) => grades.setSourceGrade(tx, outlet, grade, actor, this.now()));
    return this.getSourceGrade(outlet);
  }

  getSourceGrade(outlet: string): Promise<OutletGrade> {
    return grades.readSourceGrade(this.db, outlet);
  }

  listSourceGrades(): Promise<OutletGrade[]> {
    return grades.listSourceGrades(this.db);
  }

  async setCredibility(
    target: CredibilityTarget, credibility: number, actor: { who: string; reason: string },
  ): Promise<CredibilityRecord> {
    await this.db.transaction((tx) => grades.setCredibility(tx, target, credibility, actor, this.now()));
    return this.getCredibility(target);
  }

  getCredibility(target: CredibilityTarget): Promise<CredibilityRecord> {
    return grades.readCredibility(this.db, target);
  }

  close(): Promise<void> {
    return this.db.close();
  }

  /** A transaction holding the dialect's entity lock from its first statement. */
  private entityTransaction<T>(work: (tx: SqlExecutor) => Promise<T>): Promise<T> {
    return this.db.transaction(async (tx) => {
      if (this.dialect.entityLock) await tx.all(this.dialect.entityLock);
      return work(tx);
    });
  }

  private async oneDocument(where: string, params: SqlValue[]): Promise<StoredDocument | null> {
    const rows = await this.db.all<DocumentRow>(`SELECT ${DOCUMENT_COLUMNS} FROM documents d WHERE ${where}`, params);
    return rows[0] ? toStoredDocument(rows[0]) : null;
  }

  private async change(id: number): Promise<EntityChange> {
    const change = await changes.readChange(this.db, id);
    if (!change) throw new StoreRequestError('change', `no entity change ${id}`);
    return change;
  }
}

