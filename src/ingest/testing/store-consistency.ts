// What a store must look like after an ingest of known articles, however it was interrupted:
// read through the Store API and checked row by row in SQL (the API could hide orphans).
import { COUNTED, documentEntityRows } from '../../store/sql/document-entities.js';
import { DOCUMENT_FACET_ROWS } from '../../store/sql/document-facets.js';
import type { Store } from '../../store/store.js';
import { contentHash } from '../content-hash.js';

/** Runs a SELECT returning one row with one number `n`. */
export type CountQuery = (sql: string) => Promise<number>;

export interface IngestedArticle {
  path: string;
  text: string;
}

// Each query counts rows that must not exist.

/** document_entities' document numbers and list counts, and document_facets, must equal what they summarise. */
export const ENTITY_SUMMARIES: Record<string, string> = {
  'document_entities rows with another document\'s number': `SELECT count(*) AS n FROM document_entities de
    WHERE de.document_seq <> (SELECT d.seq FROM documents d WHERE d.id = de.document_id)`,
  'document_entities rows whose list counts differ from their documents\' rows': `SELECT count(*) AS n FROM (
    SELECT document_id, entity_id, ${COUNTED} FROM document_entities
    EXCEPT SELECT document_id, entity_id, ${COUNTED} FROM (${documentEntityRows('SELECT id FROM documents', []).sql}) expected) wrong`,
  'documents without their facet row': 'SELECT count(*) AS n FROM documents d WHERE NOT EXISTS (SELECT 1 FROM document_facets f WHERE f.document_id = d.id)',
  'facet rows that differ from the documents\' entities and events': `SELECT count(*) AS n FROM (
    SELECT document_id, outlet, published, entities, event_types FROM document_facets EXCEPT ${DOCUMENT_FACET_ROWS}) wrong`,
};

const MUST_BE_ZERO: Record<string, string> = {
  'paths stored more than once': 'SELECT count(*) AS n FROM (SELECT path FROM documents GROUP BY path HAVING count(*) > 1) dup',
  'mentions of no document': 'SELECT count(*) AS n FROM mentions m WHERE NOT EXISTS (SELECT 1 FROM documents d WHERE d.id = m.document_id)',
  'mentions of no entity': 'SELECT count(*) AS n FROM mentions m WHERE m.entity_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM entities e WHERE e.id = m.entity_id)',
  'events of no document': 'SELECT count(*) AS n FROM events v WHERE NOT EXISTS (SELECT 1 FROM documents d WHERE d.id = v.document_id)',
  'participants of no event': 'SELECT count(*) AS n FROM event_participants p WHERE NOT EXISTS (SELECT 1 FROM events v WHERE v.id = p.event_id)',
  'quotes of no document': 'SELECT count(*) AS n FROM quotes q WHERE NOT EXISTS (SELECT 1 FROM documents d WHERE d.id = q.document_id)',
  'relations of no document': 'SELECT count(*) AS n FROM relations r WHERE NOT EXISTS (SELECT 1 FROM documents d WHERE d.id = r.document_id)',
  'links to a missing document': `SELECT count(*) AS n FROM documents d WHERE
    (d.version_of IS NOT NULL AND NOT EXISTS (SELECT 1 FROM documents o WHERE o.id = d.version_of))
    OR (d.duplicate_of IS NOT NULL AND NOT EXISTS (SELECT 1 FROM documents o WHERE o.id = d.duplicate_of))`,
  'live entities with neither mention nor alias': `SELECT count(*) AS n FROM entities e WHERE e.merged_into IS NULL
    AND NOT EXISTS (SELECT 1 FROM mentions m WHERE m.entity_id = e.id)
    AND NOT EXISTS (SELECT 1 FROM entity_aliases a WHERE a.entity_id = e.id)`,
  'mentions linked to a merged-away entity': 'SELECT count(*) AS n FROM mentions m JOIN entities e ON e.id = m.entity_id WHERE e.merged_into IS NOT NULL',
  // document_entities must equal the mentions grouped by document and entity, both ways.
  'document_entities rows no mention backs': `SELECT count(*) AS n FROM document_entities de WHERE de.mentions <>
    (SELECT count(*) FROM mentions m WHERE m.document_id = de.document_id AND m.entity_id = de.entity_id)`,
  'mentioned (document, entity) pairs missing from document_entities': `SELECT count(*) AS n FROM
    (SELECT DISTINCT m.document_id, m.entity_id FROM mentions m WHERE m.entity_id IS NOT NULL) p
    WHERE NOT EXISTS (SELECT 1 FROM document_entities de WHERE de.document_id = p.document_id AND de.entity_id = p.entity_id)`,
  ...ENTITY_SUMMARIES,
};

/**
 * Every way the store departs from "each article stored exactly once, with its extraction
 * whole": an empty list when consistent. `fullText` adds the store's own index checks.
 */
export async function consistencyProblems(
  store: Store, count: CountQuery, articles: readonly IngestedArticle[], fullText: Record<string, string> = {},
): Promise<string[]> {
  const problems: string[] = [];
  const documents = await count('SELECT count(*) AS n FROM documents');
  if (documents !== articles.length) problems.push(`${documents} documents for ${articles.length} articles`);
  for (const [name, sql] of Object.entries({ ...MUST_BE_ZERO, ...fullText })) {
    const n = await count(sql);
    if (n !== 0) problems.push(`${name}: ${n}`);
  }

  const listed = await store.listDocuments({}, { limit: 1 });
  if (listed.total !== articles.length) problems.push(`listDocuments total ${listed.total} for ${articles.length} articles`);
  for (const article of articles) {
    const stored = await store.findDocumentByHash(contentHash(article.text));
    if (!stored) problems.push(`not stored: ${article.path}`);
    else if (stored.path !== article.path) problems.push(`${article.path} stored under ${stored.path}`);
  }

  // The API's entity counts are the mentions' (names only: dates and numbers have no entity).
  const entities = await store.listEntities({}, { limit: 50 });
  for (const entity of entities.items) {
    const mentions = await count(`SELECT count(*) AS n FROM mentions WHERE entity_id = '${entity.id.replace(/'/g, "''")}'`);
    if (entity.mentionCount !== mentions) problems.push(`entity ${entity.id}: mentionCount ${entity.mentionCount}, ${mentions} mention rows`);
  }
  const failures = (await store.listFailures({ limit: 200 })).items;
  if (failures.length > 0) problems.push(`failures recorded: ${failures.map((f) => `${f.input}: ${f.reason}`).join('; ')}`);
  return problems;
}

// Both stores: the documents-per-word counts agree with the postings.
const WORD_COUNTS: Record<string, string> = {
  'words counted wrongly': `SELECT count(*) AS n FROM (
      SELECT lexeme, count(*) AS documents FROM search_postings GROUP BY lexeme
      UNION ALL SELECT '', count(*) FROM documents
      EXCEPT SELECT lexeme, documents FROM search_words WHERE documents > 0) wrong`,
  'words counted without postings': `SELECT count(*) AS n FROM search_words w
    WHERE w.documents > 0 AND w.lexeme <> '' AND NOT EXISTS (SELECT 1 FROM search_postings p WHERE p.lexeme = w.lexeme)`,
};

/**
 * SQLite: the FTS5 index agrees with the documents (integrity-check throws otherwise) and has one
 * row each; the ranking's postings hold exactly the words the index holds for each document.
 */
export const SQLITE_FULL_TEXT: Record<string, string> = {
  'full-text rows without their document': 'SELECT count(*) AS n FROM documents_fts_docsize f WHERE NOT EXISTS (SELECT 1 FROM documents d WHERE d.seq = f.id)',
  'documents missing from the full-text index': 'SELECT count(*) AS n FROM documents d WHERE NOT EXISTS (SELECT 1 FROM documents_fts_docsize f WHERE f.id = d.seq)',
  // Documents still waiting for their postings (search_pending) have none yet, and no counts.
  'indexed words missing from the postings': `SELECT count(*) AS n FROM (
      SELECT term, doc FROM documents_fts_words WHERE doc NOT IN (SELECT seq FROM search_pending)
      EXCEPT SELECT lexeme, seq FROM search_postings) missing`,
  'postings of words the index does not hold': `SELECT count(*) AS n FROM (
      SELECT lexeme, seq FROM search_postings EXCEPT SELECT term, doc FROM documents_fts_words) extra`,
  'postings of documents still pending': 'SELECT count(*) AS n FROM search_postings WHERE seq IN (SELECT seq FROM search_pending)',
  'pending documents not stored': 'SELECT count(*) AS n FROM search_pending p WHERE NOT EXISTS (SELECT 1 FROM documents d WHERE d.seq = p.seq)',
  'words left in the scratch table': 'SELECT count(*) AS n FROM search_scratch_words',
  'words counted wrongly': `SELECT count(*) AS n FROM (
      SELECT lexeme, count(*) AS documents FROM search_postings GROUP BY lexeme
      UNION ALL SELECT '', count(*) FROM documents WHERE seq NOT IN (SELECT seq FROM search_pending)
      EXCEPT SELECT lexeme, documents FROM search_words WHERE documents > 0) wrong`,
  'words counted without postings': WORD_COUNTS['words counted without postings']!,
};

/**
 * PostgreSQL: the search vector is a generated column; it must be there for every document. The
 * ranking's postings must hold each document's words exactly, and the documents-per-word counts
 * (kept at commit) must agree with them.
 */
export const POSTGRES_FULL_TEXT: Record<string, string> = {
  'documents without a search vector': 'SELECT count(*) AS n FROM documents WHERE search_vector IS NULL',
  'documents whose postings are not their words': `SELECT count(*) AS n FROM documents d WHERE tsvector_to_array(d.search_vector) IS DISTINCT FROM
    (SELECT array_agg(p.lexeme ORDER BY p.lexeme) FROM search_postings p WHERE p.seq = d.seq)`,
  'postings without their document': 'SELECT count(*) AS n FROM search_postings p WHERE NOT EXISTS (SELECT 1 FROM documents d WHERE d.seq = p.seq)',
  ...WORD_COUNTS,
};
