import { toContract } from '../../extract/contract.js';
import type { AliasTable } from '../../extract/entities/aliases.js';
import type { Extraction } from '../../extract/extraction.js';
import { resolveEntities, withCorpusIds, type Capitals } from '../../extract/resolve/index.js';

/** A file's extraction (with its plain text for HTML input), or why it failed. */
export type Extracted = { file: string; extraction: Extraction; text: string; isHtml: boolean } | { file: string; error: string };

/**
 * `extract --jsonl --resolve`: the per-file lines in order with corpus ids, then one line
 * with the entities across all files that were read.
 */
export function printResolved(extracted: Extracted[], knowledge: { aliases: AliasTable; capitals: Capitals }, print: (json: unknown) => void): void {
  const read = extracted.filter((e): e is Extract<Extracted, { extraction: Extraction; text: string }> => 'extraction' in e);
  const documents = read.map((e) => ({ file: e.file, entities: e.extraction.entities, text: e.text }));
  const resolution = resolveEntities(documents, knowledge.aliases, { capitals: knowledge.capitals });
  const index = new Map(read.map((e, i) => [e, i]));
  for (const e of extracted) {
    if (!('extraction' in e)) {
      print({ file: e.file, error: e.error });
      continue;
    }
    const i = index.get(e)!;
    print(toContract(e.file, withCorpusIds(e.extraction, resolution.idMaps[i]!, resolution.mentionIds[i]), e.isHtml ? e.text : undefined));
  }
  print({ entities: resolution.entities });
}
