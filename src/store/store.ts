import type { Extraction } from '../extract/extraction.js';

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
   * is already stored returns the stored document and writes nothing.
   */
  saveDocument(document: NewDocument, extraction: Extraction): Promise<StoredDocument>;
  /** ingest: records why an input could not be ingested. */
  recordFailure(failure: IngestFailure): Promise<void>;
  listFailures(): Promise<IngestFailure[]>;
  close(): Promise<void>;
}
