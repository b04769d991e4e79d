import type { TypedMention } from '../entities/assign-ids.js';

// Nouns that end the name of a military unit or headquarters.
export const MILITARY_UNIT_HEADS = [
  'Army', 'Battalion', 'Battery', 'Brigade', 'Cavalry', 'Command', 'Company', 'Corps', 'Division', 'Fleet',
  'Force', 'Forces', 'Group', 'Infantry', 'Marines', 'Regiment', 'Squadron', 'Wing',
];
const HEADS = MILITARY_UNIT_HEADS.join('|');

// "321st Field Artillery Regiment", "5th Special Forces Group", "3rd Battalion": an ordinal,
// up to five capitalised words, a unit noun (the last one: "Special Forces Group"). The tagger knows Reuters news, not order-of-battle
// names, and splits them into an ORDINAL and a fragment.
const NUMBERED_UNIT = new RegExp(
  `(?<![\\p{L}\\p{N}])\\d{1,4}(?:st|nd|rd|th)(?:\\s+\\p{Lu}[\\p{L}’'-]*){0,5}\\s+(?:${HEADS})(?![\\p{L}\\p{N}])`, 'gu',
);

// Words that open joint and combined headquarters' names ("Combined Joint Task Force") but
// that the tagger leaves out; taken into a unit's name only when they directly precede it.
const UNIT_MODIFIERS = /(?:^|\s)((?:(?:Combined|Joint|Multinational|Multi-National|Special|Expeditionary|Provisional|Mobile)\s+)+)$/;
const ENDS_IN_UNIT_HEAD = new RegExp(`(?:^|\\s)(?:${HEADS})$`);

/**
 * Military units named by number ("321st Field Artillery Regiment") become one ORG, taking the
 * place of the fragments the tagger found inside them; a unit's name the tagger started too
 * late ("Joint Task Force" in "Combined Joint Task Force") is extended over the words that
 * open such names.
 */
export function findMilitaryUnits(text: string, mentions: readonly TypedMention[]): TypedMention[] {
  // Per-character marks keep the overlap tests linear in long texts.
  const named = new Uint8Array(text.length + 1);
  for (const m of mentions) named.fill(1, m.start, m.end);
  const inUnit = new Uint8Array(text.length + 1);
  const units: TypedMention[] = [];
  for (const match of text.matchAll(NUMBERED_UNIT)) {
    const start = match.index!;
    const end = start + match[0].length;
    // A name running across the unit's edge ("Mosul 3rd Battalion…") is left alone.
    if ((start > 0 && named[start - 1] && named[start]) || (named[end - 1] && named[end])) continue;
    units.push({ start, end, text: match[0], type: 'ORG' });
    inUnit.fill(1, start, end);
  }
  const kept = mentions.filter((m) => !(inUnit[m.start] && inUnit[m.end - 1]));
  const extended = kept.map((m) => {
    if (m.type !== 'ORG' || !ENDS_IN_UNIT_HEAD.test(m.text)) return m;
    const opening = UNIT_MODIFIERS.exec(text.slice(Math.max(0, m.start - 60), m.start));
    if (!opening) return m;
    const start = m.start - opening[1]!.length;
    if (named.subarray(start, m.start).indexOf(1) >= 0) return m;
    return { ...m, start, text: text.slice(start, m.end) };
  });
  return [...extended, ...units].sort((a, b) => a.start - b.start);
}
