// Reads the learned attribution-cue lexicon (models/quotes/cues.json).

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CueLexicon, type CueLexiconFile } from '../extract/quotes/cue-lexicon.js';
import { packageRoot } from './package-root.js';

export function loadQuoteCues(path = join(packageRoot(), 'models', 'quotes', 'cues.json')): CueLexicon {
  let file: CueLexiconFile;
  try {
    file = JSON.parse(readFileSync(path, 'utf8')) as CueLexiconFile;
  } catch (error) {
    throw new Error(`cannot read the quote cue lexicon at ${path} (build it with node dist/scripts/train-quote-cues.js)`, { cause: error });
  }
  return new CueLexicon(file);
}
