import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PlaceGazetteer, type PlaceRecord } from './gazetteer.js';
import { resolvePlaces, type PlaceKnowledge, type Toponym } from './resolve.js';

// A small hand-made world: towns that share names, their states and countries.
const city = (name: string, country: string, admin1: string, lat: number, lon: number, population: number, featureClass = 'PPL'): PlaceRecord =>
  ({ name, country, admin1, lat, lon, population, featureClass, kind: 'city' });
const PLACES: { place: PlaceRecord; names?: string[] }[] = [
  { place: city('Paris', 'FR', '11', 48.85, 2.35, 2_100_000, 'PPLC') },
  { place: city('Paris', 'US', 'TX', 33.66, -95.56, 25_000) },
  { place: city('Paris', 'US', 'IL', 39.61, -87.70, 8_800) },
  { place: city('Springfield', 'US', 'MO', 37.22, -93.30, 166_000) },
  { place: city('Springfield', 'US', 'IL', 39.80, -89.64, 116_000, 'PPLA') },
  { place: city('Springfield', 'US', 'MA', 42.10, -72.59, 155_000) },
  { place: city('Alexandria', 'EG', '06', 31.20, 29.92, 3_800_000) },
  { place: city('Alexandria', 'US', 'VA', 38.80, -77.05, 140_000) },
  { place: city('Arlington', 'US', 'VA', 38.88, -77.10, 230_000) },
  { place: city('Atlanta', 'US', 'GA', 33.75, -84.39, 500_000, 'PPLA') },
  { place: city('Tbilisi', 'GE', '04', 41.69, 44.83, 1_050_000, 'PPLC') },
  { place: city('Tadmur', 'SY', '11', 34.56, 38.28, 51_000), names: ['Palmyra'] },
  { place: city('Palmyra', 'US', 'PA', 40.31, -76.59, 7_500) },
  { place: city('Ar Raqqah', 'SY', '04', 35.95, 39.01, 177_000, 'PPLA') },
  { place: city('Deir ez-Zor', 'SY', '07', 35.34, 40.14, 240_000, 'PPLA') },
  { place: city('Washington', 'US', 'PA', 40.17, -80.25, 13_000) },
  { place: { name: 'Illinois', country: 'US', admin1: 'IL', lat: 40.0, lon: -89.2, population: 12_800_000, featureClass: 'ADM1', kind: 'region' }, names: ['Ill.'] },
  { place: { name: 'Texas', country: 'US', admin1: 'TX', lat: 31.5, lon: -99.3, population: 30_000_000, featureClass: 'ADM1', kind: 'region' } },
  { place: { name: 'Georgia', country: 'US', admin1: 'GA', lat: 32.7, lon: -83.4, population: 10_700_000, featureClass: 'ADM1', kind: 'region' } },
  { place: { name: 'Washington', country: 'US', admin1: 'WA', lat: 47.4, lon: -120.5, population: 7_700_000, featureClass: 'ADM1', kind: 'region' } },
  { place: { name: 'Georgia', country: 'GE', lat: 42, lon: 43.5, population: 1e8, featureClass: 'PCLI', kind: 'country' } },
  { place: { name: 'Syria', country: 'SY', lat: 35, lon: 38, population: 1e8, featureClass: 'PCLI', kind: 'country' } },
  { place: { name: 'Egypt', country: 'EG', lat: 27, lon: 30, population: 1e8, featureClass: 'PCLI', kind: 'country' } },
];
const knowledge: PlaceKnowledge = {
  gazetteer: new PlaceGazetteer(PLACES),
  demonyms: new Map([['syrian', 'SY'], ['egyptian', 'EG'], ['georgian', 'GE']]),
};

/** Toponyms for every occurrence of each name in the text. */
function toponymsOf(text: string, names: string[]): Toponym[] {
  const out: Toponym[] = [];
  for (const name of names) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) out.push({ start: at, end: at + name.length, text: name });
  }
  return out.sort((a, b) => a.start - b.start);
}

function placeOf(text: string, names: string[], name: string): PlaceRecord | null {
  const toponyms = toponymsOf(text, names);
  const resolved = resolvePlaces(text, toponyms, knowledge);
  const i = toponyms.findIndex((t) => t.text === name);
  assert.ok(i >= 0, `resolve.test: "${name}" occurs in "${text}"`);
  return resolved[i]!;
}

test('resolve.test: context picks among places of one name', () => {
  // [text, toponyms, toponym asked about, expected country, expected first-order division]
  const table: [string, string[], string, string, string | undefined][] = [
    ['Tourists flocked to Paris.', ['Paris'], 'Paris', 'FR', '11'],
    ['Springfield has a zoo.', ['Springfield'], 'Springfield', 'US', 'MO'],
    ['The mayor of Springfield, Illinois, resigned.', ['Springfield', 'Illinois'], 'Springfield', 'US', 'IL'],
    ['Springfield, Ill. is the capital.', ['Springfield', 'Ill.'], 'Springfield', 'US', 'IL'],
    ['Paris, Texas, held a rodeo.', ['Paris', 'Texas'], 'Paris', 'US', 'TX'],
    ['Police in Alexandria and Arlington searched homes.', ['Alexandria', 'Arlington'], 'Alexandria', 'US', 'VA'],
    ['Alexandria lies on the coast of Egypt.', ['Alexandria', 'Egypt'], 'Alexandria', 'EG', '06'],
    ['Syrian troops retook Palmyra.', ['Palmyra'], 'Palmyra', 'SY', '11'],
    ['Rain fell on Atlanta and across Georgia.', ['Atlanta', 'Georgia'], 'Georgia', 'US', 'GA'],
    ['Georgian police in Tbilisi said Georgia would protest.', ['Tbilisi', 'Georgia'], 'Georgia', 'GE', undefined],
    ['Farmers in Washington state fear drought.', ['Washington'], 'Washington', 'US', 'WA'],
    ['Flights left Springfield Airport in Illinois.', ['Springfield Airport', 'Illinois'], 'Springfield Airport', 'US', 'IL'],
  ];
  for (const [text, names, name, country, admin1] of table) {
    const place = placeOf(text, names, name);
    assert.equal(place?.country, country, `resolve.test: "${name}" in "${text}"`);
    assert.equal(place?.admin1, admin1, `resolve.test: "${name}" in "${text}" (division)`);
  }
});

test('resolve.test: transliterations and unknown names', () => {
  const text = 'Jets struck A-Raqqa and Deir Ezzor; Dayr az Zawr was hit again near Xyzzyville.';
  const names = ['A-Raqqa', 'Deir Ezzor', 'Dayr az Zawr', 'Xyzzyville'];
  assert.equal(placeOf(text, names, 'A-Raqqa')?.name, 'Ar Raqqah');
  assert.equal(placeOf(text, names, 'Deir Ezzor')?.name, 'Deir ez-Zor');
  assert.equal(placeOf(text, names, 'Dayr az Zawr')?.name, 'Deir ez-Zor');
  assert.equal(placeOf(text, names, 'Xyzzyville'), null, 'resolve.test: a name the gazetteer lacks stays unplaced');
});

test('resolve.test: toponyms sharing a key get one place', () => {
  const text = 'Paris, Texas. Later, Paris was quiet.';
  const toponyms = toponymsOf(text, ['Paris', 'Texas']).map((t) => (t.text === 'Paris' ? { ...t, key: 'paris' } : t));
  const resolved = resolvePlaces(text, toponyms, knowledge);
  const paris = toponyms.map((t, i) => (t.text === 'Paris' ? resolved[i] : undefined)).filter((p) => p !== undefined);
  assert.equal(paris.length, 2);
  assert.equal(paris[0], paris[1], 'resolve.test: same key, same place');
  assert.equal(paris[0]?.admin1, 'TX');
});
