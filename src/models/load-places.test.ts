// The shipped gazetteer (npm packages + data/places.json): names in news context placed
// within a tolerance of where they are.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { distanceKm } from '../extract/places/distance.js';
import { resolvePlaces, type Toponym } from '../extract/places/resolve.js';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compilePlaces, loadPlaces } from './load-places.js';
import { CompiledGazetteer } from '../extract/places/compiled-gazetteer.js';
import { PlaceGazetteer } from '../extract/places/gazetteer.js';

const places = loadPlaces();

/** Toponyms are the bracketed names: "Fighting near [Aleppo] in [Syria]". */
function parse(marked: string): { text: string; toponyms: Toponym[] } {
  const toponyms: Toponym[] = [];
  let text = '';
  for (const part of marked.split(/(\[[^\]]+\])/)) {
    if (part.startsWith('[')) {
      const name = part.slice(1, -1);
      toponyms.push({ start: text.length, end: text.length + name.length, text: name });
      text += name;
    } else text += part;
  }
  return { text, toponyms };
}

test('load-places.test: names in context, placed within tolerance', () => {
  // [sentence with the asked-about toponym first in brackets, country, lat, lon, tolerance km]
  const table: [string, string | null, number, number, number][] = [
    ['Russian jets bombed [Raqqa], the capital of the caliphate in [Syria].', 'SY', 35.95, 39.01, 50],
    ['Rebels outside [A-Raqqa] said the strikes went on.', 'SY', 35.95, 39.01, 50],
    ['IS fighters massed near [Deir Ezzor] in eastern [Syria].', 'SY', 35.34, 40.14, 50],
    ['Airstrikes hit [Deir e-Zor] overnight, [Syrian] activists said.', 'SY', 35.34, 40.14, 50],
    ['The regime retook [Palmyra] from IS in [Syria].', 'SY', 34.56, 38.28, 50],
    ['Shelling continued in [Aleppo].', 'SY', 36.20, 37.16, 50],
    ['The plane left [Sharm el-Sheikh] in [Egypt].', 'EG', 27.92, 34.33, 50],
    ['Officials in [Moscow] denied it.', 'RU', 55.75, 37.62, 50],
    ['Chechen fighters trained in the [Pankisi Gorge] in [Georgia].', 'GE', 42.2, 45.27, 50],
    ['The mayor of [Springfield], [Illinois] spoke.', 'US', 39.80, -89.64, 50],
    ['[Moscow], [Idaho] is a college town.', 'US', 46.73, -117.00, 50],
    ['Flooding hit [Paris], [Texas].', 'US', 33.66, -95.56, 50],
    ['Crowds gathered in [Paris] on Sunday.', 'FR', 48.85, 2.35, 50],
    ['The storm moved from [Atlanta] across [Georgia].', 'US', 32.7, -83.4, 200],
    ['Talks in [Washington] with [Iraq] ended.', 'US', 38.9, -77.04, 50],
    ['[Kiev] said Russian troops were massing.', 'UA', 50.45, 30.52, 50],
    ['Sheriffs in [Laurel County], [Kentucky] made arrests.', 'US', 37.1, -84.1, 60],
    ['Ministers from the [U.S.] and the [UK] met.', 'US', 39.8, -98.6, 200],
    ['Migrants crossed the [Mediterranean] to [Italy].', null, 35, 18, 400],
    ['The bomb went off at [Domodedovo Airport] outside [Moscow].', 'RU', 55.41, 37.90, 30],
    ['Tourists gathered at the [Turkey] border.', 'TR', 39, 35, 300],
  ];
  for (const [marked, country, lat, lon, tolerance] of table) {
    const { text, toponyms } = parse(marked);
    const place = resolvePlaces(text, toponyms, places)[0];
    assert.ok(place, `load-places.test: "${toponyms[0]!.text}" placed in "${text}"`);
    assert.equal(place.country, country, `load-places.test: country of "${toponyms[0]!.text}" in "${text}"`);
    const off = distanceKm(place, { lat, lon });
    assert.ok(off <= tolerance, `load-places.test: "${toponyms[0]!.text}" in "${text}" is ${Math.round(off)} km off (${place.name})`);
  }
});

test('load-places.test: the gazetteer holds countries, towns, counties, subdivisions and our own places', () => {
  assert.ok(places.gazetteer.size > 140_000, `load-places.test: ${places.gazetteer.size} places`);
  const kinds = (name: string) => new Set(places.gazetteer.candidates(name).map((c) => `${c.place.kind}:${c.place.country}`));
  assert.ok(kinds('Syria').has('country:SY'));
  assert.ok(kinds('Aleppo').has('city:SY'));
  assert.ok(kinds('Aleppo').has('region:SY'), 'load-places.test: Aleppo governorate');
  assert.ok(kinds('Cook County').has('region:US'));
  assert.ok(kinds('Pankisi').has('region:GE'));
  assert.equal(places.demonyms.get('syrian'), 'SY');
});

test('load-places.test: a compiled index is used only when built from the same sources', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-places-'));
  const fresh = join(dir, 'fresh.tsv');
  const compiled = compilePlaces();
  writeFileSync(fresh, compiled);
  const stale = join(dir, 'stale.tsv');
  writeFileSync(stale, compiled.replace(/"stamp":"[0-9a-f]+"/, '"stamp":"0"'));
  assert.ok(loadPlaces(undefined, fresh).gazetteer instanceof CompiledGazetteer, 'load-places.test: fresh index used');
  assert.ok(loadPlaces(undefined, stale).gazetteer instanceof PlaceGazetteer, 'load-places.test: stale index ignored');
  assert.ok(loadPlaces(undefined, join(dir, 'missing.tsv')).gazetteer instanceof PlaceGazetteer, 'load-places.test: no index, built in memory');
  const fromIndex = loadPlaces(undefined, fresh).gazetteer.candidates('Deir Ezzor').map((c) => c.place);
  const fromSources = loadPlaces(undefined, join(dir, 'missing.tsv')).gazetteer.candidates('Deir Ezzor').map((c) => c.place);
  assert.deepEqual(fromIndex, fromSources);
});
