import { createHash } from 'node:crypto';
import type { Extraction } from '../extract/extraction.js';
import type { EntityMention, EntityType, ExtractedEvent, Quote, Relation, TextSpan } from '../extract/types.js';
import type { NewDocument } from './store.js';

// Hand-written articles and their extractions for the store conformance suite. Spans are
// found in the text, so every offset is real.

/** The `nth` (0-based) occurrence of `part` in `text` as a span. */
export function spanOf(text: string, part: string, nth = 0): TextSpan {
  let start = -1;
  for (let i = 0; i <= nth; i++) {
    start = text.indexOf(part, start + 1);
    if (start < 0) throw new Error(`"${part}" (#${nth}) is not in the test text`);
  }
  return { start, end: start + part.length, text: part };
}

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

type MentionSpec = [text: string, type: EntityType, id: string, nth?: number];

export interface TestArticle {
  document: NewDocument;
  extraction: Extraction;
}

export function article(
  text: string,
  options: {
    mentions?: MentionSpec[];
    events?: ((text: string) => ExtractedEvent)[];
    quotes?: ((text: string) => Quote)[];
    relations?: ((text: string) => Relation)[];
    document?: Partial<NewDocument>;
  } = {},
): TestArticle {
  const entities: EntityMention[] = (options.mentions ?? []).map(([part, type, id, nth]) => ({ ...spanOf(text, part, nth), type, id }));
  entities.sort((a, b) => a.start - b.start);
  return {
    document: {
      url: null,
      path: null,
      outlet: 'Test Wire',
      contentHash: sha256(text),
      simhash: sha256(`simhash:${text}`).slice(0, 16),
      text,
      title: text.split('.')[0]!,
      published: null,
      versionOf: null,
      duplicateOf: null,
      extractor: ['test.stage'],
      ...options.document,
    },
    extraction: {
      title: null,
      titleSpan: null,
      published: null,
      boilerplate: [],
      sentences: [],
      entities,
      events: (options.events ?? []).map((make) => make(text)),
      quotes: (options.quotes ?? []).map((make) => make(text)),
      relations: (options.relations ?? []).map((make) => make(text)),
    },
  };
}

export const AIRSTRIKE_TEXT =
  'Russian jets struck Raqqa on Friday. Vladimir Putin praised the airstrike in Raqqa. ' +
  '"The terrorists are finished," Putin said. The Islamic State denied any losses.';

/** Russia strikes Raqqa: a person with a surname mention, a place, a group, a date, an event, a quote. */
export function airstrikeArticle(document: Partial<NewDocument> = {}): TestArticle {
  return article(AIRSTRIKE_TEXT, {
    document: { outlet: 'Daily Beast', published: '2015-11-20', ...document },
    mentions: [
      ['Russian', 'NORP', 'russia'],
      ['Raqqa', 'GPE', 'raqqa'],
      ['Raqqa', 'GPE', 'raqqa', 1],
      ['Friday', 'DATE', 'd1'],
      ['Vladimir Putin', 'PERSON', 'vladimir-putin'],
      ['Putin', 'PERSON', 'vladimir-putin', 1],
      ['Islamic State', 'ORG', 'islamic-state'],
    ],
    events: [
      (text) => ({
        type: 'airstrike',
        trigger: spanOf(text, 'struck'),
        actors: ['russia'],
        targets: [],
        location: 'raqqa',
        date: '2015-11-20',
        killed: null,
        certainty: 'asserted',
        evidence: spanOf(text, 'Russian jets struck Raqqa on Friday.'),
      }),
    ],
    quotes: [
      (text) => ({
        speaker: 'vladimir-putin',
        speakerText: 'Putin',
        speakerSpan: spanOf(text, 'Putin', 1),
        speakerNamed: true,
        cue: 'said',
        cueSpan: spanOf(text, 'said'),
        content: spanOf(text, 'The terrorists are finished,'),
        direct: true,
        certainty: 'asserted',
      }),
    ],
    relations: [
      (text) => ({
        type: 'fighting_against',
        source: 'russia',
        target: 'islamic-state',
        evidence: spanOf(text, 'Russian jets struck Raqqa on Friday.'),
      }),
    ],
  });
}

export const BOMBING_TEXT = 'ISIS claimed a bombing in Palmyra on Monday. Islamic State fighters then left Palmyra.';

/** A bombing claimed by ISIS (the extractor's id already says islamic-state). */
export function bombingArticle(document: Partial<NewDocument> = {}): TestArticle {
  return article(BOMBING_TEXT, {
    document: { outlet: 'Reuters', published: '2015-12-07', ...document },
    mentions: [
      ['ISIS', 'ORG', 'islamic-state'],
      ['Palmyra', 'GPE', 'palmyra'],
      ['Monday', 'DATE', 'd1'],
      ['Islamic State', 'ORG', 'islamic-state'],
      ['Palmyra', 'GPE', 'palmyra', 1],
    ],
    events: [
      (text) => ({
        type: 'bombing',
        trigger: spanOf(text, 'bombing'),
        actors: ['islamic-state'],
        targets: [],
        location: 'palmyra',
        date: null,
        killed: null,
        certainty: 'reported',
      }),
    ],
  });
}

export const MEETING_TEXT = 'Vladimir Putin met Bashar al-Assad in Moscow to discuss the war.';

export function meetingArticle(document: Partial<NewDocument> = {}): TestArticle {
  return article(MEETING_TEXT, {
    document: { outlet: 'Daily Beast', published: '2015-10-21', ...document },
    mentions: [
      ['Vladimir Putin', 'PERSON', 'vladimir-putin'],
      ['Bashar al-Assad', 'PERSON', 'bashar-al-assad'],
      ['Moscow', 'GPE', 'moscow'],
    ],
    events: [
      (text) => ({
        type: 'meeting',
        trigger: spanOf(text, 'met'),
        actors: ['vladimir-putin'],
        targets: ['bashar-al-assad'],
        location: 'moscow',
        date: null,
        killed: null,
        certainty: 'asserted',
      }),
    ],
  });
}

export const ISIL_TEXT = 'ISIL fighters attacked an army post near Deir ez-Zor.';

/** The same group under another name, which name matching alone does not join. */
export function isilArticle(document: Partial<NewDocument> = {}): TestArticle {
  return article(ISIL_TEXT, {
    document: { outlet: 'Reuters', published: '2015-12-09', ...document },
    mentions: [
      ['ISIL', 'ORG', 'isil'],
      ['Deir ez-Zor', 'GPE', 'deir-ez-zor'],
    ],
  });
}
