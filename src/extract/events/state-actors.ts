// States as actors: "the Russians" and "Russian airstrikes" name the Russian state as the
// one acting. A demonym (NORP) actor becomes the country's own entity when the document
// names that country; countries are also told apart from cities ("US strikes" has an actor,
// "Raqqa raid" a place).

import worldCountries, { type Country } from 'world-countries';
import { foldName } from '../entities/names.js';
import type { EntityMention } from '../types.js';

// The package is CommonJS: its default export is the array itself.
const COUNTRIES = worldCountries as unknown as Country[];

/** Folded country names and demonyms → the country's code. */
const COUNTRY_OF_NAME = new Map<string, string>();
const COUNTRY_OF_DEMONYM = new Map<string, string>();
for (const c of COUNTRIES) {
  for (const name of [c.name.common, c.name.official, ...c.altSpellings]) {
    if (name.length > 1) COUNTRY_OF_NAME.set(foldName(name), c.cca2);
  }
  const d = c.demonyms['eng'];
  if (d) for (const form of [d.m, d.f, `${d.m}s`, `${d.f}s`]) COUNTRY_OF_DEMONYM.set(foldName(form), c.cca2);
}
for (const [name, code] of [['america', 'US'], ['us', 'US'], ['usa', 'US'], ['uk', 'GB'], ['britain', 'GB'], ['russianfederation', 'RU']] as const) {
  COUNTRY_OF_NAME.set(name, code);
}
COUNTRY_OF_DEMONYM.set('american', 'US');
COUNTRY_OF_DEMONYM.set('americans', 'US');

export function isCountryName(text: string): boolean {
  return COUNTRY_OF_NAME.has(foldName(text));
}

/** For one document: the entity id of each country it names, to stand in for its demonym. */
export class StateActors {
  private readonly idOfCountry = new Map<string, string>();

  constructor(entities: readonly EntityMention[]) {
    for (const e of entities) {
      if (e.type !== 'GPE') continue;
      const code = COUNTRY_OF_NAME.get(foldName(e.text));
      if (code && !this.idOfCountry.has(code)) this.idOfCountry.set(code, e.id);
    }
  }

  /** The id to use for a participant: a demonym's country when the document names it. */
  participantId(mention: EntityMention): string {
    if (mention.type !== 'NORP') return mention.id;
    const code = COUNTRY_OF_DEMONYM.get(foldName(mention.text));
    return (code && this.idOfCountry.get(code)) || mention.id;
  }
}
