import { migrate, type UpgradeListener } from '../sql/migration.js';
import { SqlStore } from '../sql/sql-store.js';
import { POSTGRES_MIGRATIONS } from './migrations.js';
import { PgExecutor } from './pg-executor.js';
import { pgDialect } from './pg-dialect.js';

// Any fixed number: the advisory lock that serialises migrations across processes.
const MIGRATION_LOCK = "SELECT pg_advisory_xact_lock(hashtext('dossier.schema_migrations'))";

export interface PostgresOptions {
  /** false: score every match rather than read the best from the postings (the full ranking, for tests). */
  walkPostings?: boolean;
  /** Told of each migration an existing store is upgraded with (building the postings takes minutes at 100k documents). */
  onUpgrade?: UpgradeListener;
}

/** The scale-out store: PostgreSQL, full-text search in SQL; many workers may share it. */
export class PostgresStore extends SqlStore {
  /** Connects and brings the schema up to date; `schema` puts the tables in their own schema. */
  static async open(connectionString: string, schema?: string, options: PostgresOptions = {}): Promise<PostgresStore> {
    const executor = await PgExecutor.open(connectionString, schema);
    try {
      await migrate(executor, POSTGRES_MIGRATIONS, MIGRATION_LOCK, options.onUpgrade);
      return new PostgresStore(executor, pgDialect({ walk: options.walkPostings !== false }));
    } catch (error) {
      await executor.close();
      throw error;
    }
  }
}
