// Quotes and reported claims of one article: attributions from quotation marks, cue words
// and interview layouts, each with its speaker entity and the certainty of its wording.

import type { EntityMention, Quote, Sentence, TextSpan } from '../types.js';
import { type AttributionOptions, DEFAULT_ATTRIBUTION_OPTIONS, findAttributions } from './attribute.js';
import { quoteCertainty } from './certainty.js';
import type { CueLexicon } from './cue-lexicon.js';
import { documentTokens } from './document-tokens.js';
import { interviewAnswers } from './interview.js';
import { isInanimateSource } from './inanimate-source.js';
import { findQuotedSegments } from './quote-marks.js';
import { type Speaker, SpeakerResolver } from './speaker.js';

export { CueLexicon, type CueLexiconFile } from './cue-lexicon.js';

export interface QuoteInput {
  text: string;
  /** Sentences of the article content (boilerplate already left out). */
  sentences: Sentence[];
  /** Entity mentions with ids, sorted by start. */
  entities: EntityMention[];
}

export function findQuotes(input: QuoteInput, lexicon: CueLexicon, options: AttributionOptions = DEFAULT_ATTRIBUTION_OPTIONS): Quote[] {
  const { text } = input;
  const doc = documentTokens(text, input.sentences);
  const persons = input.entities.filter((e) => e.type === 'PERSON');
  const attributions = findAttributions(doc, findQuotedSegments(text), lexicon, persons, options)
    .filter((a) => a.direct || !a.source || !isInanimateSource(text.slice(a.source.start, a.source.end)));
  attributions.push(...interviewAnswers(doc, attributions));
  attributions.sort((a, b) => a.content.start - b.content.start || a.content.end - b.content.end);
  const speakers = new SpeakerResolver(text, input.entities);
  const span = (s: { start: number; end: number }): TextSpan => ({ start: s.start, end: s.end, text: text.slice(s.start, s.end) });
  // Speakers are resolved in the order their sources appear, for the pronouns' sake.
  const bySource = attributions.map((a, i) => ({ a, i })).sort((x, y) => (x.a.source?.start ?? x.a.content.start) - (y.a.source?.start ?? y.a.content.start));
  const resolved = new Array<Speaker>(attributions.length);
  for (const { a, i } of bySource) resolved[i] = speakers.resolve(a.source, a.head ?? a.source);
  return attributions.map((a, i) => {
    const cueSpan = a.cue ? span(a.cue) : null;
    const content = span(a.content);
    return {
      ...resolved[i]!,
      cue: cueSpan?.text ?? null,
      cueSpan,
      content,
      direct: a.direct,
      certainty: quoteCertainty(cueSpan?.text ?? null, content.text, a.negated),
      sourceSpan: a.source ? span(a.source) : null,
    };
  });
}
