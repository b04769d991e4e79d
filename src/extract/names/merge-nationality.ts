import type { TypedMention } from '../entities/assign-ids.js';

/**
 * "Russian" + "Aerospace Forces" → one ORG "Russian Aerospace Forces": a nationality word
 * directly before an organisation's name is part of that name (the tagger often splits
 * them). "Russian security services" stays NORP: nothing named follows it.
 */
export function mergeNationalityIntoOrg(text: string, mentions: TypedMention[]): TypedMention[] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  const out: TypedMention[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const current = sorted[i]!;
    const next = sorted[i + 1];
    if (current.type === 'NORP' && next && next.type === 'ORG' && /^ $/.test(text.slice(current.end, next.start)) && !/s$/.test(current.text)) {
      out.push({ start: current.start, end: next.end, text: text.slice(current.start, next.end), type: 'ORG' });
      i++;
      continue;
    }
    out.push(current);
  }
  return out;
}
