import { DOCUMENT_FACETS_INSERT } from '../sql/document-facets.js';
import { COUNTED, DOCUMENT_ENTITY_COUNTS_FILL } from '../sql/document-entities.js';
import { COUNT_COLUMNS, ROW_LISTS } from '../sql/entity-list-rows.js';
import type { Migration } from '../sql/migration.js';

// SQLite schema, versioned. Add a new entry for every change; never edit an applied one.
// Offsets are JavaScript string indices into documents.text; `end_offset` is exclusive.
export const SQLITE_MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'documents, extraction rows, entities, grades',
    statements: [
      `CREATE TABLE documents (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        id TEXT NOT NULL UNIQUE,
        content_hash TEXT NOT NULL UNIQUE,
        simhash TEXT NOT NULL,
        simhash_band0 TEXT NOT NULL,
        simhash_band1 TEXT NOT NULL,
        simhash_band2 TEXT NOT NULL,
        simhash_band3 TEXT NOT NULL,
        url TEXT,
        path TEXT,
        outlet TEXT,
        title TEXT,
        published TEXT,
        text TEXT NOT NULL,
        version_of TEXT REFERENCES documents(id),
        duplicate_of TEXT REFERENCES documents(id),
        extractor TEXT NOT NULL,
        ingested_at TEXT NOT NULL
      )`,
      'CREATE INDEX documents_url ON documents(url, seq)',
      'CREATE INDEX documents_outlet ON documents(outlet)',
      'CREATE INDEX documents_published ON documents(published)',
      'CREATE INDEX documents_version_of ON documents(version_of)',
      'CREATE INDEX documents_simhash_band0 ON documents(simhash_band0)',
      'CREATE INDEX documents_simhash_band1 ON documents(simhash_band1)',
      'CREATE INDEX documents_simhash_band2 ON documents(simhash_band2)',
      'CREATE INDEX documents_simhash_band3 ON documents(simhash_band3)',
      // Full text over title and body; the text itself stays in documents (external content).
      `CREATE VIRTUAL TABLE documents_fts USING fts5(
        title, text, content='documents', content_rowid='seq', tokenize='porter unicode61'
      )`,
      `CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
        INSERT INTO documents_fts(rowid, title, text) VALUES (new.seq, new.title, new.text);
      END`,
      `CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
        INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
      END`,
      `CREATE TABLE entities (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        name_key TEXT NOT NULL,
        type TEXT NOT NULL,
        created_at TEXT NOT NULL,
        merged_into TEXT REFERENCES entities(id)
      )`,
      'CREATE INDEX entities_name_key ON entities(name_key)',
      `CREATE TABLE mentions (
        id INTEGER PRIMARY KEY,
        document_id TEXT NOT NULL REFERENCES documents(id),
        local_id TEXT NOT NULL,
        start_offset INTEGER NOT NULL,
        end_offset INTEGER NOT NULL,
        text TEXT NOT NULL,
        name_key TEXT NOT NULL,
        type TEXT NOT NULL,
        value TEXT,
        geo_lat REAL,
        geo_lon REAL,
        geo_country TEXT,
        geo_precision TEXT,
        geo_name TEXT,
        entity_id TEXT REFERENCES entities(id),
        CHECK (start_offset >= 0 AND end_offset > start_offset)
      )`,
      'CREATE INDEX mentions_document ON mentions(document_id, local_id)',
      'CREATE INDEX mentions_entity ON mentions(entity_id, document_id)',
      'CREATE INDEX mentions_name_key ON mentions(name_key)',
      // One row per document and canonical entity: facet counts and entity filters read this
      // instead of every mention. Rebuilt for the documents an entity change touches.
      `CREATE TABLE document_entities (
        document_id TEXT NOT NULL REFERENCES documents(id),
        entity_id TEXT NOT NULL REFERENCES entities(id),
        entity_type TEXT NOT NULL,
        mentions INTEGER NOT NULL,
        PRIMARY KEY (document_id, entity_id)
      )`,
      'CREATE INDEX document_entities_entity ON document_entities(entity_id, document_id)',
      'CREATE INDEX document_entities_type ON document_entities(entity_type, document_id)',
      `CREATE TABLE events (
        id INTEGER PRIMARY KEY,
        document_id TEXT NOT NULL REFERENCES documents(id),
        type TEXT NOT NULL,
        trigger_start INTEGER NOT NULL,
        trigger_end INTEGER NOT NULL,
        trigger_text TEXT NOT NULL,
        evidence_start INTEGER,
        evidence_end INTEGER,
        evidence_text TEXT,
        event_date TEXT,
        killed INTEGER,
        certainty TEXT NOT NULL,
        CHECK (trigger_start >= 0 AND trigger_end >= trigger_start)
      )`,
      'CREATE INDEX events_document ON events(document_id)',
      'CREATE INDEX events_type ON events(type)',
      `CREATE TABLE event_participants (
        event_id INTEGER NOT NULL REFERENCES events(id),
        role TEXT NOT NULL CHECK (role IN ('actor', 'target', 'location')),
        local_id TEXT NOT NULL,
        PRIMARY KEY (event_id, role, local_id)
      )`,
      `CREATE TABLE quotes (
        id INTEGER PRIMARY KEY,
        document_id TEXT NOT NULL REFERENCES documents(id),
        speaker_local_id TEXT,
        speaker_text TEXT,
        speaker_start INTEGER,
        speaker_end INTEGER,
        speaker_named INTEGER NOT NULL,
        cue TEXT,
        cue_start INTEGER,
        cue_end INTEGER,
        content_start INTEGER NOT NULL,
        content_end INTEGER NOT NULL,
        content_text TEXT NOT NULL,
        direct INTEGER NOT NULL,
        certainty TEXT NOT NULL,
        CHECK (content_start >= 0 AND content_end >= content_start)
      )`,
      'CREATE INDEX quotes_document ON quotes(document_id)',
      `CREATE TABLE relations (
        id INTEGER PRIMARY KEY,
        document_id TEXT NOT NULL REFERENCES documents(id),
        type TEXT NOT NULL,
        source_local_id TEXT NOT NULL,
        target_local_id TEXT NOT NULL,
        evidence_start INTEGER NOT NULL,
        evidence_end INTEGER NOT NULL,
        evidence_text TEXT NOT NULL,
        CHECK (evidence_start >= 0 AND evidence_end >= evidence_start)
      )`,
      'CREATE INDEX relations_document ON relations(document_id)',
      `CREATE TABLE entity_aliases (
        id INTEGER PRIMARY KEY,
        entity_id TEXT NOT NULL REFERENCES entities(id),
        name TEXT NOT NULL,
        name_key TEXT NOT NULL,
        source TEXT NOT NULL CHECK (source IN ('alias-file', 'analyst')),
        added_by TEXT NOT NULL,
        reason TEXT NOT NULL,
        at TEXT NOT NULL
      )`,
      'CREATE INDEX entity_aliases_entity ON entity_aliases(entity_id)',
      'CREATE INDEX entity_aliases_name_key ON entity_aliases(name_key)',
      `CREATE TABLE entity_changes (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('merge', 'split', 'undo')),
        source_entity_id TEXT NOT NULL REFERENCES entities(id),
        target_entity_id TEXT NOT NULL REFERENCES entities(id),
        who TEXT NOT NULL,
        why TEXT NOT NULL,
        at TEXT NOT NULL,
        undoes INTEGER REFERENCES entity_changes(id),
        undone_by INTEGER REFERENCES entity_changes(id)
      )`,
      `CREATE TABLE entity_change_moves (
        change_id INTEGER NOT NULL REFERENCES entity_changes(id),
        item_kind TEXT NOT NULL CHECK (item_kind IN ('mention', 'alias')),
        item_id INTEGER NOT NULL,
        from_entity_id TEXT NOT NULL,
        to_entity_id TEXT NOT NULL,
        PRIMARY KEY (change_id, item_kind, item_id)
      )`,
      `CREATE TABLE source_grades (
        id INTEGER PRIMARY KEY,
        outlet TEXT NOT NULL,
        grade TEXT NOT NULL CHECK (grade IN ('A', 'B', 'C', 'D', 'E', 'F')),
        who TEXT NOT NULL,
        reason TEXT NOT NULL,
        at TEXT NOT NULL
      )`,
      'CREATE INDEX source_grades_outlet ON source_grades(outlet, id)',
      `CREATE TABLE credibility_changes (
        id INTEGER PRIMARY KEY,
        target_kind TEXT NOT NULL CHECK (target_kind IN ('event', 'quote')),
        target_id INTEGER NOT NULL,
        credibility INTEGER NOT NULL CHECK (credibility BETWEEN 1 AND 6),
        who TEXT NOT NULL,
        reason TEXT NOT NULL,
        at TEXT NOT NULL
      )`,
      'CREATE INDEX credibility_changes_target ON credibility_changes(target_kind, target_id, id)',
      `CREATE TABLE failures (
        id INTEGER PRIMARY KEY,
        input TEXT NOT NULL,
        reason TEXT NOT NULL,
        at TEXT NOT NULL
      )`,
    ],
  },
  {
    version: 2,
    name: 'narrow covering indexes on documents for search',
    statements: [
      // Documents rows carry their whole text, so reading one for its id and date reads a page
      // or more; these indexes let search rank and filter without touching the rows: by seq
      // (the full-text rowid) and newest first (browsing with filters, stopping at the page).
      'CREATE INDEX documents_keys ON documents(seq, id, published, outlet)',
      'CREATE INDEX documents_newest ON documents(published, seq, id, outlet)',
      'DROP INDEX documents_published',
      // Walking documents, an event-type filter probes each document's events by both columns.
      'CREATE INDEX events_document_type ON events(document_id, type)',
      'DROP INDEX events_document',
    ],
  },
  {
    version: 3,
    name: 'impact-ordered postings: BM25 ranking that stops early',
    statements: [
      // FTS5 scores every match before it returns the best (a word in most documents: 100 ms and
      // more at 100k documents, and no stopping early within a filter). Here each document's
      // words are kept with their BM25 weight, best first per word, so the best matches of a
      // query are read from the top of its words' lists (ranked-matches.ts). FTS5 still matches
      // phrases and counts; its own tokenizer splits the words, so both agree on what a word is.
      `CREATE TABLE search_postings (
        lexeme TEXT NOT NULL,
        seq INTEGER NOT NULL,
        impact REAL NOT NULL,
        PRIMARY KEY (lexeme, seq)
      ) WITHOUT ROWID`,
      // Every word of every stored document, as the full-text index holds them (also for checks).
      "CREATE VIRTUAL TABLE documents_fts_words USING fts5vocab('documents_fts', 'instance')",
      `INSERT INTO search_postings (lexeme, seq, impact)
        ${postingsOf('documents_fts_words')} ORDER BY lexeme, seq`,
      // Each word's documents best first (ties: newest saved; the ranking's date tie-break is read
      // with the documents) …
      'CREATE INDEX search_postings_ranked ON search_postings (lexeme, impact DESC, seq DESC)',
      // … and how many documents have each word, and (under '', never a word) how many there are.
      'CREATE TABLE search_words (lexeme TEXT PRIMARY KEY, documents INTEGER NOT NULL) WITHOUT ROWID',
      `INSERT INTO search_words (lexeme, documents)
        SELECT lexeme, count(*) FROM search_postings GROUP BY lexeme UNION ALL SELECT '', count(*) FROM documents`,
      // Documents saved since their words were last added to the postings. Adding one
      // document's words dirties a page of both indexes per word (about 500 pages, 2 MB of WAL,
      // per saved document: ingest ran at half speed), so they are added several documents at a
      // time (pending-postings.ts); a search weighs the waiting ones itself.
      'CREATE TABLE search_pending (seq INTEGER PRIMARY KEY)',
      // Documents' words, split by FTS5's tokenizer: written to this table (which keeps no
      // text), read back through its vocabulary, and cleared.
      "CREATE VIRTUAL TABLE search_scratch USING fts5(title, text, content='', tokenize='porter unicode61')",
      "CREATE VIRTUAL TABLE search_scratch_words USING fts5vocab('search_scratch', 'instance')",
      `CREATE TRIGGER documents_search_postings_insert AFTER INSERT ON documents BEGIN
        INSERT INTO search_pending (seq) VALUES (new.seq);
      END`,
      // A document still pending has no postings or counts to take back.
      `CREATE TRIGGER documents_search_postings_delete AFTER DELETE ON documents BEGIN
        INSERT INTO search_scratch(rowid, title, text)
          SELECT old.seq, old.title, old.text WHERE NOT EXISTS (SELECT 1 FROM search_pending WHERE seq = old.seq);
        DELETE FROM search_postings WHERE seq = old.seq AND lexeme IN (SELECT term FROM search_scratch_words);
        UPDATE search_words SET documents = documents - 1 WHERE lexeme IN (SELECT term FROM search_scratch_words)
          OR (lexeme = '' AND NOT EXISTS (SELECT 1 FROM search_pending WHERE seq = old.seq));
        INSERT INTO search_scratch(search_scratch) VALUES ('delete-all');
        DELETE FROM search_pending WHERE seq = old.seq;
      END`,
    ],
  },
  {
    version: 4,
    name: 'one row per document of what search facets count',
    statements: [
      // Facet counts over a search's best 500 hits joined each hit's entity rows (some 17,000):
      // 20–86 ms of every search at 100k documents (PostgreSQL). One row per document instead
      // (src/store/sql/document-facets.ts, which writes it and says how its lists read).
      `CREATE TABLE document_facets (
        document_id TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
        outlet TEXT,
        published TEXT,
        entities TEXT NOT NULL,
        event_types TEXT NOT NULL
      ) WITHOUT ROWID`,
      DOCUMENT_FACETS_INSERT,
    ],
  },
  {
    version: 5,
    name: "the document's number beside each of its entities",
    statements: [
      // An entity's documents in the order of the documents' numbers, as a word's postings are:
      // "a word within an entity" is counted by merging the two lists (PostgreSQL at 100k
      // documents: "said" within the 58,477 naming the United States 77–112 → 38–57 ms), and
      // candidates are tested against an entity by number rather than by text id.
      // SQLite cannot add NOT NULL without a default; every insert names the number, and the crash
      // checks compare it with the document's.
      'ALTER TABLE document_entities ADD COLUMN document_seq INTEGER NOT NULL DEFAULT 0',
      'UPDATE document_entities SET document_seq = (SELECT d.seq FROM documents d WHERE d.id = document_entities.document_id)',
      'CREATE INDEX document_entities_entity_seq ON document_entities(entity_id, document_seq)',
    ],
  },
  {
    version: 6,
    name: "each entity's rows in its articles, counted per profile list",
    statements: [
      // An entity's profile read every one of its articles' extractions (93 s and 3.6 GB on SQLite
      // for one in 76,839 of 100,000 documents). Now each (document, entity) keeps how many of the
      // document's events, quotes and relations are in each of the entity's lists
      // (src/store/sql/entity-list-rows.ts says which), so a list is counted from its documents'
      // rows and a page reads only the documents it shows.
      ...ROW_LISTS.map((list) => `ALTER TABLE document_entities ADD COLUMN ${COUNT_COLUMNS[list]} INTEGER NOT NULL DEFAULT 0`),
      DOCUMENT_ENTITY_COUNTS_FILL,
      // An entity's counts (its mentions; its rows per list) read from the index alone: the sums
      // over its documents' rows cost 0.1–0.4 s each for one in 77,000 of 100,000 documents.
      'DROP INDEX document_entities_entity',
      `CREATE INDEX document_entities_entity ON document_entities(entity_id, document_id, mentions, ${COUNTED})`,
      // An entity's aliases (its mention texts) read from the index alone; the first
      // placed mention found without reading every mention of an entity never placed.
      'DROP INDEX mentions_entity',
      'CREATE INDEX mentions_entity ON mentions(entity_id, document_id, local_id, start_offset, end_offset, text)',
      'CREATE INDEX mentions_placed ON mentions(entity_id, document_id) WHERE geo_lat IS NOT NULL AND geo_lon IS NOT NULL',
    ],
  },
];

/**
 * Each document's words with their weight, from an FTS5 'instance' vocabulary: BM25's
 * term-frequency part (k1 = 1.2, b = 0.75) for the title (weight 4) and the body (weight 1), as
 * bm25(documents_fts, 4.0, 1.0) weighs them, with lengths normalised against a typical news
 * article (6 title words, 400 body words) rather than the corpus's running average, so stored
 * weights never need recomputing — the same as PostgreSQL's search_impact. Never change it: an
 * applied migration must read the same.
 */
export function postingsOf(instances: string): string {
  const part = (tf: string, length: string, weight: string, typical: string) =>
    `${weight} * ${tf} * 2.2 / (${tf} + 1.2 * (0.25 + 0.75 * ${length} / ${typical}))`;
  return `SELECT term AS lexeme, doc AS seq,
      ${part('title_tf', 'sum(title_tf) OVER document', '4.0', '6.0')} + ${part('body_tf', 'sum(body_tf) OVER document', '1.0', '400.0')} AS impact
    FROM (SELECT doc, term, sum(col = 'title') AS title_tf, sum(col = 'text') AS body_tf FROM ${instances} GROUP BY doc, term)
    WHERE true
    WINDOW document AS (PARTITION BY doc)`;
}
