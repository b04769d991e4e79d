import type { SqlExecutor } from '../sql/executor.js';
import type { Condition } from '../sql/dialect.js';
import { TSQUERY } from './tsquery.js';

interface Row {
  id: string;
  published: string | null;
  seq: number;
  distance: number;
}

/**
 * The `depth` best matches through the RUM index, best first, and how many documents match.
 * RUM returns matches in order of distance (1 / ts_rank, read from the positions it keeps), so
 * only the best are read from the table. Documents tied with the last one kept are all read,
 * so the tie-breaks (newest published, then newest saved) choose among them as the full
 * ranking would; null when that group is too large to read so (thousands of documents).
 */
export async function rankedMatches(
  db: SqlExecutor, extensionSchema: string, query: string, filter: Condition, depth: number,
): Promise<{ ranked: { id: string; score: number }[]; total: number } | null> {
  const distance = `d.search_vector OPERATOR("${extensionSchema.replace(/"/g, '""')}".<=>) ${TSQUERY}`;
  const sql = `SELECT d.id, d.published, d.seq, ${distance} AS distance FROM documents d
    WHERE d.search_vector @@ ${TSQUERY} AND ${filter.sql} ORDER BY ${distance} LIMIT ?`;
  // Counted at the same time, on another connection: needed unless every match is read.
  const counting = countMatches(db, query, filter).then((n) => ({ n }), (error: unknown) => ({ error }));
  let rows: Row[] = [];
  let complete = false;
  let tiesEnd = false;
  // Scores tie often (ts_rank does not weigh length), so the first read goes past the cut, and
  // a second goes further. Past that the tied group is large: reading it row by row through the
  // index costs more than ranking every match (null: the caller does that).
  for (let limit = depth * 2 + 1; limit <= (depth * 2 + 1) * 4 && !tiesEnd; limit *= 4) {
    rows = await indexOnly(db, (tx) => tx.all<Row>(sql, [query, query, ...filter.params, query, limit]));
    complete = rows.length < limit;
    tiesEnd = complete || rows[depth - 1]!.distance < rows[limit - 1]!.distance;
  }
  if (!tiesEnd) {
    await counting;
    return null;
  }
  const ranked = rows
    .sort(byRanking)
    .slice(0, depth)
    .map((row) => ({ id: row.id, score: 1 / Number(row.distance) }));
  const counted = await counting;
  if ('error' in counted) throw counted.error;
  return { ranked, total: complete ? rows.length : counted.n };
}

// As search.ts's RANKING: best score, then newest published (undated last), then newest saved.
function byRanking(a: Row, b: Row): number {
  if (a.distance !== b.distance) return Number(a.distance) - Number(b.distance);
  if ((a.published === null) !== (b.published === null)) return a.published === null ? 1 : -1;
  if (a.published !== b.published) return a.published! < b.published! ? 1 : -1;
  return Number(b.seq) - Number(a.seq);
}

/** Counted from the index's bitmap (a table scan would read every vector from TOAST). */
async function countMatches(db: SqlExecutor, query: string, filter: Condition): Promise<number> {
  const [row] = await planned(db, { enable_seqscan: 'off' }, (tx) => tx.all<{ n: number }>(
    `SELECT count(*) AS n FROM documents d WHERE d.search_vector @@ ${TSQUERY} AND ${filter.sql}`,
    [query, ...filter.params],
  ));
  return Number(row!.n);
}

/**
 * The ranking read through the index in its order. The planner does not price reading a vector
 * from TOAST (it guesses a few hundred matches for any word), so it would rather take every
 * match from a bitmap and compute each one's rank, reading each vector: 100 ms for 6,000.
 */
function indexOnly<T>(db: SqlExecutor, work: (tx: SqlExecutor) => Promise<T>): Promise<T> {
  return planned(db, { enable_seqscan: 'off', enable_bitmapscan: 'off' }, work);
}

/**
 * Runs `work` with planner settings for its transaction only. A plan priced with a path
 * switched off looks costly enough to be compiled (JIT), which is never worth it here.
 */
function planned<T>(db: SqlExecutor, settings: Record<string, 'off'>, work: (tx: SqlExecutor) => Promise<T>): Promise<T> {
  const names = [...Object.keys(settings), 'jit'];
  return db.transaction(async (tx) => {
    await tx.all(`SELECT ${names.map(() => "set_config(?, 'off', true)").join(', ')}`, names);
    return work(tx);
  });
}
