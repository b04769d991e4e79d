import type { TypedMention } from '../entities/assign-ids.js';

// What may stand between two parts of one person's name: middle initials ("Stephen J.
// Townsend") and a nickname in quotes ("John “J.D.” Dorrian", 'Richard "Tex" Coe').
const PERSON_JOINT = /^\s+(?:(?:\p{Lu}\.\s+)+|["“‘'][\p{Lu}][\p{L}.]*["”’']\s+)$/u;
const PERSON_JOINT_THEN_SURNAME = /^\s+(?:(?:\p{Lu}\.\s+)+|["“‘'][\p{Lu}][\p{L}.]*["”’']\s+)(\p{Lu}[\p{Ll}'’-]+(?:\s+(?:Jr\.|Sr\.|II|III|IV))?)\b/u;

// An Arabic family name or nisba the tagger left off a person's name: "Abu Jandal al-Kuwaiti".
const NISBA_AFTER = /^\s+(?:al|el|ad|ar|as|ash|at|az)-\p{Lu}[\p{L}'’]+/u;

// Lower-case particles inside Arabic and European place and person names ("Dayr az Zawr",
// "Ras al Ain"), written without hyphens so the tagger sees two names around a small word.
const PARTICLE_JOINT = /^\s+(?:al|az|ar|as|ash|ad|an|at|el|ez|es|ed|ibn|bin|bint|de|da|di|du|del|della|van|von|der|den)\s+$/;
const JOINABLE_BY_PARTICLE = new Set(['GPE', 'LOC', 'FAC', 'PERSON']);

/**
 * Joins parts of one name that the tagger split: a person's name around middle initials or
 * a quoted nickname (taking in the surname when the tagger left it out, and a trailing
 * "al-…"), and two parts of a place or person name around a lower-case particle.
 */
export function joinNameParts(text: string, mentions: readonly TypedMention[]): TypedMention[] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  const out: TypedMention[] = [];
  for (let i = 0; i < sorted.length; i++) {
    let current = sorted[i]!;
    for (;;) {
      const next = sorted[i + 1];
      const between = next ? text.slice(current.end, next.start) : '';
      const joins = next && next.type === current.type && (
        (current.type === 'PERSON' && PERSON_JOINT.test(between))
        || (JOINABLE_BY_PARTICLE.has(current.type) && PARTICLE_JOINT.test(between)));
      if (!joins) break;
      current = span(text, current.start, next.end, current.type);
      i++;
    }
    if (current.type === 'PERSON') {
      const after = text.slice(current.end, current.end + 60);
      const rest = PERSON_JOINT_THEN_SURNAME.exec(after) ?? NISBA_AFTER.exec(after);
      const next = sorted[i + 1];
      if (rest) {
        const end = current.end + rest[0].length;
        if (!next || next.start >= end) current = span(text, current.start, end, 'PERSON');
      }
    }
    out.push(current);
  }
  return out;
}

// Bodies and places whose names go on with "of …": "Ministry of Culture", "State Board of
// Antiquities and Heritage", "Gulf of Oman", "Hashemite Kingdom of Jordan".
const OF_HEADS: Partial<Record<TypedMention['type'], RegExp>> = {
  ORG: /(?:^|\s)(?:Ministry|Department|Board|Office|Council|Commission|Committee|Bank|University|Court|Institute|Academy|Agency|Bureau|Directorate|League|Union|Organi[sz]ation|Federation|Chamber|House|Secretariat)$/,
  GPE: /(?:^|\s)(?:Republic|Kingdom|Emirate|Sultanate|State|Principality|Federation)$/,
  LOC: /(?:^|\s)(?:Gulf|Sea|Bay|Strait|Straits|Lake|Cape|Isle|Islands|Horn|Mouth)$/,
};
const OF_NAME_AFTER = /^ of (?:the )?\p{Lu}[\p{L}’'-]*(?: \p{Lu}[\p{L}’'-]*)*(?: (?:and|&) \p{Lu}[\p{L}’'-]*(?: \p{Lu}[\p{L}’'-]*)*)?/u;

/**
 * A body's or place's name that goes on with "of" and a name ("Ministry" + "of Culture"): the
 * whole is one mention, taking in any mentions inside the added words ("Oman").
 */
export function extendOfNames(text: string, mentions: readonly TypedMention[]): TypedMention[] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  const out: TypedMention[] = [];
  for (let i = 0; i < sorted.length; i++) {
    let current = sorted[i]!;
    const head = OF_HEADS[current.type];
    const more = head?.test(current.text) ? OF_NAME_AFTER.exec(text.slice(current.end, current.end + 80)) : null;
    if (more) {
      const end = current.end + more[0].length;
      let j = i + 1;
      while (j < sorted.length && sorted[j]!.end <= end) j++;
      // A mention running past the added words ("of Iraq and the Levant") leaves the name as it was.
      if (j >= sorted.length || sorted[j]!.start >= end) {
        current = span(text, current.start, end, current.type);
        i = j - 1;
      }
    }
    out.push(current);
  }
  return out;
}

function span(text: string, start: number, end: number, type: TypedMention['type']): TypedMention {
  return { start, end, text: text.slice(start, end), type };
}
