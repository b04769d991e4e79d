import { migrate, type UpgradeListener } from '../sql/migration.js';
import { SqlStore } from '../sql/sql-store.js';
import { SQLITE_MIGRATIONS } from './migrations.js';
import { SqliteExecutor } from './sqlite-executor.js';
import { sqliteDialect } from './sqlite-dialect.js';

/** The embedded store: one SQLite file in WAL mode, FTS5 for search. */
export class SqliteStore extends SqlStore {
  /** Opens (creating if needed) the database file and brings its schema up to date. */
  /** `onUpgrade` is told of each migration an existing file is upgraded with. */
  static async open(path: string, onUpgrade?: UpgradeListener): Promise<SqliteStore> {
    const executor = SqliteExecutor.open(path);
    try {
      await migrate(executor, SQLITE_MIGRATIONS, undefined, onUpgrade);
    } catch (error) {
      await executor.close();
      throw error;
    }
    return new SqliteStore(executor, sqliteDialect);
  }
}
