import type { PlaceRecord } from '../places/gazetteer.js';
import { placeIdsAmongPersons } from '../places/person-or-place.js';
import { resolvePlaces, type PlaceKnowledge } from '../places/resolve.js';
import type { Geo } from '../types.js';
import type { Stage } from './stage.js';

const PLACE_TYPES = new Set(['GPE', 'LOC', 'FAC']);

/**
 * Coordinates for place mentions; every mention of one entity id gets the same place. Names
 * typed PERSON that read as places in context are retyped first (see person-or-place.ts).
 */
export function placesStage(knowledge: PlaceKnowledge): Stage {
  return {
    id: 'places.geo',
    requires: ['entities.ids'],
    run({ text, result }) {
      const places = placeIdsAmongPersons(text, result.entities, knowledge.gazetteer);
      for (const mention of result.entities) if (places.has(mention.id)) mention.type = 'GPE';
      const mentions = result.entities.filter((e) => PLACE_TYPES.has(e.type));
      const resolved = resolvePlaces(text, mentions.map((m) => ({ start: m.start, end: m.end, text: m.text, key: m.id })), knowledge);
      mentions.forEach((mention, i) => {
        const place = resolved[i];
        if (place) mention.geo = toGeo(place);
      });
    },
  };
}

/** The contract's geo object; precision is how fine the coordinates are (a country's centre, a town's). */
export function toGeo(place: PlaceRecord): Geo {
  return { lat: place.lat, lon: place.lon, country: place.country, precision: place.kind, name: place.name, featureClass: place.featureClass };
}
