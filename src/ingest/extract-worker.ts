// One extraction thread of an ExtractPool: loads the shipped models once, then extracts the
// articles it is sent, one at a time, answering each with its extraction or the error.
import { parentPort } from 'node:worker_threads';
import type { Article } from '../extract/extraction.js';
import { loadExtractor } from '../models/load-resources.js';

const extractor = loadExtractor();
parentPort!.postMessage({ stages: extractor.stages });
parentPort!.on('message', (message: { id: number; article: Article }) => {
  try {
    parentPort!.postMessage({ id: message.id, extraction: extractor.extract(message.article) });
  } catch (error) {
    parentPort!.postMessage({ id: message.id, error: error instanceof Error ? error.message : String(error) });
  }
});
