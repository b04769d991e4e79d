import type { SqlExecutor } from './executor.js';

/**
 * A mark that changes whenever a document is saved or an entity, alias, grade or credibility
 * is changed: each adds a row (undoing too) to a table that only grows. Rows are counted, not
 * their highest key, which concurrent writers may commit out of order.
 */
export async function revision(db: SqlExecutor): Promise<string> {
  const [row] = await db.all<Record<string, number>>(
    `SELECT (SELECT count(*) FROM documents) AS documents, (SELECT count(*) FROM entity_changes) AS changes,
      (SELECT count(*) FROM entity_aliases) AS aliases, (SELECT count(*) FROM source_grades) AS grades,
      (SELECT count(*) FROM credibility_changes) AS credibility`,
  );
  return Object.values(row!).map(Number).join('.');
}
