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

function span(text: string, start: number, end: number, type: TypedMention['type']): TypedMention {
  return { start, end, text: text.slice(start, end), type };
}
