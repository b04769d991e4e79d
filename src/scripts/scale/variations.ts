// Generated articles for a large benchmark corpus that stay real-looking and cheap: the
// opening sentences of one real article followed by runs of sentences from two others, with
// the three articles' extractions cut to the same pieces and shifted to the new offsets (so
// no article is extracted twice). Outlet and publication date vary per article.
import type { Extraction } from '../../extract/extraction.js';
import type { EntityMention, ExtractedEvent, Quote, Relation, Sentence, Span, TextSpan } from '../../extract/types.js';
import type { PoolArticle } from './article-pool.js';

export const OUTLETS = ['Reuters', 'Associated Press', 'Breitbart', 'The Guardian', 'Al Jazeera', 'Kyiv Post', 'Politico', 'The Hill'];

export interface Variation {
  text: string;
  extraction: Extraction;
  outlet: string;
  published: string;
}

/** A small deterministic generator (mulberry32), so a corpus can be rebuilt the same. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Variation `n`: lead article n mod pool size, donors and cut points drawn from `n`. */
export function variation(pool: readonly PoolArticle[], n: number): Variation {
  const next = random(n + 1);
  const pick = (): PoolArticle => pool[Math.floor(next() * pool.length)]!;
  const lead = pool[n % pool.length]!;
  const leadSentences = lead.extraction.sentences;
  const keep = Math.max(2, Math.ceil(leadSentences.length * (0.4 + 0.5 * next())));
  const pieces: { article: PoolArticle; from: number; to: number }[] = [{ article: lead, from: 0, to: leadSentences[keep - 1]!.end }];
  for (const donor of [pick(), pick()]) {
    const sentences = donor.extraction.sentences;
    const length = Math.min(sentences.length, 2 + Math.floor(next() * 4));
    const first = 1 + Math.floor(next() * Math.max(1, sentences.length - length)); // not the donor's headline
    const last = Math.min(sentences.length - 1, first + length - 1);
    if (first > last) continue;
    pieces.push({ article: donor, from: sentences[first]!.start, to: sentences[last]!.end });
  }

  let text = '';
  const parts: Extraction[] = [];
  pieces.forEach((piece, index) => {
    if (index > 0) text += '\n\n';
    parts.push(cut(piece.article.extraction, piece.from, piece.to, text.length - piece.from, index === 0));
    text += piece.article.text.slice(piece.from, piece.to);
  });
  const year = 2014 + Math.floor(next() * 3);
  const month = String(1 + Math.floor(next() * 12)).padStart(2, '0');
  const day = String(1 + Math.floor(next() * 28)).padStart(2, '0');
  return {
    text: `${text}\n`,
    extraction: merge(parts),
    outlet: OUTLETS[Math.floor(next() * OUTLETS.length)]!,
    published: `${year}-${month}-${day}`,
  };
}

/**
 * The annotations lying wholly in [from, to), moved by `shift`. Entity ids stay the
 * extractor's (name-based), so "putin" in two pieces is one entity, as extraction would make it.
 */
function cut(extraction: Extraction, from: number, to: number, shift: number, lead: boolean): Extraction {
  const inside = (span: Span | null | undefined): boolean => !span || (span.start >= from && span.end <= to);
  const move = <T extends Span>(span: T): T => ({ ...span, start: span.start + shift, end: span.end + shift });
  const entities: EntityMention[] = extraction.entities.filter(inside).map(move);
  const ids = new Set(entities.map((e) => e.id));
  const id = (local: string | null): string | null => (local !== null && ids.has(local) ? local : null);
  const ids_ = (locals: string[]): string[] => locals.map(id).filter((x): x is string => x !== null);
  const moveText = (span: TextSpan | null | undefined): TextSpan | null => (span ? move(span) : null);

  const events: ExtractedEvent[] = extraction.events
    .filter((e) => inside(e.trigger) && inside(e.evidence))
    .map((e) => ({ ...e, trigger: move(e.trigger), ...(e.evidence ? { evidence: move(e.evidence) } : {}), actors: ids_(e.actors), targets: ids_(e.targets), location: id(e.location) }));
  const quotes: Quote[] = extraction.quotes
    .filter((q) => inside(q.content) && inside(q.speakerSpan) && inside(q.cueSpan) && inside(q.sourceSpan))
    .map((q) => ({
      ...q, speaker: id(q.speaker), speakerSpan: moveText(q.speakerSpan), cueSpan: moveText(q.cueSpan), content: move(q.content),
      ...(q.sourceSpan !== undefined ? { sourceSpan: moveText(q.sourceSpan) } : {}),
    }));
  const relations: Relation[] = extraction.relations
    .filter((r) => inside(r.evidence) && inside(r.sourceSpan) && inside(r.targetSpan) && id(r.source) && id(r.target))
    .map((r) => ({
      ...r, source: id(r.source)!, target: id(r.target)!, evidence: move(r.evidence),
      ...(r.sourceSpan ? { sourceSpan: move(r.sourceSpan) } : {}), ...(r.targetSpan ? { targetSpan: move(r.targetSpan) } : {}),
    }));
  const sentences: Sentence[] = extraction.sentences.filter(inside).map((s) => ({ ...move(s), tokens: s.tokens.map(move) }));
  return {
    title: lead ? extraction.title : null,
    titleSpan: lead && inside(extraction.titleSpan) ? moveText(extraction.titleSpan) : null,
    published: null,
    boilerplate: extraction.boilerplate.filter(inside).map(move),
    sentences, entities, events, quotes, relations,
  };
}

function merge(parts: Extraction[]): Extraction {
  return {
    title: parts[0]!.title,
    titleSpan: parts[0]!.titleSpan,
    published: null,
    boilerplate: parts.flatMap((p) => p.boilerplate),
    sentences: parts.flatMap((p) => p.sentences),
    entities: parts.flatMap((p) => p.entities),
    events: parts.flatMap((p) => p.events),
    quotes: parts.flatMap((p) => p.quotes),
    relations: parts.flatMap((p) => p.relations),
  };
}
