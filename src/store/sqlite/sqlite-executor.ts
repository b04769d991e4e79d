import { dirname } from 'node:path';
import { ensureFolder } from './ensure-folder.js';
import Database from 'better-sqlite3';
import { StoreQueryError } from '../errors.js';
import type { SqlExecutor, SqlValue } from '../sql/executor.js';
import { SerialLock } from '../sql/serial-lock.js';

type Connection = InstanceType<typeof Database>;
type Statement = Database.Statement<unknown[]>;

/** better-sqlite3 behind the async executor: one connection, statements cached by text. */
export class SqliteExecutor implements SqlExecutor {
  private readonly statements = new Map<string, Statement>();
  private readonly lock = new SerialLock();
  private readonly direct: SqlExecutor;

  constructor(private readonly db: Connection) {
    this.direct = {
      all: async <Row>(sql: string, params: readonly SqlValue[] = []) => this.query(sql, params) as Row[],
      run: async (sql: string, params: readonly SqlValue[] = []) => this.execute(sql, params),
      transaction: () => Promise.reject(new Error('nested transactions are not supported')),
      close: () => Promise.reject(new Error('close the store, not the transaction')),
    };
  }

  /** Opens the file, creating it and its folder when missing. */
  static open(path: string): SqliteExecutor {
    if (path !== ':memory:') ensureFolder(dirname(path));
    const db = new Database(path);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    // Searches read a row of every hit; the 2 MB default cache makes that a system call each
    // at 100k documents. 64 MB (an upper bound, taken as pages are read) keeps them in memory.
    db.pragma('cache_size = -65536');
    return new SqliteExecutor(db);
  }

  all<Row>(sql: string, params: readonly SqlValue[] = []): Promise<Row[]> {
    return this.lock.run(async () => this.query(sql, params) as Row[]);
  }

  run(sql: string, params: readonly SqlValue[] = []): Promise<number> {
    return this.lock.run(async () => this.execute(sql, params));
  }

  transaction<T>(work: (tx: SqlExecutor) => Promise<T>): Promise<T> {
    return this.lock.run(async () => {
      this.db.exec('BEGIN IMMEDIATE');
      try {
        const result = await work(this.direct);
        this.db.exec('COMMIT');
        return result;
      } catch (error) {
        if (this.db.inTransaction) this.db.exec('ROLLBACK');
        throw error;
      }
    });
  }

  close(): Promise<void> {
    return this.lock.run(async () => {
      this.db.close();
    });
  }

  /** Runs a script of several statements (migrations). */
  exec(sql: string): void {
    this.db.exec(sql);
  }

  private query(sql: string, params: readonly SqlValue[]): unknown[] {
    try {
      return this.prepare(sql).all(...(params as unknown[]));
    } catch (error) {
      throw new StoreQueryError(sql, params, error);
    }
  }

  private execute(sql: string, params: readonly SqlValue[]): number {
    try {
      const statement = this.prepare(sql);
      if (statement.reader) return statement.all(...(params as unknown[])).length;
      return statement.run(...(params as unknown[])).changes;
    } catch (error) {
      throw new StoreQueryError(sql, params, error);
    }
  }

  private prepare(sql: string): Statement {
    let statement = this.statements.get(sql);
    if (!statement) {
      statement = this.db.prepare(sql);
      this.statements.set(sql, statement);
    }
    return statement;
  }
}
