/** A value bound to a `?` placeholder. */
export type SqlValue = string | number | null;

/**
 * The little a store needs from a database connection. SQL uses `?` placeholders; each
 * backend turns them into its own. Booleans are stored as 0/1 in both databases.
 */
export interface SqlExecutor {
  all<Row = Record<string, unknown>>(sql: string, params?: readonly SqlValue[]): Promise<Row[]>;
  /** Runs a statement without result rows; returns how many rows it changed. */
  run(sql: string, params?: readonly SqlValue[]): Promise<number>;
  /** Runs `work` in one transaction: committed if it resolves, rolled back if it throws. */
  transaction<T>(work: (tx: SqlExecutor) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export async function one<Row>(db: SqlExecutor, sql: string, params?: readonly SqlValue[]): Promise<Row | null> {
  const rows = await db.all<Row>(sql, params);
  return rows[0] ?? null;
}

/** `?, ?, ?` for an IN list. */
export function placeholders(count: number): string {
  return new Array(count).fill('?').join(', ');
}
