import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AliasTable, type AliasFile } from '../extract/entities/aliases.js';
import { createExtractor, type Extractor, type ExtractorResources } from '../extract/extractor.js';
import { loadNerTagger } from './load-ner.js';
import { loadPlaces } from './load-places.js';
import { loadQuoteCues } from './load-quote-cues.js';
import { packageRoot } from './package-root.js';

/** Reads the project's alias file (data/aliases.json). */
export function loadAliases(path = join(packageRoot(), 'data', 'aliases.json')): AliasTable {
  return new AliasTable(JSON.parse(readFileSync(path, 'utf8')) as AliasFile);
}

/** The shipped models and knowledge, read from the package. */
export function loadResources(): ExtractorResources {
  return { tagger: loadNerTagger(), aliases: loadAliases(), places: loadPlaces(), quoteCues: loadQuoteCues() };
}

/** An extractor over the shipped models: the one place the CLI, eval and bench get theirs. */
export function loadExtractor(): Extractor {
  return createExtractor(loadResources());
}
