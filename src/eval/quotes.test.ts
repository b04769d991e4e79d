import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadExtractor } from '../models/load-resources.js';
import { packageRoot } from '../models/package-root.js';
import { matchSeedQuotes } from './quotes.js';

const GOLD_DIR = resolve(packageRoot(), '..', 'shared', 'corpus', 'seeds-gold');
const skip = existsSync(GOLD_DIR) ? false : 'needs ../shared/corpus/seeds-gold';

test('quotes.test: every direct quote of the development gold, with its speaker', { skip }, () => {
  const extractor = loadExtractor();
  const files = readdirSync(GOLD_DIR).filter((f) => f.endsWith('.json')).sort();
  assert.ok(files.length > 0, 'quotes.test: gold files present');
  for (const file of files) {
    const gold = JSON.parse(readFileSync(join(GOLD_DIR, file), 'utf8'));
    const text = readFileSync(join(packageRoot(), 'examples', 'seeds', gold.doc), 'utf8');
    const results = matchSeedQuotes(gold.quotes, extractor.extract({ text }).quotes);
    for (const r of results.filter((x) => x.gold.direct)) {
      assert.ok(r.found, `quotes.test: ${file}: found "${r.gold.content.text.slice(0, 40)}"`);
      assert.ok(r.rightSpeaker, `quotes.test: ${file}: speaker of "${r.gold.content.text.slice(0, 40)}" is ${r.gold.speaker}`);
    }
  }
});
