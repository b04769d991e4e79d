import type { Sentence, Span } from '../types.js';
import type { AliasTable } from './aliases.js';
import type { TypedMention } from './assign-ids.js';

/**
 * Names from the alias file written exactly as listed ("IS", "A-Raqqa", "Deir e-Zor") that
 * the tagger did not find. Sentences in capitals (headlines, shouting) are skipped, where
 * "US" or "IS" are ordinary words.
 */
export function findAliasMentions(text: string, sentences: Sentence[], aliases: AliasTable, taken: Span[]): TypedMention[] {
  // One flag per character: checking a span costs its length, not the number of names.
  const used = new Uint8Array(text.length);
  for (const t of taken) used.fill(1, t.start, t.end);
  return scanAliases(text, sentences, aliases, (start, end) => {
    if (used.subarray(start, end).indexOf(1) >= 0) return false;
    used.fill(1, start, end);
    return true;
  });
}

/**
 * Long names from the alias file ("Islamic State of Iraq and the Levant", three words or more)
 * in place of the pieces the tagger found inside them ("Islamic State", "Iraq", "Levant").
 */
export function preferLongerAliases(text: string, sentences: Sentence[], aliases: AliasTable, names: TypedMention[]): TypedMention[] {
  // Which name covers each character (-1: none): a candidate's test costs its length.
  const owner = new Int32Array(text.length).fill(-1);
  names.forEach((n, i) => owner.fill(i, n.start, n.end));
  const replaced = new Set<number>();
  const found = scanAliases(text, sentences, aliases, (start, end) => {
    if (text.slice(start, end).split(/\s+/).length < 3) return false;
    const inside = new Set<number>();
    for (let c = start; c < end; c++) if (owner[c]! >= 0) inside.add(owner[c]!);
    const fits = inside.size > 0 && [...inside].every((i) => start <= names[i]!.start && names[i]!.end <= end && names[i]!.end - names[i]!.start < end - start);
    if (fits) for (const i of inside) replaced.add(i);
    return fits;
  });
  if (!found.length) return names;
  return [...names.filter((_, i) => !replaced.has(i)), ...found].sort((a, b) => a.start - b.start);
}

/** Alias-file names written exactly as listed, longest first, where `accept` takes the span. */
function scanAliases(text: string, sentences: Sentence[], aliases: AliasTable, accept: (start: number, end: number) => boolean): TypedMention[] {
  const found: TypedMention[] = [];
  for (const sentence of sentences) {
    if (mostlyCapitals(text.slice(sentence.start, sentence.end))) continue;
    const tokens = sentence.tokens;
    for (let i = 0; i < tokens.length; i++) {
      if (!/^\p{Lu}/u.test(tokens[i]!.text)) continue;
      // Longest match first: "Islamic State Khorasan" before "Islamic State".
      for (let j = Math.min(tokens.length, i + aliases.longestSurfaceWords * 2) - 1; j >= i; j--) {
        const start = tokens[i]!.start;
        const end = tokens[j]!.end;
        // Curly and straight apostrophes are one letter here: the file writes Da'esh, texts Da’esh.
        const entry = aliases.surfaces.get(text.slice(start, end).replace(/[\u2018\u2019]/g, "'"));
        if (!entry || !accept(start, end)) continue;
        found.push({ start, end, text: text.slice(start, end), type: entry.type });
        i = j;
        break;
      }
    }
  }
  return found;
}

function mostlyCapitals(sentence: string): boolean {
  const letters = sentence.replace(/[^\p{L}]/gu, '');
  return letters.length > 8 && letters.replace(/[^\p{Lu}]/gu, '').length / letters.length > 0.6;
}
