// Reads the trained NER model from the package (models/ner/model.bin). The only file I/O
// for the tagger; the tagger itself works on bytes.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { NerTagger } from '../extract/ner/tagger.js';
import { packageRoot } from './package-root.js';

export const NER_MODEL_FILE = 'model.bin';

/** The shipped model's path, found from the package root so that the cwd does not matter. */
export function defaultNerModelPath(): string {
  return join(packageRoot(), 'models', 'ner', NER_MODEL_FILE);
}

export function loadNerTagger(path = defaultNerModelPath()): NerTagger {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw new Error(`cannot read the NER model at ${path} (train it with npm run train:ner)`, { cause: error });
  }
  return NerTagger.fromBytes(bytes);
}
