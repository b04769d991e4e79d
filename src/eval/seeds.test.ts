import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { packageRoot } from '../models/package-root.js';
import { scoreSeed } from './seeds.js';

const GOLD_DIR = resolve(packageRoot(), '..', 'shared', 'corpus', 'seeds-gold');
const skip = existsSync(GOLD_DIR) ? false : 'needs ../shared/corpus/seeds-gold';

test('seeds.test: title, date and boilerplate equal the development gold', { skip }, () => {
  const files = readdirSync(GOLD_DIR).filter((f) => f.endsWith('.json')).sort();
  assert.ok(files.length > 0, 'seeds.test: gold files present');
  for (const file of files) {
    const gold = JSON.parse(readFileSync(join(GOLD_DIR, file), 'utf8'));
    const text = readFileSync(join(packageRoot(), 'examples', 'seeds', gold.doc), 'utf8');
    const score = scoreSeed(text, gold);
    assert.equal(score.title.found, score.title.expected, `seeds.test: ${file}: title`);
    assert.equal(score.published.found, score.published.expected, `seeds.test: ${file}: published`);
    assert.equal(score.wrongChars, 0, `seeds.test: ${file}: no article text marked as boilerplate`);
    assert.equal(score.predictedHit, score.predicted, `seeds.test: ${file}: boilerplate precision`);
    assert.equal(score.goldHit, score.gold, `seeds.test: ${file}: boilerplate recall`);
  }
});
