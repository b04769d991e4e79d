import type { TypedMention } from '../entities/assign-ids.js';

/**
 * "Russian" + "Aerospace Forces" → one ORG "Russian Aerospace Forces": a nationality word
 * directly before an organisation's name is part of that name (the tagger often splits
 * them), and so is a capitalised state body after it ("Syrian Government"). "Russian security
 * services" stays NORP: nothing named follows it.
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
    // "Syrian Government", "Iraqi Army": the tagger often leaves the capitalised body out.
    const body = current.type === 'NORP' && !/s$/.test(current.text) ? STATE_BODY_AFTER.exec(text.slice(current.end, current.end + 40)) : null;
    if (body && (!next || next.start >= current.end + body[0].length)) {
      const end = current.end + body[0].length;
      out.push({ start: current.start, end, text: text.slice(current.start, end), type: 'ORG' });
      continue;
    }
    out.push(current);
  }
  return out;
}

const STATE_BODY_AFTER = /^ (?:Government|Army|Navy|Air Force|Armed Forces|Security Forces|Parliament|Cabinet)(?![\p{L}])/u;
