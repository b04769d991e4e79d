// Reads re3d (Dstl) folders: JSON lines documents.json and entities.json per source
// folder, and keeps the adjudicated (confidence 1) named mentions of the types we score.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { GoldSpan } from './span-scorer.js';

export interface Re3dDocument {
  id: string;
  source: string;
  text: string;
  entities: GoldSpan[];
}

/** re3d type → the type we score it as. Other re3d types are not scored. */
export const RE3D_TYPES: Record<string, string> = {
  Person: 'PERSON', Organisation: 'ORG', Location: 'LOC', Nationality: 'NORP', Temporal: 'DATE',
};

export const SCORED_TYPES = ['PERSON', 'ORG', 'LOC', 'NORP', 'DATE'];

const PRONOUNS = new Set(['i', 'me', 'my', 'we', 'us', 'our', 'you', 'your', 'he', 'him', 'his', 'she', 'her', 'it', 'its', 'they', 'them', 'their', 'there', 'here']);
const DATE_WORDS = /\b(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/;

/**
 * re3d also annotates nominal mentions ("the army", "U.S. service members") and pronouns;
 * we score names only: the last word is not all lower case, and dates need a digit or a
 * month or day name.
 */
export function isNamedMention(value: string, type: string): boolean {
  const words = value.trim().split(/\s+/);
  if (words.length === 1 && PRONOUNS.has(words[0]!.toLowerCase())) return false;
  if (type === 'DATE') return /\d/.test(value) || DATE_WORDS.test(value);
  const last = words[words.length - 1]!.replace(/[^\p{L}\p{N}]/gu, '');
  return last !== '' && last !== last.toLowerCase();
}

function jsonLines(path: string): Record<string, unknown>[] {
  return readFileSync(path, 'utf8').replace(/^\uFEFF/, '').split('\n')
    .map((line) => line.trim().replace(/^\uFEFF/, '')).filter(Boolean).map((line) => JSON.parse(line) as Record<string, unknown>);
}

/** All documents under dir: dir itself or its subfolders holding documents.json. */
export function readRe3d(dir: string): Re3dDocument[] {
  const folders = existsSync(join(dir, 'documents.json'))
    ? [dir]
    : readdirSync(dir).sort().map((name) => join(dir, name)).filter((path) => existsSync(join(path, 'documents.json')));
  if (!folders.length) throw new Error(`no re3d documents.json under ${dir}`);
  const documents: Re3dDocument[] = [];
  for (const folder of folders) {
    const byId = new Map<string, Re3dDocument>();
    for (const row of jsonLines(join(folder, 'documents.json'))) {
      const doc: Re3dDocument = { id: String(row['_id']), source: folder, text: String(row['text']), entities: [] };
      byId.set(doc.id, doc);
      documents.push(doc);
    }
    for (const row of jsonLines(join(folder, 'entities.json'))) {
      const type = RE3D_TYPES[String(row['type'])];
      const doc = byId.get(String(row['documentId']));
      if (!type || !doc || row['confidence'] !== 1) continue;
      const start = Number(row['begin']);
      const end = Number(row['end']);
      if (!isNamedMention(doc.text.slice(start, end), type)) continue;
      if (doc.entities.some((e) => e.start === start && e.end === end && e.type === type)) continue;
      doc.entities.push({ start, end, type });
    }
  }
  return documents;
}
