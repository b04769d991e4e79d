import type { SqlExecutor } from '../sql/executor.js';

/** A document row written straight into the table, as a store before a migration held it (`doc-n`). */
export function insertRawDocument(db: SqlExecutor, n: number, title: string | null, text: string): Promise<number> {
  return db.run(
    `INSERT INTO documents (id, content_hash, simhash, simhash_band0, simhash_band1, simhash_band2, simhash_band3, title, text, published, extractor, ingested_at)
     VALUES (?, ?, 's', 'a', 'b', 'c', 'd', ?, ?, '2015-06-01', '["test"]', '2026-12-01')`,
    [`doc-${n}`, `hash-${n}`, title, text],
  );
}

/** An entity named once in document `doc-n`, written straight into the tables as a store before a migration held it. */
export async function insertRawEntity(db: SqlExecutor, n: number, entityId: string): Promise<void> {
  await db.run(
    "INSERT INTO entities (id, name, name_key, type, created_at) VALUES (?, ?, ?, 'GPE', '2026-12-01') ON CONFLICT DO NOTHING",
    [entityId, entityId, entityId],
  );
  await db.run(
    "INSERT INTO mentions (document_id, local_id, start_offset, end_offset, text, name_key, type, entity_id) VALUES (?, ?, 0, 1, ?, ?, 'GPE', ?)",
    [`doc-${n}`, entityId, entityId, entityId, entityId],
  );
  await db.run("INSERT INTO document_entities (document_id, entity_id, entity_type, mentions) VALUES (?, ?, 'GPE', 1)", [`doc-${n}`, entityId]);
}

/** Each of the crash checks' queries (counts of rows that must not exist) that finds some. */
export async function failedChecks(db: SqlExecutor, checks: Record<string, string>): Promise<string[]> {
  const problems: string[] = [];
  for (const [problem, sql] of Object.entries(checks)) {
    const [row] = await db.all<{ n: number | string }>(sql);
    if (Number(row!.n) > 0) problems.push(`${problem}: ${row!.n}`);
  }
  return problems;
}
