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
 * ranking would.
 */
export async function rankedMatches(
  db: SqlExecutor, extensionSchema: string, query: string, filter: Condition, depth: number,
): Promise<{ ranked: { id: string; score: number }[]; total: number }> {
  const distance = `d.search_vector OPERATOR("${extensionSchema.replace(/"/g, '""')}".<=>) ${TSQUERY}`;
  const sql = `SELECT d.id, d.published, d.seq, ${distance} AS distance FROM documents d
    WHERE d.search_vector @@ ${TSQUERY} AND ${filter.sql} ORDER BY ${distance} LIMIT ?`;
  // Counted at the same time, on another connection: needed unless every match is read.
  const counting = countMatches(db, query, filter).then((n) => ({ n }), (error: unknown) => ({ error }));
  let rows: Row[] = [];
  let complete = false;
  // Scores tie often (ts_rank does not weigh length), so the first read goes past the cut.
  for (let limit = depth * 2 + 1; ; limit *= 4) {
    rows = await db.all<Row>(sql, [query, query, ...filter.params, query, limit]);
    complete = rows.length < limit;
    if (complete || rows[depth - 1]!.distance < rows[limit - 1]!.distance) break;
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

/**
 * Counted from the index's bitmap. The planner does not price reading each vector from TOAST,
 * so for a common word it would rather scan the table and test every document's vector.
 */
async function countMatches(db: SqlExecutor, query: string, filter: Condition): Promise<number> {
  return db.transaction(async (tx) => {
    // A plan priced with a path switched off looks costly enough to be compiled: not worth it.
    await tx.run('SET LOCAL enable_seqscan = off');
    await tx.run('SET LOCAL jit = off');
    const [row] = await tx.all<{ n: number }>(
      `SELECT count(*) AS n FROM documents d WHERE d.search_vector @@ ${TSQUERY} AND ${filter.sql}`,
      [query, ...filter.params],
    );
    return Number(row!.n);
  });
}
