// The tagger calls unfamiliar place names persons ("strikes near Sinjar", "in Tal Afar").
// A name it typed PERSON becomes a place when one of its mentions follows a locative
// preposition and the gazetteer knows a settlement or region by that name (loosely folded
// spellings count: "Dayr Az Zayr"). People seldom stand after "near" or "outside".

import type { EntityMention } from '../types.js';
import type { PlaceIndex } from './gazetteer.js';

const LOCATIVE_BEFORE = /\b(?:in|near|outside|around|across|into|towards?|north of|south of|east of|west of|the (?:town|city|village|province|region|district) of)\s+$/i;
// Settlements too small to outweigh the tagger's judgement are ignored.
const MIN_POPULATION = 1000;

export function placeIdsAmongPersons(text: string, mentions: readonly EntityMention[], gazetteer: PlaceIndex): Set<string> {
  const ids = new Set<string>();
  for (const m of mentions) {
    if (m.type !== 'PERSON' || ids.has(m.id)) continue;
    if (!LOCATIVE_BEFORE.test(text.slice(Math.max(0, m.start - 24), m.start))) continue;
    const known = gazetteer.candidates(m.text).some((c) => c.tier < 2 && (c.place.kind !== 'city' || c.place.population >= MIN_POPULATION));
    if (known) ids.add(m.id);
  }
  return ids;
}
