import type { SqlExecutor, SqlValue } from '../sql/executor.js';
import type { Condition } from '../sql/dialect.js';
import { TSQUERY } from './tsquery.js';

const RANKING_WORK_MEM = '32MB';

interface Row {
  id: string;
  published: string | null;
  seq: number;
  distance: number;
}

/**
 * The `depth` best matches through the RUM index, best first, and how many documents match.
 * RUM returns matches in order of distance (1 / ts_rank, read from the positions it keeps), so
 * only the best are read from the table, through a cursor that reads on as far as needed.
 * Scores tie often (ts_rank does not weigh document length), and the ranking breaks ties by
 * newest published, then newest saved: where the cut falls inside a group of tied documents,
 * the group is read on through the cursor while it is small, and else walked newest first.
 */
export async function rankedMatches(
  db: SqlExecutor, extensionSchema: string, query: string, filter: Condition, depth: number,
): Promise<{ ranked: { id: string; score: number }[]; total: number }> {
  // The RUM distance of a row's vector (`alias`) to the query: 1 / ts_rank.
  const distanceOf = (alias: string) => `${alias}.search_vector OPERATOR("${extensionSchema.replace(/"/g, '""')}".<=>) ${TSQUERY}`;
  const distance = distanceOf('d');
  const matching = `d.search_vector @@ ${TSQUERY} AND ${filter.sql}`;
  const matchingParams: SqlValue[] = [query, ...filter.params];
  // Counted at the same time, on another connection: needed unless every match is read.
  const counting = countMatches(db, query, filter).then((n) => ({ n }), (error: unknown) => ({ error }));
  // The index sorts every match before the first row (~8 MB of sort space for 90,000 matches):
  // with the default 4 MB of work_mem the sort spills to temporary files.
  const settings = { enable_seqscan: 'off', enable_bitmapscan: 'off', work_mem: RANKING_WORK_MEM } as const;
  const read = await planned(db, settings, async (tx) => {
    // The planner does not price reading vectors (it guesses a few hundred matches for any
    // word), so it would rather rank every match from a bitmap: hence index order, forced.
    await tx.run(
      `DECLARE ranked NO SCROLL CURSOR FOR SELECT d.id, d.published, d.seq, ${distance} AS distance
       FROM documents d WHERE ${matching} ORDER BY ${distance}`,
      [query, ...matchingParams, query],
    );
    const rows = await fetch(tx, depth + 1);
    if (rows.length <= depth) return { rows, complete: true };
    const cut = rows[depth - 1]!.distance;
    // A small group tied at the cut is read on, in growing steps (most groups end within a
    // hundred rows); each row read costs its rank (~25 µs).
    for (let step = Math.min(100, depth); rows.at(-1)!.distance === cut && rows.length <= depth * 2; step *= 2) {
      const more = await fetch(tx, step);
      rows.push(...more);
      if (more.length < step) return { rows, complete: true };
    }
    if (rows.at(-1)!.distance !== cut) return { rows, complete: false };
    // A large group: those scoring better are in; the rest of the cut is the group's newest.
    const better = rows.filter((row) => row.distance < cut);
    const newest = await newestTied(tx, distanceOf('m'), matching, matchingParams, query, cut, depth - better.length);
    return { rows: [...better, ...newest], complete: false };
  });
  const ranked = read.rows
    .sort(byRanking)
    .slice(0, depth)
    .map((row) => ({ id: row.id, score: 1 / row.distance }));
  const counted = await counting;
  if ('error' in counted) throw counted.error;
  return { ranked, total: read.complete ? read.rows.length : counted.n };
}

async function fetch(tx: SqlExecutor, count: number): Promise<Row[]> {
  const rows = await tx.all<Row>(`FETCH ${count} FROM ranked`);
  return rows.map((row) => ({ ...row, distance: Number(row.distance) }));
}

/**
 * The `count` newest documents scoring exactly `cut` (`distanceOfMatch`: on alias m): every match in tie order (read
 * from the index's bitmap: dates only, no ranks), then ranked one by one until enough tie.
 * OFFSET 0 keeps the rank test out of the ordered read, so only the walked rows are ranked.
 */
async function newestTied(
  tx: SqlExecutor, distanceOfMatch: string, matching: string, matchingParams: SqlValue[], query: string, cut: number, count: number,
): Promise<Row[]> {
  // Bitmap reads only: an index scan of documents by date would rank every document it passes.
  await setPlanner(tx, { enable_seqscan: 'off', enable_indexscan: 'off', enable_bitmapscan: 'on' });
  const rows = await tx.all<Omit<Row, 'distance'>>(
    `SELECT m.id, m.published, m.seq FROM (
       SELECT d.id, d.published, d.seq, d.search_vector FROM documents d WHERE ${matching}
       ORDER BY (d.published IS NULL), d.published DESC, d.seq DESC OFFSET 0
     ) m WHERE ${distanceOfMatch} = ?::real LIMIT ?`,
    [...matchingParams, query, cut, count],
  );
  return rows.map((row) => ({ ...row, distance: cut }));
}

// As search.ts's RANKING: best score, then newest published (undated last), then newest saved.
function byRanking(a: Row, b: Row): number {
  if (a.distance !== b.distance) return a.distance - b.distance;
  if ((a.published === null) !== (b.published === null)) return a.published === null ? 1 : -1;
  if (a.published !== b.published) return a.published! < b.published! ? 1 : -1;
  return Number(b.seq) - Number(a.seq);
}

/**
 * Counted from the index's bitmap, the filter tested on the matches' rows (their outlet, date,
 * id): given the choice, the planner would rather read an outlet's or a month's documents
 * through their own index and test each one's vector from TOAST (120–170 ms against 30–50 ms
 * for a common word in one outlet at 100k documents). OFFSET 0 keeps the filter outside.
 */
async function countMatches(db: SqlExecutor, query: string, filter: Condition): Promise<number> {
  const [row] = await planned(db, { enable_seqscan: 'off' }, (tx) => tx.all<{ n: number }>(
    `SELECT count(*) AS n FROM (SELECT d.id, d.outlet, d.published FROM documents d WHERE d.search_vector @@ ${TSQUERY} OFFSET 0) d
     WHERE ${filter.sql}`,
    [query, ...filter.params],
  ));
  return Number(row!.n);
}

/**
 * Runs `work` in a transaction with planner settings for it only. A plan priced with a path
 * switched off looks costly enough to be compiled (JIT), which is never worth it here.
 */
function planned<T>(db: SqlExecutor, settings: Record<string, string>, work: (tx: SqlExecutor) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    await setPlanner(tx, { ...settings, jit: 'off' });
    return work(tx);
  });
}

async function setPlanner(tx: SqlExecutor, settings: Record<string, string>): Promise<void> {
  const names = Object.keys(settings);
  await tx.all(`SELECT ${names.map(() => 'set_config(?, ?, true)').join(', ')}`, names.flatMap((name) => [name, settings[name]!]));
}
