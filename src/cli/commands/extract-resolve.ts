import { toContract } from '../../extract/contract.js';
import type { AliasTable } from '../../extract/entities/aliases.js';
import type { Extraction } from '../../extract/extraction.js';
import { resolveEntities, withCorpusIds } from '../../extract/resolve/index.js';

/** A file's extraction (with its plain text for HTML input), or why it failed. */
export type Extracted = { file: string; extraction: Extraction; text?: string } | { file: string; error: string };

/**
 * `extract --jsonl --resolve`: the per-file lines in order with corpus ids, then one line
 * with the entities across all files that were read.
 */
export function printResolved(extracted: Extracted[], aliases: AliasTable, print: (line: string) => void): void {
  const read = extracted.filter((e): e is Extract<Extracted, { extraction: Extraction }> => 'extraction' in e);
  const resolution = resolveEntities(read.map((e) => ({ file: e.file, entities: e.extraction.entities })), aliases);
  const idMaps = new Map(read.map((e, i) => [e, resolution.idMaps[i]!]));
  for (const e of extracted) {
    if (!('extraction' in e)) print(JSON.stringify({ file: e.file, error: e.error }));
    else print(JSON.stringify(toContract(e.file, withCorpusIds(e.extraction, idMaps.get(e)!), e.text)));
  }
  print(JSON.stringify({ entities: resolution.entities }));
}
