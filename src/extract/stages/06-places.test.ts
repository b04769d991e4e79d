// Places on the demo articles (examples/seeds, the project's own corpus) through the whole pipeline.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadExtractor } from '../../models/load-resources.js';
import { packageRoot } from '../../models/package-root.js';
import { distanceKm } from '../places/distance.js';
import type { EntityMention } from '../types.js';

const seedsDir = join(packageRoot(), 'examples', 'seeds');
const extractor = loadExtractor();
const mentions: EntityMention[] = [];
const perDocument: EntityMention[][] = [];
for (const file of readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).sort()) {
  const entities = extractor.extract({ text: readFileSync(join(seedsDir, file), 'utf8') }).entities;
  perDocument.push(entities);
  mentions.push(...entities);
}

test('06-places.test: the seed articles\' places lie within 50 km of where they are', () => {
  // [spellings in the articles, country, lat, lon]
  const table: [string[], string, number, number][] = [
    [['Raqqa', 'A-Raqqa'], 'SY', 35.95, 39.01],
    [['Deir Ezzor', 'Deir e-Zor'], 'SY', 35.34, 40.14],
    [['Palmyra'], 'SY', 34.56, 38.28],
    [['Aleppo'], 'SY', 36.20, 37.16],
    [['Sharm el-Sheikh', 'Sharm'], 'EG', 27.91, 34.33],
    [['Moscow'], 'RU', 55.75, 37.62],
    [['Pankisi', 'Pankisi Gorge'], 'GE', 42.2, 45.27],
  ];
  for (const [spellings, country, lat, lon] of table) {
    const found = mentions.filter((m) => spellings.includes(m.text) && m.type !== 'ORG' && m.type !== 'PERSON');
    assert.ok(found.length > 0, `06-places.test: ${spellings.join('/')} found as a place`);
    for (const mention of found) {
      assert.ok(mention.geo, `06-places.test: ${mention.text} has geo`);
      assert.equal(mention.geo.country, country, `06-places.test: ${mention.text} country`);
      const off = distanceKm(mention.geo, { lat, lon });
      assert.ok(off <= 50, `06-places.test: ${mention.text} is ${Math.round(off)} km off (${mention.geo.name})`);
    }
  }
});

test('06-places.test: one entity, one place; only places get geo', () => {
  for (const entities of perDocument) {
    const byId = new Map<string, string>();
    for (const mention of entities) {
      if (!mention.geo) continue;
      assert.ok(['GPE', 'LOC', 'FAC'].includes(mention.type), `06-places.test: ${mention.text} (${mention.type}) has no geo`);
      const where = JSON.stringify(mention.geo);
      assert.equal(byId.get(mention.id) ?? where, where, `06-places.test: all mentions of ${mention.id} share one place`);
      byId.set(mention.id, where);
    }
  }
  const syria = mentions.find((m) => m.text === 'Syria')?.geo;
  assert.deepEqual([syria?.country, syria?.precision], ['SY', 'country']);
  const aleppo = mentions.find((m) => m.text === 'Aleppo')?.geo;
  assert.deepEqual([aleppo?.precision, aleppo?.featureClass], ['city', 'PPLA']);
});
