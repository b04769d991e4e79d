import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CompiledGazetteer } from './compiled-gazetteer.js';
import { PlaceGazetteer, type PlaceRecord } from './gazetteer.js';

const town = (name: string, country: string, population: number, admin1?: string): PlaceRecord =>
  ({ name, country, lat: 10 + population / 1e6, lon: -20.125, kind: 'city', featureClass: 'PPL', population, ...(admin1 ? { admin1 } : {}) });
const memory = new PlaceGazetteer([
  { place: town('Ar Raqqah', 'SY', 177_000, '04'), names: ['Raqqa'] },
  { place: town('Deir ez-Zor', 'SY', 240_000) },
  { place: town('Paris', 'FR', 2_100_000) },
  { place: town('Paris', 'US', 25_000, 'TX') },
  { place: { name: 'Syria', country: 'SY', lat: 35, lon: 38, kind: 'country', featureClass: 'PCLI', population: 1e8 }, names: ['Syrian Arab Republic'] },
  { place: { name: 'Mediterranean Sea', country: null, lat: 35, lon: 18, kind: 'region', featureClass: 'SEA', population: 5e6 } },
]);
const compiled = new CompiledGazetteer(memory.compile());

test('compiled-gazetteer.test: the compiled index answers as the one built in memory', () => {
  assert.equal(compiled.size, memory.size);
  for (const name of ['Raqqa', 'A-Raqqa', 'ar-raqqah', 'Deir Ezzor', 'Dayr az Zawr', 'Paris', 'PARIS', 'Syria', 'Syrian Arab Republic', 'Mediterranean Sea', 'Nowhere', '']) {
    assert.deepEqual(compiled.candidates(name), memory.candidates(name), `compiled-gazetteer.test: "${name}"`);
  }
  assert.equal(compiled.candidates('Paris').length, 2, 'compiled-gazetteer.test: both towns named Paris');
  assert.equal(compiled.candidates('Mediterranean Sea')[0]?.place.country, null, 'compiled-gazetteer.test: no country stays null');
});

test('compiled-gazetteer.test: one place is one object, however it is found', () => {
  const [viaName] = compiled.candidates('Raqqa');
  const [viaSpelling] = compiled.candidates('A-Raqqa');
  assert.equal(viaName!.place, viaSpelling!.place);
});

test('compiled-gazetteer.test: malformed input is refused', () => {
  assert.throws(() => new CompiledGazetteer('nonsense'), /expected section P/);
});
