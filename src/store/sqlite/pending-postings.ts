import type { SqlExecutor } from '../sql/executor.js';
import { postingsOf } from './migrations.js';

/**
 * Saved documents waiting at most this long for their postings (a search weighs the waiting ones
 * itself). Each flush writes a page of both indexes per distinct word: the more documents at
 * once, the fewer writes each (ingest into a small store: 33 articles/s at 32, 42 at 256, 21 one
 * at a time), but the save that flushes holds the write lock meanwhile (at 100,000 documents
 * about 40 ms per document: 1.3 s for 32).
 */
export const MOST_PENDING = 32;

// The waiting documents' words through the scratch table at once; each index is then written in
// word order, a page once for many documents rather than once per document.
const FLUSH = [
  'INSERT INTO search_scratch(rowid, title, text) SELECT d.seq, d.title, d.text FROM search_pending p JOIN documents d ON d.seq = p.seq',
  `INSERT INTO search_postings (lexeme, seq, impact) ${postingsOf('search_scratch_words')} ORDER BY lexeme, seq`,
  `INSERT INTO search_words (lexeme, documents)
    SELECT term, count(DISTINCT doc) FROM search_scratch_words GROUP BY term
    UNION ALL SELECT '', count(*) FROM search_pending WHERE true
    ON CONFLICT (lexeme) DO UPDATE SET documents = documents + excluded.documents`,
  "INSERT INTO search_scratch(search_scratch) VALUES ('delete-all')",
  'DELETE FROM search_pending',
];

/** Adds the waiting documents' words to the postings, in the caller's transaction. */
export async function flushPending(tx: SqlExecutor): Promise<void> {
  for (const statement of FLUSH) await tx.run(statement);
}

/** After a save, in its transaction: flushes once MOST_PENDING documents are waiting. */
export async function flushWhenFull(tx: SqlExecutor): Promise<void> {
  const [row] = await tx.all<{ n: number }>('SELECT count(*) AS n FROM search_pending');
  if (row!.n >= MOST_PENDING) await flushPending(tx);
}
