// re3d documents as NER training data in CoNLL's label set, with the spans cut to the
// project's conventions (CONTRACT.md: no determiners, no titles in a PERSON span) so the
// model learns ours, not re3d's. Where re3d's annotation does not say what our label would
// be (rejected labels, nominal mentions, titles, weapon names), the tokens are left
// unlabelled: training makes no update there rather than teach "O". Pure: documents in.

import { isNamedMention, MIN_ACCEPTED_CONFIDENCE, RE3D_TYPES, type Re3dDocument, type Re3dRawDocument } from '../eval/re3d.js';
import type { LabelledDocument } from '../extract/ner/train.js';
import { UNLABELLED_TAG } from '../extract/ner/labels.js';
import { isTitleWord } from '../extract/names/titles.js';
import { splitSentences, tokenize } from '../extract/tokenize/index.js';
import type { Token } from '../extract/types.js';

/** re3d entity type → CoNLL class. Other types are O (dates, quantities) or unlabelled (see below). */
export const RE3D_TO_CONLL: Record<string, string> = { Person: 'PER', Organisation: 'ORG', Location: 'LOC', Nationality: 'MISC' };

// Names of things that CoNLL might tag MISC and our pipeline types itself (WEAPON, VEHICLE, LAW):
// not evidence for O.
const UNLABELLED_TYPES = new Set(['Weapon', 'Vehicle', 'MilitaryPlatform', 'DocumentReference']);

const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'this', 'these', 'those']);
// Ranks and posts re3d puts before names besides the pipeline's title words.
const MORE_TITLES = new Set(['officer', 'petty', 'class', 'operator', 'commodore', 'advisor', 'adviser', 'commissioner', 'he', 'navy', 'army']);
const NAME_PARTICLES = new Set(['al', 'el', 'bin', 'ibn', 'bint', 'de', 'del', 'da', 'di', 'van', 'von', 'der', 'la', 'le', 'du']);
const QUOTES = new Set(["'", '"', '‘', '’', '“', '”']);
// A trailing title that the tagger should not take into an organisation or place name.
const TRAILING_TITLES = new Set(['president', 'minister', 'secretary', 'ambassador', 'envoy', 'spokesman', 'spokeswoman', 'spokesperson', 'chancellor', 'premier', 'leader', 'chief', 'commander']);

// Lower-case words that may sit inside a longer name ("Gulf of Oman", "Islamic State of Iraq and the Levant").
const NAME_CONNECTIVES = new Set(['of', 'and', 'the', 'for', 'on', 'in', "'s", '’s', 'de', 'al']);

const isTitleToken = (word: string) => {
  const bare = word.replace(/\.$/, '');
  return isTitleWord(bare) || MORE_TITLES.has(bare.toLowerCase());
};
// "Minister-designate" is a title too.
const isTitle = (word: string) => isTitleToken(word) || isTitleToken(word.split('-')[0]!);
const startsUpper = (word: string) => /^\p{Lu}/u.test(word);
// "al-Nusra", "ad-Dawla": a lower-case Arabic article opens some names.
const startsName = (word: string) => startsUpper(word) || /^(?:al|ad|as|an|ash|el)-\p{Lu}/u.test(word);

export interface TokenRange { start: number; end: number }

/** Lower-cased names (tokens joined by spaces) that decide a class where re3d's differs from ours. */
export interface NameLists {
  /** Countries: re3d sometimes labels a state an Organisation; by our convention it is a place (GPE). */
  countries: ReadonlySet<string>;
  /** Demonyms and their plurals ("Iraqis"), which re3d sometimes labels Organisation: CoNLL's MISC. */
  demonyms: ReadonlySet<string>;
}

/** The class by our convention for a name re3d gave conllClass. */
function classByConvention(name: string, conllClass: string, lists: NameLists): string {
  if (conllClass !== 'ORG') return conllClass;
  const lower = name.toLowerCase();
  if (lists.countries.has(lower)) return 'LOC';
  if (lists.demonyms.has(lower)) return 'MISC';
  return conllClass;
}

/**
 * The name inside a re3d span of a class, by our conventions, as token indices into words
 * [start, end): null when the span holds no name we would tag (a bare title, a description).
 */
export function trimToConvention(words: readonly string[], start: number, end: number, conllClass: string): TokenRange | null {
  let from = start;
  while (from < end && DETERMINERS.has(words[from]!.toLowerCase())) from++;
  let to = end;
  if (conllClass === 'PER') {
    // The name is the run of name-like words at the end; what precedes it must end in a title.
    let k = to;
    while (k > from) {
      const word = words[k - 1]!;
      const nameLike = (startsName(word) || NAME_PARTICLES.has(word) || QUOTES.has(word)) && !isTitle(word);
      if (!nameLike) break;
      k--;
    }
    if (k > from && !isTitle(words[k - 1]!)) return null;
    while (k < to && !startsUpper(words[k]!)) k++;
    from = k;
  } else {
    if (to - from > 1 && TRAILING_TITLES.has(words[to - 1]!.toLowerCase())) to--;
    // A description around a name ("Iraqi city of Mosul") does not show where the name starts.
    if (words.slice(from, to).some((w) => /^\p{Ll}/u.test(w) && !NAME_CONNECTIVES.has(w) && !startsName(w))) return null;
  }
  if (from >= to || !startsName(words[from]!)) return null;
  return { start: from, end: to };
}

/** "Palmyra, Syria" is two places by CoNLL's and our convention; a person's name keeps its commas out anyway. */
function splitAtCommas(words: readonly string[], range: TokenRange): TokenRange[] {
  const parts: TokenRange[] = [];
  let start = range.start;
  for (let t = range.start; t <= range.end; t++) {
    if (t === range.end || words[t] === ',') {
      if (t > start) parts.push({ start, end: t });
      start = t + 1;
    }
  }
  return parts;
}

interface CharSpan { start: number; end: number }

/** Token indices exactly covering [start, end) of one sentence, or null when the span cuts a token or crosses sentences. */
function tokenRange(tokens: readonly Token[], span: CharSpan): TokenRange | null {
  const first = tokens.findIndex((t) => t.start === span.start);
  if (first < 0) return null;
  for (let i = first; i < tokens.length; i++) {
    if (tokens[i]!.end === span.end) return { start: first, end: i + 1 };
    if (tokens[i]!.end > span.end) return null;
  }
  return null;
}

const overlapsTokens = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

/** One re3d document as sentences of tokens with IOB2 tags over PER/ORG/LOC/MISC, O and UNLABELLED_TAG. */
export function re3dToLabelled(doc: Re3dRawDocument, lists: NameLists): LabelledDocument {
  const sentences = splitSentences(doc.text);
  const tags = sentences.map((s) => s.tokens.map(() => 'O'));
  const sentenceOf = (offset: number) => sentences.findIndex((s) => s.start <= offset && offset < s.end);
  const tokensTouching = (span: CharSpan) => sentences.flatMap((s, si) =>
    s.tokens.flatMap((t, ti) => (t.start < span.end && span.start < t.end ? [[si, ti] as const] : [])));

  const named: { sentence: number; range: TokenRange; conllClass: string }[] = [];
  const unlabelled: CharSpan[] = [];
  for (const a of doc.annotations) {
    const conllClass = RE3D_TO_CONLL[a.re3dType];
    if (!conllClass) {
      if (UNLABELLED_TYPES.has(a.re3dType)) unlabelled.push(a);
      continue;
    }
    unlabelled.push(a); // whatever is not kept as a name below stays unlabelled
    if (a.confidence < MIN_ACCEPTED_CONFIDENCE || !isNamedMention(doc.text.slice(a.start, a.end), RE3D_TYPES[a.re3dType]!)) continue;
    const si = sentenceOf(a.start);
    const range = si < 0 ? null : tokenRange(sentences[si]!.tokens, a);
    if (!range) continue;
    const words = sentences[si]!.tokens.map((t) => t.text);
    for (const part of splitAtCommas(words, range)) {
      const name = trimToConvention(words, part.start, part.end, conllClass);
      if (name) named.push({ sentence: si, range: name, conllClass: classByConvention(words.slice(name.start, name.end).join(' '), conllClass, lists) });
    }
  }

  for (const span of unlabelled) for (const [si, ti] of tokensTouching(span)) tags[si]![ti] = UNLABELLED_TAG;
  // Nested or overlapping names: the longest wins ("Syrian Democratic Forces" over "Syrian").
  const kept: typeof named = [];
  for (const n of [...named].sort((a, b) => (b.range.end - b.range.start) - (a.range.end - a.range.start) || a.range.start - b.range.start)) {
    if (kept.some((k) => k.sentence === n.sentence && overlapsTokens(k.range, n.range))) continue;
    kept.push(n);
    for (let t = n.range.start; t < n.range.end; t++) tags[n.sentence]![t] = `${t === n.range.start ? 'B' : 'I'}-${n.conllClass}`;
  }
  return { sentences: sentences.map((s, i) => ({ tokens: s.tokens.map((t) => t.text), tags: tags[i]! })) };
}

const SCORED_TO_CONLL: Record<string, string> = { PERSON: 'PER', ORG: 'ORG', LOC: 'LOC', NORP: 'MISC' };

/**
 * re3d gold with each name cut to our conventions as for training (no determiners, no titles;
 * bare titles dropped). Only for a diagnostic beside the real re3d score: it shows how much of
 * the exact-span gap is re3d's span conventions rather than recognition.
 */
export function cutToConvention(doc: Re3dDocument): Re3dDocument {
  const entities = doc.entities.flatMap((e) => {
    const conllClass = SCORED_TO_CONLL[e.type];
    if (!conllClass) return [e];
    const tokens = tokenize(doc.text, e.start, e.end);
    const name = trimToConvention(tokens.map((t) => t.text), 0, tokens.length, conllClass);
    return name ? [{ ...e, start: tokens[name.start]!.start, end: tokens[name.end - 1]!.end }] : [];
  });
  return { ...doc, entities };
}
