import worldCountries, { type Country } from 'world-countries';
import type { Capitals, StateOfCapital } from '../extract/resolve/metonymy.js';

/**
 * Capitals and their states from world-countries, for reading "Moscow says" as Russia.
 * "Washington D.C." is also listed as "Washington"; a capital named like its state
 * (Singapore, Kuwait) is left out, as the name already says the state.
 */
export function loadCapitals(): Capitals {
  const capitals = new Map<string, StateOfCapital>();
  for (const country of worldCountries as unknown as Country[]) {
    const names = [country.name.common, country.name.official, ...country.altSpellings.filter((n) => /^\p{Lu}\p{Ll}/u.test(n) && n.length > 3)];
    for (const capital of country.capital) {
      if (names.some((n) => n.toLowerCase() === capital.toLowerCase()) || capital.includes('City')) continue;
      const state = { state: country.name.common, names: [...new Set(names)] };
      capitals.set(capital, state);
      const short = capital.replace(/,?\s+D\.?C\.?$/, '');
      if (short !== capital) capitals.set(short, state);
    }
  }
  return capitals;
}
