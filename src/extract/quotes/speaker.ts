// Who an attribution's source is: a named entity of the document (its id), a pronoun
// resolved to the nearest preceding person, or an anonymous descriptor kept as written.

import type { EntityMention, Span, TextSpan } from '../types.js';

export interface Speaker {
  speaker: string | null;
  speakerText: string | null;
  speakerSpan: TextSpan | null;
  speakerNamed: boolean;
}

const SPEAKER_TYPES = new Set(['PERSON', 'ORG', 'GPE']);
const PERSON_PRONOUNS = new Set(['he', 'she', 'him', 'her']);
const RELATIVE_PRONOUNS = new Set(['who', 'which']);
const ORGANISATIONS = new Set(['ORG', 'GPE']);
// Words that may stand before a name in a source phrase without making it a descriptor.
const NAME_PREFIX = /^(?:(?:the|former|then|current|acting|late|(?:\p{Lu}[\p{L}.'’-]*))\s+)*$/u;
// How far back a pronoun looks for its person (in mentions).
const PRONOUN_REACH = 60;
// How far back (in characters) a pronoun may take the previous quote's speaker.
const PRONOUN_SPEAKER_REACH = 1500;

export class SpeakerResolver {
  /** Per character: index of the entity mention covering it, or -1. */
  private readonly mentionAt: Int32Array;

  constructor(private readonly text: string, private readonly entities: EntityMention[]) {
    this.mentionAt = new Int32Array(text.length).fill(-1);
    entities.forEach((m, i) => this.mentionAt.fill(i, m.start, m.end));
  }

  /** The last speaker resolved from a name or descriptor, and where its source began. */
  private last: { speaker: Speaker; at: number } | null = null;

  /**
   * Resolves sources in text order (pronouns look back at the speakers before them). `head`
   * is the source without its appositive; the appositive may hold the name instead
   * ("Former Moscow station chief for the CIA, Daniel Hoffman, said").
   */
  resolve(source: Span | null, head: Span | null = source): Speaker {
    let speaker = this.resolveOne(head);
    if (!speaker.speakerNamed && source && head && (source.start !== head.start || source.end !== head.end)) {
      const person = this.nameInSource(source);
      if (person && person.type === 'PERSON') speaker = this.named(person);
    }
    if (source && speaker.speakerSpan) this.last = { speaker, at: source.start };
    return speaker;
  }

  private resolveOne(source: Span | null): Speaker {
    if (!source) return { speaker: null, speakerText: null, speakerSpan: null, speakerNamed: false };
    const written = this.textSpan(source);
    const word = written.text.toLowerCase();
    if (PERSON_PRONOUNS.has(word)) {
      // "he said" after a quote of "one intelligence official" is that official, unless
      // a person was named since.
      const person = this.personBefore(source.start);
      const last = this.last;
      if (last && last.at <= source.start && source.start - last.at < PRONOUN_SPEAKER_REACH && (!person || person.start <= last.at)) return last.speaker;
      if (person) return this.named(person);
      return { speaker: null, speakerText: written.text, speakerSpan: null, speakerNamed: false };
    }
    if (RELATIVE_PRONOUNS.has(word)) {
      // "Trump, who said …": the name just before the relative pronoun.
      const named = this.mentionEndingNear(source.start);
      if (named) return this.named(named);
    }
    if (word === 'it' && this.last && source.start - this.last.at < PRONOUN_SPEAKER_REACH && this.last.speaker.speakerSpan) {
      // "The ministry said … It added …": an organisation that has just spoken.
      const i = this.mentionAt[this.last.speaker.speakerSpan.start]!;
      if (i >= 0 && ORGANISATIONS.has(this.entities[i]!.type)) return this.last.speaker;
    }
    const mention = this.nameInSource(source);
    if (mention) return this.named(mention);
    return { speaker: null, speakerText: written.text, speakerSpan: written, speakerNamed: false };
  }

  /** The speaker entity named by the source phrase: at its head, or after a title/descriptor. */
  private nameInSource(source: Span): EntityMention | null {
    const candidates: EntityMention[] = [];
    for (let c = source.start; c < source.end; c++) {
      const i = this.mentionAt[c]!;
      if (i < 0) continue;
      const mention = this.entities[i]!;
      if (SPEAKER_TYPES.has(mention.type)) candidates.push(mention);
      c = mention.end - 1;
    }
    // "US President Trump", "campaign manager Kellyanne Conway": a person closing the phrase.
    const closing = candidates[candidates.length - 1];
    if (closing?.type === 'PERSON' && /^[\s,.]*$/.test(this.text.slice(closing.end, source.end))) return closing;
    for (const mention of candidates) {
      const before = this.text.slice(source.start, mention.start);
      // "Trump", "President Trump", "Spokeswoman Haley Morris", "the Pentagon"
      if (NAME_PREFIX.test(before)) {
        const after = this.text.slice(mention.end, source.end);
        // "the Pentagon spokesman" is a descriptor; "Trump, the nominee" or "Trump's" is not.
        if (after === '' || /^\s*[,(]/.test(after) || !/^\s*\p{Ll}/u.test(after)) return mention;
      }
    }
    return null;
  }

  /** A speaker-typed mention ending within a comma and a space before `offset`. */
  private mentionEndingNear(offset: number): EntityMention | null {
    for (let c = offset - 1; c >= 0 && offset - c <= 3; c--) {
      const i = this.mentionAt[c]!;
      if (i >= 0) return SPEAKER_TYPES.has(this.entities[i]!.type) ? this.entities[i]! : null;
      if (!/[\s,]/.test(this.text[c]!)) return null;
    }
    return null;
  }

  private personBefore(offset: number): EntityMention | null {
    let lo = 0;
    let hi = this.entities.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.entities[mid]!.end <= offset) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo - 1; i >= 0 && lo - i <= PRONOUN_REACH; i--) if (this.entities[i]!.type === 'PERSON') return this.entities[i]!;
    return null;
  }

  private named(mention: EntityMention): Speaker {
    return {
      speaker: mention.id,
      speakerText: mention.text,
      speakerSpan: { start: mention.start, end: mention.end, text: mention.text },
      speakerNamed: true,
    };
  }

  private textSpan(span: Span): TextSpan {
    return { start: span.start, end: span.end, text: this.text.slice(span.start, span.end) };
  }
}
