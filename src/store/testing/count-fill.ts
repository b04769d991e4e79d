import assert from 'node:assert/strict';
import { ENTITY_SUMMARIES } from '../../ingest/testing/store-consistency.js';
import { airstrikeArticle, bombingArticle, meetingArticle } from '../conformance-documents.js';
import { undatedArticle } from '../conformance-profile.js';
import { COUNTED, DOCUMENT_ENTITY_COUNTS_FILL } from '../sql/document-entities.js';
import type { SqlExecutor } from '../sql/executor.js';
import type { Store } from '../store.js';
import { failedChecks } from './raw-documents.js';

/**
 * Migration 6's fill of document_entities' list counts, run on rows whose counts were wiped,
 * gives back exactly what saving wrote (`raw` is a second connection to `store`'s database).
 */
export async function checkCountFill(store: Store, raw: SqlExecutor): Promise<void> {
  for (const { document, extraction } of [airstrikeArticle(), bombingArticle(), meetingArticle(), undatedArticle()]) {
    await store.saveDocument(document, extraction);
  }
  const rows = () => raw.all(`SELECT document_id, entity_id, ${COUNTED} FROM document_entities ORDER BY document_id, entity_id`);
  const saved = await rows();
  const counted = saved.filter((row) => Object.entries(row).some(([key, value]) => key !== 'document_id' && key !== 'entity_id' && Number(value) > 0));
  assert.ok(counted.length >= 5, 'the articles give several entities rows in their lists');
  await raw.run(`UPDATE document_entities SET ${COUNTED.split(', ').map((column) => `${column} = 0`).join(', ')}`);
  await raw.run(DOCUMENT_ENTITY_COUNTS_FILL);
  assert.deepEqual(await rows(), saved);
  assert.deepEqual(await failedChecks(raw, ENTITY_SUMMARIES), []);
}
