// Reads re3d (Dstl) folders: JSON lines documents.json and entities.json per source
// folder, and keeps the accepted (confidence ≥ 0.5) named mentions of the types we score.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { GoldSpan } from './span-scorer.js';

export interface Re3dDocument {
  id: string;
  source: string;
  text: string;
  entities: GoldSpan[];
  /**
   * Accepted mentions that are not scored: nominal ones ("Iraqi forces", "the regime") and
   * those of other types ("ISIL tanks" a MilitaryPlatform, "Security Council Resolution 2328"
   * a DocumentReference). A name predicted inside one is not scored either: re3d gives a span
   * one label, so it says nothing of "Iraqi" within "Iraqi forces".
   */
  unscored: { start: number; end: number }[];
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

/**
 * re3d's confidence is the share of annotators' weight behind a label: 1 adjudicated, 0 a
 * rejected alternative (often a span inside an accepted longer one, "Haider al-Abadi" in
 * "Prime Minister Haider al-Abadi"), and in between for 341 of 3,083 spans ("Syria" 0.99).
 * Labels at or above this are the gold, as for relations.
 */
export const MIN_ACCEPTED_CONFIDENCE = 0.5;

/** How re3d is read as gold. `npm run eval -- ner --re3d` prints both readings below. */
export interface Re3dReading {
  /** Labels at or above this confidence are gold. */
  minConfidence: number;
  /** Whether a name predicted inside an unscored mention is left out (see Re3dDocument.unscored). */
  skipNamesInUnscored: boolean;
  /** Whether our TIME mentions are scored as re3d Temporal, like DATE. */
  timeIsTemporal: boolean;
}

export const ACCEPTED_READING: Re3dReading = { minConfidence: MIN_ACCEPTED_CONFIDENCE, skipNamesInUnscored: true, timeIsTemporal: true };
/** The reading used until 2026-11-30: adjudicated labels only, every predicted name scored, TIME not scored. */
export const STRICT_READING: Re3dReading = { minConfidence: 1, skipNamesInUnscored: false, timeIsTemporal: false };

/** One re3d annotation as stored: its own type name and confidence (see MIN_ACCEPTED_CONFIDENCE). */
export interface Re3dAnnotation {
  start: number;
  end: number;
  re3dType: string;
  confidence: number;
}

export interface Re3dRawDocument {
  id: string;
  /** The source folder's path. */
  source: string;
  text: string;
  annotations: Re3dAnnotation[];
}

/** The source folders under dir: dir itself or its subfolders holding documents.json. */
export function re3dSourceFolders(dir: string): string[] {
  const folders = existsSync(join(dir, 'documents.json'))
    ? [dir]
    : readdirSync(dir).sort().map((name) => join(dir, name)).filter((path) => existsSync(join(path, 'documents.json')));
  if (!folders.length) throw new Error(`no re3d documents.json under ${dir}`);
  return folders;
}

/** Every document and every annotation under dir, unfiltered. */
export function readRe3dRaw(dir: string): Re3dRawDocument[] {
  const documents: Re3dRawDocument[] = [];
  for (const folder of re3dSourceFolders(dir)) {
    const byId = new Map<string, Re3dRawDocument>();
    for (const row of jsonLines(join(folder, 'documents.json'))) {
      const doc: Re3dRawDocument = { id: String(row['_id']), source: folder, text: String(row['text']), annotations: [] };
      byId.set(doc.id, doc);
      documents.push(doc);
    }
    for (const row of jsonLines(join(folder, 'entities.json'))) {
      const doc = byId.get(String(row['documentId']));
      if (!doc) continue;
      doc.annotations.push({ start: Number(row['begin']), end: Number(row['end']), re3dType: String(row['type']), confidence: Number(row['confidence']) });
    }
  }
  return documents;
}

/** All documents under dir with their accepted named mentions of the scored types. */
export function readRe3d(dir: string, reading: Re3dReading = ACCEPTED_READING): Re3dDocument[] {
  return readRe3dRaw(dir).map(({ id, source, text, annotations }) => {
    const entities: GoldSpan[] = [];
    const unscored: { start: number; end: number }[] = [];
    for (const { start, end, re3dType, confidence } of annotations) {
      if (confidence < reading.minConfidence) continue;
      const type = RE3D_TYPES[re3dType];
      if (!type || !isNamedMention(text.slice(start, end), type)) {
        if (reading.skipNamesInUnscored) unscored.push({ start, end });
        continue;
      }
      if (entities.some((e) => e.start === start && e.end === end && e.type === type)) continue;
      entities.push({ start, end, type });
    }
    return { id, source, text, entities, unscored };
  });
}
