import type { SqlExecutor } from './executor.js';

/** One versioned schema change: statements run in order, in one transaction with the others. */
export interface Migration {
  version: number;
  name: string;
  statements: readonly string[];
}

/** Told of each migration about to run on a store that already had a schema (an upgrade, which may take a while). */
export type UpgradeListener = (migration: Migration) => void;

/**
 * Applies the migrations not yet in `schema_migrations`, in version order, in one
 * transaction. `lockStatement` (PostgreSQL: an advisory lock) keeps two processes that
 * open the store at once from migrating twice.
 */
export async function migrate(db: SqlExecutor, migrations: readonly Migration[], lockStatement?: string, onUpgrade?: UpgradeListener): Promise<number[]> {
  await db.run(
    'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)',
  );
  return db.transaction(async (tx) => {
    if (lockStatement) await tx.all(lockStatement);
    const applied = new Set(
      (await tx.all<{ version: number }>('SELECT version FROM schema_migrations')).map((row) => Number(row.version)),
    );
    const done: number[] = [];
    for (const migration of [...migrations].sort((a, b) => a.version - b.version)) {
      if (applied.has(migration.version)) continue;
      if (applied.size > 0) onUpgrade?.(migration);
      for (const statement of migration.statements) await tx.run(statement);
      await tx.run('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)', [
        migration.version,
        migration.name,
        new Date().toISOString(),
      ]);
      done.push(migration.version);
    }
    return done;
  });
}
