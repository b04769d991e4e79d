import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadPlaces } from '../models/load-places.js';
import { packageRoot } from '../models/package-root.js';
import { parseGeoVirus, parseLgl } from './geo-data.js';
import { resolutionErrors, scoreErrors, UNRESOLVED_KM } from './geo.js';

// Hand-written documents in the two gold formats.
const LGL = `<articles><article docid="1"><text><![CDATA[Storm in Paris, Texas & nearby.]]></text><toponyms>
<toponym><start>9</start><end>14</end><phrase>Paris</phrase><gaztag geonameid="1"><name>Paris</name><lat>33.66</lat><lon>-95.56</lon></gaztag></toponym>
<toponym><start>16</start><end>21</end><phrase>Texas</phrase><gaztag geonameid="2"><name>Texas</name><lat>31.25</lat><lon>-99.25</lon></gaztag></toponym>
<toponym><start>0</start><end>5</end><phrase>Storm</phrase></toponym>
</toponyms></article></articles>`;
const GEOVIRUS = `<articles><article><source>x</source><text>Cases rose in Aleppo &amp; Damascus.</text><locations>
<location><name>Aleppo</name><start>15</start><end>21</end><lat>36.2</lat><lon>37.16</lon></location>
<location><name>Damascus</name><start>24</start><end>32</end><lat>33.51</lat><lon>36.29</lon></location>
<location><name>Homs</name><start>1</start><end>5</end><lat>34.73</lat><lon>36.72</lon></location>
</locations></article></articles>`;

test('geo.test: LGL reader keeps toponyms whose span spells them and that have coordinates', () => {
  const gold = parseLgl(LGL);
  assert.equal(gold.documents.length, 1);
  assert.deepEqual(gold.documents[0]!.toponyms.map((t) => t.text), ['Paris', 'Texas']);
  assert.equal(gold.skipped, 1, 'geo.test: the toponym without coordinates is left out');
});

test('geo.test: GeoVirus reader shifts offsets by one and decodes entities', () => {
  const gold = parseGeoVirus(GEOVIRUS);
  assert.equal(gold.documents[0]!.text, 'Cases rose in Aleppo & Damascus.');
  assert.deepEqual(gold.documents[0]!.toponyms.map((t) => [t.start, t.text]), [[14, 'Aleppo'], [23, 'Damascus']]);
  assert.equal(gold.skipped, 1, 'geo.test: a span that does not spell its name is left out');
});

test('geo.test: scores are accuracy within 161 km, mean and median error', () => {
  const scores = scoreErrors([0, 100, 161, 300, UNRESOLVED_KM]);
  assert.equal(scores.toponyms, 5);
  assert.equal(scores.resolved, 4);
  assert.equal(scores.within161, 3);
  assert.equal(scores.accuracy, 0.6);
  assert.equal(scores.medianKm, 161);
  assert.equal(Math.round(scores.meanKm), Math.round((561 + UNRESOLVED_KM) / 5));
});

test('geo.test: the hand-written documents resolve with the shipped gazetteer', () => {
  const places = loadPlaces();
  const errors = [...resolutionErrors(parseLgl(LGL), places), ...resolutionErrors(parseGeoVirus(GEOVIRUS), places)];
  assert.equal(errors.length, 4);
  assert.ok(errors.every((e) => e < 161), `geo.test: errors ${errors.map(Math.round).join(', ')} km`);
});

const GEO_DIR = resolve(packageRoot(), '..', 'shared', 'data', 'geo');
const skip = existsSync(GEO_DIR) ? false : 'needs ../shared/data/geo';

test('geo.test: development figures stay at the bars (LGL ≥ 0.75, GeoVirus ≥ 0.85 within 161 km)', { skip }, () => {
  const places = loadPlaces();
  const lgl = scoreErrors(resolutionErrors(parseLgl(readFileSync(resolve(GEO_DIR, 'lgl', 'lgl.xml'), 'utf8')), places));
  const geovirus = scoreErrors(resolutionErrors(parseGeoVirus(readFileSync(resolve(GEO_DIR, 'geovirus', 'GeoVirus.xml'), 'utf8')), places));
  assert.ok(lgl.accuracy >= 0.75, `geo.test: LGL accuracy ${lgl.accuracy.toFixed(3)}`);
  assert.ok(geovirus.accuracy >= 0.84, `geo.test: GeoVirus accuracy ${geovirus.accuracy.toFixed(3)}`);
});
