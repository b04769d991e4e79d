import type { DocumentSummary, DocumentStatus, ListedDocument, StoredDocument } from '../store.js';
import type { SqlExecutor } from './executor.js';

/** Columns of `documents d` for a summary, and the SQL deciding its status. */
export const SUMMARY_COLUMNS = 'd.id, d.title, d.published, d.outlet, d.url, d.simhash, d.ingested_at';
export const DOCUMENT_COLUMNS = `${SUMMARY_COLUMNS}, d.content_hash, d.path, d.text, d.version_of, d.duplicate_of, d.extractor`;
export const STATUS_SQL = `CASE WHEN d.duplicate_of IS NOT NULL THEN 'duplicate'
  WHEN EXISTS (SELECT 1 FROM documents newer WHERE newer.version_of = d.id) THEN 'superseded'
  ELSE 'current' END`;

export interface SummaryRow {
  id: string;
  title: string | null;
  published: string | null;
  outlet: string | null;
  url: string | null;
  simhash: string;
  ingested_at: string;
}

export interface DocumentRow extends SummaryRow {
  content_hash: string;
  path: string | null;
  text: string;
  version_of: string | null;
  duplicate_of: string | null;
  extractor: string;
}

export function toSummary(row: SummaryRow): DocumentSummary {
  return {
    id: row.id,
    title: row.title,
    published: row.published,
    outlet: row.outlet,
    url: row.url,
    simhash: row.simhash,
    ingestedAt: row.ingested_at,
  };
}

export function toListed(row: SummaryRow & { status: string }): ListedDocument {
  return { ...toSummary(row), status: row.status as DocumentStatus };
}

export function toStoredDocument(row: DocumentRow): StoredDocument {
  return {
    id: row.id,
    contentHash: row.content_hash,
    simhash: row.simhash,
    url: row.url,
    path: row.path,
    outlet: row.outlet,
    text: row.text,
    title: row.title,
    published: row.published,
    versionOf: row.version_of,
    duplicateOf: row.duplicate_of,
    extractor: JSON.parse(row.extractor) as string[],
    ingestedAt: row.ingested_at,
  };
}

/** Documents as listings show them: newest published first, undated last, then newest saved. */
export const LISTING_ORDER = '(d.published IS NULL), d.published DESC, d.seq DESC';

/** Every document id in listing order (ids only: a corpus-wide read then fetches them in chunks). */
export async function idsInListingOrder(db: SqlExecutor): Promise<string[]> {
  return (await db.all<{ id: string }>(`SELECT d.id FROM documents d ORDER BY ${LISTING_ORDER}`)).map((row) => row.id);
}
