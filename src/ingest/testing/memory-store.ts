// TEST DOUBLE ONLY. A minimal in-memory Store for ingest's tests on a branch where the
// real SQLite and PostgreSQL stores do not exist yet. Never used by the CLI; the same
// tests are meant to run against the real stores through ingestSuite(makeStore).
import type { Extraction } from '../../extract/extraction.js';
import type { DocumentSummary, IngestFailure, NewDocument, Store, StoredDocument } from '../../store/store.js';
import { simhashBands } from '../simhash.js';

export interface MemoryStore extends Store {
  /** Every stored document in the order saved (for assertions). */
  documents(): StoredDocument[];
  extractionOf(id: string): Extraction | undefined;
}

export function createMemoryStore(): MemoryStore {
  const documents: StoredDocument[] = [];
  const extractions = new Map<string, Extraction>();
  const failures: IngestFailure[] = [];
  let lastTime = 0;

  return {
    async findDocumentByHash(contentHash) {
      return documents.find((d) => d.contentHash === contentHash) ?? null;
    },
    async findLatestByUrl(url) {
      return documents.filter((d) => d.url === url).at(-1) ?? null;
    },
    async findSimhashCandidates(simhash) {
      const bands = simhashBands(simhash);
      return documents.filter((d) => simhashBands(d.simhash).some((band, i) => band === bands[i])).map(summary);
    },
    async saveDocument(document: NewDocument, extraction: Extraction) {
      const existing = documents.find((d) => d.contentHash === document.contentHash);
      if (existing) return existing;
      // Strictly increasing, so "earliest" is well defined even within one millisecond.
      lastTime = Math.max(Date.now(), lastTime + 1);
      const ingestedAt = new Date(lastTime).toISOString();
      const stored: StoredDocument = { ...document, id: `doc-${documents.length + 1}`, ingestedAt };
      documents.push(stored);
      extractions.set(stored.id, extraction);
      return stored;
    },
    async recordFailure(failure) {
      failures.push(failure);
    },
    async listFailures() {
      return failures.slice();
    },
    async close() {},
    documents: () => documents.slice(),
    extractionOf: (id) => extractions.get(id),
  };
}

function summary(d: StoredDocument): DocumentSummary {
  return { id: d.id, title: d.title, published: d.published, outlet: d.outlet, url: d.url, simhash: d.simhash, ingestedAt: d.ingestedAt };
}
