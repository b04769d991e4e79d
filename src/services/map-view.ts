// Places and events as GeoJSON points; precision travels with each point so the map can
// draw a country-level place as a country-level place.

import type { Feature, FeatureCollection, Point } from 'geojson';
import type { Geo } from '../extract/types.js';
import type { Snapshot } from './snapshot.js';

export function mapFeatures(snapshot: Snapshot): FeatureCollection<Point> {
  const places = new Map<string, { geo: Geo; name: string; count: number }>();
  const geoOfEntity = new Map<string, Geo>();
  for (const x of snapshot.extractions) {
    for (const m of x.places) {
      if (!m.geo) continue;
      const key = m.entityId ?? `${m.geo.name}|${m.geo.lat}|${m.geo.lon}`;
      const place = places.get(key) ?? { geo: m.geo, name: (m.entityId && snapshot.entities.get(m.entityId)?.name) || m.text, count: 0 };
      place.count++;
      places.set(key, place);
      if (m.entityId && !geoOfEntity.has(m.entityId)) geoOfEntity.set(m.entityId, m.geo);
    }
  }
  const features: Feature<Point>[] = [...places].map(([id, p]) => ({
    type: 'Feature', geometry: { type: 'Point', coordinates: [p.geo.lon, p.geo.lat] },
    properties: { kind: 'place', id, name: p.name, precision: p.geo.precision, country: p.geo.country, count: p.count },
  }));
  for (const x of snapshot.extractions) {
    for (const e of x.events) {
      const placeId = e.participants.find((p) => p.role === 'location')?.entityIds[0];
      const geo = placeId ? geoOfEntity.get(placeId) : undefined;
      if (!placeId || !geo) continue;
      features.push({
        type: 'Feature', geometry: { type: 'Point', coordinates: [geo.lon, geo.lat] },
        properties: {
          kind: 'event', id: `event:${e.id}`, name: snapshot.entities.get(placeId)?.name ?? geo.name,
          label: `${e.type.replace(/_/g, ' ')} in ${snapshot.entities.get(placeId)?.name ?? geo.name}${e.date ? ` (${e.date})` : ''}`,
          precision: geo.precision, count: 1, documentId: x.document.id, certainty: e.certainty, date: e.date,
        },
      });
    }
  }
  return { type: 'FeatureCollection', features };
}
