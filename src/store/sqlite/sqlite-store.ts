import { migrate, type UpgradeListener } from '../sql/migration.js';
import { SqlStore } from '../sql/sql-store.js';
import { SQLITE_MIGRATIONS } from './migrations.js';
import { SqliteExecutor } from './sqlite-executor.js';
import { sqliteDialect } from './sqlite-dialect.js';

export interface SqliteOptions {
  /** false: score every match rather than read the best from the postings (the full ranking, for tests). */
  walkPostings?: boolean;
  /** Told of each migration an existing file is upgraded with (building the postings takes minutes at 100k documents). */
  onUpgrade?: UpgradeListener;
}

/** The embedded store: one SQLite file in WAL mode, FTS5 for search. */
export class SqliteStore extends SqlStore {
  /** Opens (creating if needed) the database file and brings its schema up to date. */
  static async open(path: string, options: SqliteOptions = {}): Promise<SqliteStore> {
    const executor = SqliteExecutor.open(path);
    try {
      await migrate(executor, SQLITE_MIGRATIONS, undefined, options.onUpgrade);
    } catch (error) {
      await executor.close();
      throw error;
    }
    return new SqliteStore(executor, sqliteDialect({ walk: options.walkPostings !== false }));
  }
}
