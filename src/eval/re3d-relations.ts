// Reads re3d's relations and all its accepted entity mentions (names, nominals and
// pronouns alike), for scoring relations end to end and from gold ("oracle") mentions.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { EntityType, RelationType, Span } from '../extract/types.js';
import { isNamedMention, MIN_ACCEPTED_CONFIDENCE } from './re3d.js';

export interface GoldRelation {
  type: RelationType;
  source: Span;
  target: Span;
  /** Both arguments are names (not "the army", "we"): what a names-only extractor can reach. */
  named: boolean;
}

export interface GoldMention extends Span {
  text: string;
  type: EntityType;
}

export interface Re3dRelationDocument {
  id: string;
  /** The source folder's name (centcom, uk-government, …). */
  source: string;
  text: string;
  relations: GoldRelation[];
  mentions: GoldMention[];
}

export const RE3D_RELATION_TYPES: Record<string, RelationType> = {
  BelongsTo: 'belongs_to', InChargeOf: 'in_charge_of', FightingAgainst: 'fighting_against',
  AlliesOf: 'military_allies_of', CommWith: 'communicated_with', CoLocated: 'co_located', Apart: 'apart',
  IsSynonymOf: 'is_the_same_as', Likes: 'likes', Dislikes: 'dislikes', HasAttrOf: 'has_the_attribute_of',
};

/** re3d entity types as the extractor's types, for relations from gold mentions. */
const MENTION_TYPES: Record<string, EntityType> = {
  Person: 'PERSON', Organisation: 'ORG', Location: 'LOC', Nationality: 'NORP', Temporal: 'DATE',
  Quantity: 'QUANTITY', Money: 'MONEY', Weapon: 'WEAPON', Vehicle: 'VEHICLE', MilitaryPlatform: 'VEHICLE',
};

/**
 * re3d relation rows carry a crowd confidence between 0 and 1 (not only the 1/0 of its
 * entities); rows at or above this are taken as gold.
 */
export const MIN_RELATION_CONFIDENCE = 0.5;

function jsonLines(path: string): Record<string, unknown>[] {
  return readFileSync(path, 'utf8').split('\n').map((line) => line.trim().replace(/^\uFEFF/, ''))
    .filter(Boolean).map((line) => JSON.parse(line) as Record<string, unknown>);
}

export function readRe3dRelations(dir: string): Re3dRelationDocument[] {
  const folders = existsSync(join(dir, 'documents.json'))
    ? [dir]
    : readdirSync(dir).sort().map((name) => join(dir, name)).filter((path) => existsSync(join(path, 'relations.json')));
  if (!folders.length) throw new Error(`no re3d relations.json under ${dir}`);
  const documents: Re3dRelationDocument[] = [];
  for (const folder of folders) {
    const byId = new Map<string, Re3dRelationDocument>();
    for (const row of jsonLines(join(folder, 'documents.json'))) {
      const doc = { id: String(row['_id']), source: basename(folder), text: String(row['text']), relations: [], mentions: [] };
      byId.set(doc.id, doc);
      documents.push(doc);
    }
    for (const row of jsonLines(join(folder, 'entities.json'))) {
      const type = MENTION_TYPES[String(row['type'])];
      const doc = byId.get(String(row['documentId']));
      if (!type || !doc || Number(row['confidence']) < MIN_ACCEPTED_CONFIDENCE) continue;
      const start = Number(row['begin']);
      const end = Number(row['end']);
      doc.mentions.push({ start, end, text: doc.text.slice(start, end), type });
    }
    for (const row of jsonLines(join(folder, 'relations.json'))) {
      const type = RE3D_RELATION_TYPES[String(row['type'])];
      const doc = byId.get(String(row['documentId']));
      if (!type || !doc || Number(row['confidence']) < MIN_RELATION_CONFIDENCE) continue;
      const source = { start: Number(row['sourceBegin']), end: Number(row['sourceEnd']) };
      const target = { start: Number(row['targetBegin']), end: Number(row['targetEnd']) };
      const named = [source, target].every((s) => isNamedMention(doc.text.slice(s.start, s.end), 'NAME'));
      doc.relations.push({ type, source, target, named });
    }
  }
  return documents;
}
