// Reads PolNeAR (brat standoff): text/<name>.txt and attributions/<name>_<annotator>.ann.
// Attributions are `E` lines linking Source, Cue and Content `T` spans; a span may have
// several fragments ("315 448;463 553"). Where an article has several annotators' files,
// the lexicographically first is used. Offsets are code points; they are turned into
// JavaScript string indices here so that callers can slice the text directly.

import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Span } from '../extract/types.js';

export interface PolnearAttribution {
  /** Fragments of each role; `source` is empty for Attribution-no-source. */
  source: Span[];
  cue: Span[];
  content: Span[];
}

export interface PolnearDoc {
  name: string;
  text: string;
  attributions: PolnearAttribution[];
}

/** Every article of one PolNeAR folder (e.g. polnear/dev), sorted by name. */
export function readPolnear(dir: string): PolnearDoc[] {
  const annFiles = readdirSync(join(dir, 'attributions')).filter((f) => f.endsWith('.ann')).sort();
  const textFiles = readdirSync(join(dir, 'text')).filter((f) => f.endsWith('.txt')).sort();
  if (textFiles.length === 0) throw new Error(`no .txt files in ${join(dir, 'text')}`);
  return textFiles.map((file) => {
    const name = file.slice(0, -4);
    const ann = annFiles.find((a) => a.startsWith(`${name}_`));
    const text = readFileSync(join(dir, 'text', file), 'utf8');
    const annText = ann ? readFileSync(join(dir, 'attributions', ann), 'utf8') : '';
    return { name, text, attributions: parseAnn(annText, codePointToIndex(text)) };
  });
}

/** Parses one .ann file; `toIndex` maps a code-point offset to a string index. */
export function parseAnn(ann: string, toIndex: (offset: number) => number = (o) => o): PolnearAttribution[] {
  const spans = new Map<string, Span[]>();
  const links: string[] = [];
  for (const line of ann.split('\n')) {
    const [id, body] = line.split('\t');
    if (!id || !body) continue;
    if (id.startsWith('T')) {
      const space = body.indexOf(' ');
      const fragments = body.slice(space + 1).split(';').map((part) => {
        const [start, end] = part.trim().split(/\s+/).map(Number);
        return { start: toIndex(start!), end: toIndex(end!) };
      });
      if (fragments.every((f) => Number.isFinite(f.start) && Number.isFinite(f.end))) spans.set(id, fragments);
    } else if (id.startsWith('E')) {
      links.push(body);
    }
  }
  const attributions: PolnearAttribution[] = [];
  for (const body of links) {
    const roles: PolnearAttribution = { source: [], cue: [], content: [] };
    for (const part of body.trim().split(/\s+/)) {
      const [role, ref] = part.split(':');
      const fragments = ref ? spans.get(ref) ?? [] : [];
      if (role === 'Source') roles.source.push(...fragments);
      else if (role === 'Cue') roles.cue.push(...fragments);
      else if (role?.startsWith('Content')) roles.content.push(...fragments);
    }
    if (roles.content.length > 0 || roles.cue.length > 0) attributions.push(roles);
  }
  return attributions;
}

/** Code-point offset → UTF-16 index; the identity when the text has no astral characters. */
function codePointToIndex(text: string): (offset: number) => number {
  if (!/[\uD800-\uDBFF]/.test(text)) return (o) => o;
  const indices: number[] = [];
  for (let i = 0; i < text.length; i++) {
    indices.push(i);
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff) i++;
  }
  indices.push(text.length);
  return (o) => indices[o] ?? text.length;
}
