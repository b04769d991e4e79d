import pg from 'pg';
import { StoreQueryError } from '../errors.js';
import type { SqlExecutor, SqlValue } from '../sql/executor.js';
import { numberedPlaceholders } from './numbered-placeholders.js';

const INT8_OID = 20;
const NUMERIC_OID = 1700;

const NO_JIT = '-c jit=off';

/** Counts and ids come back as numbers (they stay far below 2^53), for this pool only. */
const types = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === INT8_OID || oid === NUMERIC_OID) return (value: string) => Number(value);
    return pg.types.getTypeParser(oid, format);
  },
};

type Queryable = Pick<pg.Pool, 'query'>;

/** A pg pool behind the async executor; a transaction holds one client from BEGIN to COMMIT. */
export class PgExecutor implements SqlExecutor {
  private readonly sqlCache = new Map<string, string>();

  constructor(private readonly pool: pg.Pool) {
    // An idle connection dropped by the server (restart, timeout) is discarded by the pool;
    // without a listener its 'error' event would end the process. The next query reports
    // the outage if the server is really gone.
    pool.on('error', () => undefined);
  }

  /**
   * `schema`, when given, is created if missing and put first on every connection's search path.
   * JIT is off: the store's statements are short, and a plan that merely looks costly (a lateral
   * look-up per match) would spend hundreds of milliseconds compiling.
   */
  static async open(connectionString: string, schema?: string): Promise<PgExecutor> {
    if (!schema) return new PgExecutor(new pg.Pool({ connectionString, types, max: 4, options: NO_JIT }));
    const quoted = `"${schema.replace(/"/g, '""')}"`;
    const setup = new pg.Client({ connectionString });
    await setup.connect();
    try {
      await setup.query(`CREATE SCHEMA IF NOT EXISTS ${quoted}`);
    } finally {
      await setup.end();
    }
    const options = `-c search_path=${quoted},public ${NO_JIT}`;
    return new PgExecutor(new pg.Pool({ connectionString, types, max: 4, options }));
  }

  all<Row>(sql: string, params: readonly SqlValue[] = []): Promise<Row[]> {
    return this.query<Row>(this.pool, sql, params);
  }

  async run(sql: string, params: readonly SqlValue[] = []): Promise<number> {
    return this.execute(this.pool, sql, params);
  }

  async transaction<T>(work: (tx: SqlExecutor) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    const tx: SqlExecutor = {
      all: <Row>(sql: string, params: readonly SqlValue[] = []) => this.query<Row>(client, sql, params),
      run: (sql: string, params: readonly SqlValue[] = []) => this.execute(client, sql, params),
      transaction: () => Promise.reject(new Error('nested transactions are not supported')),
      close: () => Promise.reject(new Error('close the store, not the transaction')),
    };
    try {
      await client.query('BEGIN');
      const result = await work(tx);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  close(): Promise<void> {
    return this.pool.end();
  }

  private async query<Row>(target: Queryable, sql: string, params: readonly SqlValue[]): Promise<Row[]> {
    try {
      const result = await target.query(this.translate(sql), params as SqlValue[]);
      return result.rows as Row[];
    } catch (error) {
      throw new StoreQueryError(sql, params, error);
    }
  }

  private async execute(target: Queryable, sql: string, params: readonly SqlValue[]): Promise<number> {
    try {
      const result = await target.query(this.translate(sql), params as SqlValue[]);
      return result.rowCount ?? 0;
    } catch (error) {
      throw new StoreQueryError(sql, params, error);
    }
  }

  private translate(sql: string): string {
    let translated = this.sqlCache.get(sql);
    if (translated === undefined) {
      translated = numberedPlaceholders(sql);
      this.sqlCache.set(sql, translated);
    }
    return translated;
  }
}
