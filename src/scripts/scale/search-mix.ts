// A realistic mix of searches for the scale benchmark: single words (common and rare),
// phrases, people's and places' names, each alone and with facets, and facet-only browsing.
import type { SearchFacets, Store } from '../../store/store.js';
import { OUTLETS } from './variations.js';

export interface SearchCase {
  kind: string;
  query: string;
  facets: SearchFacets;
}

const WORDS = ['president', 'police', 'refugees', 'election', 'economy', 'attack', 'said', 'border', 'vote', 'immigration', 'tax', 'military'];
const PHRASES = ['"White House"', '"Islamic State"', '"health care"', '"Supreme Court"', '"prime minister"', '"New York"'];

/** The cases, with names and entity ids taken from the store's most mentioned people and places. */
export async function searchMix(store: Store): Promise<SearchCase[]> {
  const people = (await store.listEntities({ type: 'PERSON' }, { limit: 6 })).items;
  const places = (await store.listEntities({ type: 'GPE' }, { limit: 6 })).items;
  const cases: SearchCase[] = [];
  WORDS.forEach((word, i) => {
    cases.push({ kind: 'word', query: word, facets: {} });
    cases.push({ kind: 'word + outlet', query: word, facets: { outlet: OUTLETS[i % OUTLETS.length]! } });
  });
  PHRASES.forEach((phrase, i) => {
    cases.push({ kind: 'phrase', query: phrase, facets: {} });
    cases.push({ kind: 'phrase + dates', query: phrase, facets: { publishedFrom: `${2014 + (i % 3)}-03`, publishedTo: `${2014 + (i % 3)}-08` } });
  });
  [...people, ...places].forEach((entity, i) => {
    cases.push({ kind: 'name', query: entity.name, facets: {} });
    cases.push({ kind: 'words + entity', query: WORDS[i % WORDS.length]!, facets: { entityIds: [entity.id] } });
    cases.push({ kind: 'entity only', query: '', facets: { entityIds: [entity.id] } });
  });
  cases.push({ kind: 'word + event type', query: 'killed', facets: { eventType: 'killing' } });
  cases.push({ kind: 'event type only', query: '', facets: { eventType: 'arrest' } });
  cases.push({ kind: 'entity type only', query: '', facets: { entityType: 'ORG' } });
  cases.push({ kind: 'month only', query: '', facets: { publishedFrom: '2015-06', publishedTo: '2015-06' } });
  cases.push({ kind: 'everything', query: '', facets: {} });
  return cases;
}
