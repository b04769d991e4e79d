import L from 'leaflet';
import 'leaflet.markercluster';
import 'leaflet/dist/leaflet.css';
import 'leaflet.markercluster/dist/MarkerCluster.css';
import 'leaflet.markercluster/dist/MarkerCluster.Default.css';
import { useEffect, useRef } from 'react';
import { Link } from 'react-router-dom';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countries from 'world-atlas/countries-110m.json';
import { api, type MapResponse } from '../api';
import { Status } from '../components/Status';
import { useApi } from '../useApi';

// How wide the uncertainty of a point is drawn, by its precision.
const RADIUS_KM: Record<string, number> = { country: 400, region: 120, city: 0, point: 0 };

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export default function MapView() {
  const state = useApi(() => api.map(), []);
  const container = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!container.current || !state.data) return;
    const map = L.map(container.current, { worldCopyJump: true, attributionControl: true, minZoom: 1, maxZoom: 10 }).setView([34, 38], 3);
    // Offline base map: Natural Earth country shapes from the world-atlas package, no tile server.
    const topology = countries as unknown as Topology<{ countries: GeometryCollection }>;
    L.geoJSON(feature(topology, topology.objects.countries), {
      style: { color: '#94a3b8', weight: 0.6, fillColor: '#f1f5f9', fillOpacity: 1 },
    }).addTo(map);
    map.attributionControl.addAttribution('Natural Earth via world-atlas');
    const cluster = L.markerClusterGroup({ showCoverageOnHover: false });
    const areas = L.layerGroup();
    for (const f of state.data.features) {
      if (f.geometry.type !== 'Point') continue;
      const [lon, lat] = f.geometry.coordinates as [number, number];
      const p = f.properties as { kind: string; id: string; name: string; precision: string; count: number; label?: string; documentId?: string };
      const href = p.kind === 'event' && p.documentId ? `/documents/${encodeURIComponent(p.documentId)}` : `/entities/${encodeURIComponent(p.id)}`;
      const popup = `<strong>${escapeHtml(p.label ?? p.name)}</strong><br>${escapeHtml(p.kind)} · ${escapeHtml(p.precision)} precision · ${p.count} mention(s)<br><a href="${href}">open</a>`;
      const marker = L.circleMarker([lat, lon], {
        radius: p.kind === 'event' ? 7 : 5, color: p.kind === 'event' ? '#b91c1c' : '#1d4ed8', weight: 2, fillOpacity: 0.6,
      }).bindPopup(popup);
      cluster.addLayer(marker as unknown as L.Marker);
      const radius = RADIUS_KM[p.precision] ?? 0;
      if (radius > 0) areas.addLayer(L.circle([lat, lon], { radius: radius * 1000, color: '#64748b', weight: 1, dashArray: '4 4', fillOpacity: 0.04, interactive: false }));
    }
    areas.addTo(map);
    cluster.addTo(map);
    (window as unknown as { dossierMap?: L.Map }).dossierMap = map;
    return () => {
      map.remove();
    };
  }, [state.data]);

  const places = state.data?.features.filter((f) => (f.properties as { kind: string }).kind === 'place').length ?? 0;
  const events = (state.data?.features.length ?? 0) - places;
  return (
    <section>
      <h1>Map</h1>
      <p className="muted small">{places} places, {events} events. Places known only to the country or region are drawn with a dashed area of uncertainty.</p>
      <Status state={state} />
      <div ref={container} className="map-canvas" role="region" aria-label="Map of places and events" data-features={state.data?.features.length ?? 0} />
      {state.data && <PlaceList features={state.data.features} />}
    </section>
  );
}

interface PointProperties { kind: string; id: string; name: string; precision: string; count: number; label?: string; documentId?: string }

/** The map's content as a list: readable without a pointer, and by screen readers. */
function PlaceList({ features }: { features: MapResponse['features'] }) {
  const places = features.map((f) => f.properties as PointProperties).filter((p) => p.kind === 'place').sort((a, b) => b.count - a.count);
  return (
    <details className="place-list">
      <summary>Places on the map ({places.length})</summary>
      <ul className="compact">
        {places.map((p) => (
          <li key={p.id}><Link to={`/entities/${encodeURIComponent(p.id)}`}>{p.name}</Link> <span className="muted small">{p.count} mention{p.count === 1 ? '' : 's'}, {p.precision}</span></li>
        ))}
      </ul>
    </details>
  );
}
