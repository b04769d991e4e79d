import type { TypedMention } from '../entities/assign-ids.js';
import { trimLowercaseHyphenParts } from '../names/hyphens.js';
import { findAliasMentions, preferLongerAliases } from '../entities/alias-mentions.js';
import { extendOfNames, joinNameParts } from '../names/join-parts.js';
import { findMilitaryUnits } from '../names/military-units.js';
import { countryNames } from '../names/countries.js';
import { mergeNationalityIntoOrg } from '../names/merge-nationality.js';
import { titlePrefixLength, titleSuffixLength } from '../names/titles.js';
import type { AliasTable } from '../entities/aliases.js';
import { refineType } from '../ner/refine.js';
import type { NerTagger } from '../ner/tagger.js';
import type { Stage } from './stage.js';

const COUNTRIES = countryNames();

/**
 * Names from the trained tagger, trimmed to the name itself and typed with OntoNotes
 * types: the alias file's type for well-known names ("Raqqa" is a place even where the
 * tagger took it for a person), otherwise the tagger's class refined by head words.
 */
export function namesStage(tagger: NerTagger, aliases: AliasTable): Stage {
  return {
    id: 'ner.names',
    requires: ['tokenize.sentences'],
    run(context) {
      const { text, result } = context;
      const sentences = result.sentences;
      const spans = tagger.spansOfDocument(sentences.map((s) => s.tokens.map((t) => t.text)));
      spans.forEach((sentenceSpans, i) => {
        const tokens = sentences[i]!.tokens;
        for (const span of sentenceSpans) {
          const mention = trimName(text, tokens[span.start]!.start, tokens[span.end - 1]!.end);
          if (!mention) continue;
          const type = aliases.lookup(mention.text)?.type ?? refineType(span.type, mention.text, {
            before: text.slice(Math.max(0, mention.start - 20), mention.start),
            after: text.slice(mention.end, mention.end + 20),
          });
          if (type) context.names.push({ ...mention, type });
        }
      });
      // Titles are trimmed after typing: from the front of people, from the end of organisations and places.
      const trimmed = context.names.map((m) => stripTitles(text, m, aliases)).filter((m) => m.end > m.start);
      const repaired = preferLongerAliases(text, sentences, aliases, extendOfNames(text, findMilitaryUnits(text, joinNameParts(text, trimmed))));
      const merged = mergeNationalityIntoOrg(text, repaired);
      const listed = [...merged, ...findAliasMentions(text, sentences, aliases, merged)];
      context.names = [...listed, ...findAliasMentions(text, sentences, COUNTRIES, listed)].sort((a, b) => a.start - b.start);
    },
  };
}

// A capitalised preposition that opens a sentence is not part of the name after it.
const LEADING_PREPOSITION = /^(?:Near|In|At|On|From|Of|For|By|With|Outside|Inside|Across|Into|Against|After|Before|During|Since|Under|Over|Along|Around|Between|Throughout|Towards?)\s+(?=\p{Lu})/u;

function trimName(text: string, start: number, end: number): { start: number; end: number; text: string } | null {
  const [from, to] = trimLowercaseHyphenParts(text.slice(start, end));
  let s = start + from;
  const e = start + to;
  if (text.startsWith('the ', s)) s += 4; // a lower-case determiner is not part of a name
  const preposition = LEADING_PREPOSITION.exec(text.slice(s, e));
  if (preposition) s += preposition[0].length; // "Near Mosul, …" at the start of a sentence
  return e > s ? { start: s, end: e, text: text.slice(s, e) } : null;
}

const SURNAME_AFTER = /^ \p{Lu}[\p{Ll}'’-]+(?=[\s,.;:)]|$)(?<! (?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Said|Says|In|On|At|As|To|Of|For|The|And|But|He|She|It|They|We))/u;

function stripTitles(text: string, mention: TypedMention, aliases: AliasTable): TypedMention {
  if (mention.type === 'PERSON') {
    const cut = titlePrefixLength(mention.text);
    if (cut === 0) return mention;
    const start = mention.start + cut;
    // The tagger spent the span on the title and stopped at a first name ("Navy Capt. Jeff" |
    // "Davis said"): a capitalised word right after it is the surname.
    const surname = /\s/.test(text.slice(start, mention.end)) ? null : SURNAME_AFTER.exec(text.slice(mention.end, mention.end + 40));
    const end = surname ? mention.end + surname[0].length : mention.end;
    return { ...mention, start, end, text: text.slice(start, end) };
  }
  const cut = titleSuffixLength(mention.text);
  if (cut === 0) return mention;
  const end = mention.end - cut;
  const name = text.slice(mention.start, end);
  return { ...mention, end, text: name, type: aliases.lookup(name)?.type ?? mention.type };
}
