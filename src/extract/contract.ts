import type { Extraction } from './extraction.js';

/** The JSON object of CONTRACT.md for one document, keys in the documented order. */
export function toContract(file: string, extraction: Extraction, extractedText?: string): Record<string, unknown> {
  return {
    file,
    ...(extractedText !== undefined ? { text: extractedText } : {}),
    title: extraction.title,
    published: extraction.published,
    boilerplate: extraction.boilerplate.map(({ start, end }) => ({ start, end })),
    entities: extraction.entities.map(({ start, end, text, type, id, value, geo }) => ({
      start, end, text, type, id,
      ...(value !== undefined ? { value } : {}),
      ...(geo !== undefined ? { geo } : {}),
    })),
    events: extraction.events,
    quotes: extraction.quotes,
    relations: extraction.relations,
  };
}
