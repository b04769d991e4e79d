// CoNLL types to OntoNotes types: PER → PERSON, ORG → ORG, LOC → GPE | LOC | FAC by head
// word and world-region list, MISC → NORP | EVENT | LAW | LANGUAGE | PRODUCT by demonyms,
// group words and head words; null when a MISC mention fits none of them.

import worldCountries, { type Country } from 'world-countries';
import {
  EVENT_HEADS, FAC_HEADS, GROUP_WORDS, LANGUAGES, LAW_HEADS, NATURAL_LOC_HEADS, WORLD_REGIONS,
} from '../gazetteer/head-words.js';
import type { EntityType } from '../types.js';
import type { EntityClass } from './labels.js';
import { normalizeToken } from './normalize.js';
import { MILITARY_UNIT_HEADS } from '../names/military-units.js';

export type OntoNotesType = EntityType;

export interface RefineContext {
  /** Text just before the mention (a few words are enough). */
  before?: string;
  /** Text just after the mention. */
  after?: string;
}

const lowerSet = (words: Iterable<string>) => new Set([...words].map((w) => w.toLowerCase()));

// The package is CommonJS: its default export is the array itself.
const COUNTRIES = worldCountries as unknown as Country[];
const DEMONYMS = lowerSet(COUNTRIES.flatMap((c) => {
  const d = c.demonyms['eng'];
  return d ? [d.m, d.f, `${d.m}s`, `${d.f}s`] : [];
}));
const GROUPS = lowerSet(GROUP_WORDS);
const LANGUAGE_NAMES = lowerSet(LANGUAGES);
const REGIONS = lowerSet([...WORLD_REGIONS, ...COUNTRIES.flatMap((c) => [c.region, c.subregion]).filter(Boolean)]);
// A few more natural-feature heads for typing only: the tagger's gazetteer lists are
// compiled into the model, and changing them would need retraining to stay reproducible.
const NATURAL = lowerSet([...NATURAL_LOC_HEADS, 'Gorge', 'Gorges', 'Pass', 'Range', 'Canyon', 'Oasis', 'Marshes']);
const FACILITIES = lowerSet(FAC_HEADS);
const EVENTS = lowerSet(EVENT_HEADS);
const LAWS = lowerSet(LAW_HEADS);

function words(text: string): string[] {
  return normalizeToken(text).replace(/^the\s+/i, '').split(/\s+/).filter(Boolean);
}

// Heads that make a multi-word name an organisation even when the tagger said PER
// ("Defence Ministry", "Aerospace Forces"): a strict subset of ORG_HEADS, without words
// that also end people's names or sports clubs.
const ORG_ONLY_HEADS = lowerSet([
  'Ministry', 'Council', 'Forces', 'Force', 'Army', 'Navy', 'Party', 'Agency', 'Service', 'Services', 'Committee',
  'Commission', 'Department', 'Office', 'Bureau', 'Directorate', 'Brigade', 'Brigades', 'Battalion', 'Regiment',
  'Division', 'Corps', 'Command', 'Movement', 'Alliance', 'Coalition', 'University', 'Institute', 'Foundation',
  'Government', 'Administration', 'Parliament', 'Assembly', 'Congress', 'Senate', 'Court', 'Police', 'Times',
  'Network', 'Organisation', 'Organization', 'Corporation', 'Association', 'Federation', 'Union', 'Society',
]);

const UNIT_HEADS = lowerSet(MILITARY_UNIT_HEADS);

function refinePerson(ws: string[]): OntoNotesType {
  const head = ws[ws.length - 1]!.toLowerCase();
  // A lone "Coalition" or "Government" is a body, not a surname.
  if (ws.length < 2) return ORG_ONLY_HEADS.has(head) ? 'ORG' : 'PERSON';
  if (ORG_ONLY_HEADS.has(head)) return 'ORG';
  if (FACILITIES.has(head) || /^(?:Fort|Camp)$/.test(ws[0]!)) return 'FAC'; // Fort Campbell, Camp Taji
  if (NATURAL.has(head)) return 'LOC';
  return 'PERSON';
}

function refineLocation(ws: string[]): OntoNotesType {
  const text = ws.join(' ').toLowerCase();
  const head = ws[ws.length - 1]!.toLowerCase();
  if (REGIONS.has(text)) return 'LOC';
  if (ws.length > 1 && FACILITIES.has(head)) return 'FAC';
  if (ws.length > 1 && NATURAL.has(head)) return 'LOC';
  if (ws.length > 1 && NATURAL.has(ws[0]!.toLowerCase()) && ws[1]?.toLowerCase() === 'of') return 'LOC'; // Gulf of Aden
  return 'GPE';
}

function refineMisc(ws: string[], context: RefineContext | undefined): OntoNotesType | null {
  const text = ws.join(' ').toLowerCase();
  const head = ws[ws.length - 1]!.toLowerCase();
  // "translated from Russian" is a language; "from Russian Defence Minister Shoigu" is not,
  // "from Russian airstrikes" neither: before a noun the word is a nationality.
  const beforeName = /^\s*\p{L}/u.test(context?.after ?? '') && !/^\s*(and|or|but|as|to|by)\b/i.test(context?.after ?? '');
  if (LANGUAGE_NAMES.has(text) && ((!beforeName && /\b(in|speak|speaks|speaking|into|from)\s*$/i.test(context?.before ?? '')) || /^\s*(language|speakers?|-language)\b/i.test(context?.after ?? ''))) {
    return 'LANGUAGE';
  }
  if (DEMONYMS.has(text) || GROUPS.has(text)) return 'NORP';
  if (ws.length === 1 && /^[A-Z][a-z]+(?:ian|ean|ese|ish|i)s?$/.test(ws[0]!)) return 'NORP'; // Brazilians, Iraqi
  if (ws.length === 1 && /^(Para)?[Oo]lympics$/.test(ws[0]!)) return 'EVENT';
  if (ws.length > 1 && EVENTS.has(head)) return 'EVENT';
  if (ws.length > 1 && EVENTS.has(ws.slice(-2).join(' ').toLowerCase())) return 'EVENT';
  if (/^\d{4}$/.test(ws[0] ?? '') && ws.length > 1) return 'EVENT'; // "1996 Olympics", "2014 World Cup"
  if (ws.length > 1 && LAWS.has(head)) return 'LAW';
  if (ws.length > 1 && (ORG_ONLY_HEADS.has(head) || UNIT_HEADS.has(head))) return 'ORG'; // "5th Special Forces Group"
  if (ws.some((w) => /\d/.test(w)) && ws.some((w) => /[A-Za-z]/.test(w))) return 'PRODUCT'; // Boeing 737, F-16
  if (ws.length > 1 && (DEMONYMS.has(ws[0]!.toLowerCase()) || GROUPS.has(ws[0]!.toLowerCase())) && ws.length === 2 && GROUPS.has(head)) return 'NORP';
  return null;
}

/** The OntoNotes type of a tagged mention, or null when a MISC mention fits no type we keep. */
export function refineType(conllType: EntityClass, mentionText: string, context?: RefineContext): OntoNotesType | null {
  const ws = words(mentionText);
  if (ws.length === 0) return null;
  switch (conllType) {
    case 'PER': return refinePerson(ws);
    case 'ORG': return 'ORG';
    case 'LOC': return refineLocation(ws);
    case 'MISC': return refineMisc(ws, context);
  }
}
