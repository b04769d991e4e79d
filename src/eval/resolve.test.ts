import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadCapitals } from '../models/load-capitals.js';
import { loadAliases, loadExtractor } from '../models/load-resources.js';
import { packageRoot } from '../models/package-root.js';
import { bcubed } from './cluster-scores.js';
import type { GoldDocument } from './dates.js';
import { clusterGoldMentions, clusterWithoutResolution, goldMentionDocument, type GoldText } from './resolve.js';

const GOLD_DIR = resolve(packageRoot(), '..', 'shared', 'corpus', 'seeds-gold');
const skip = existsSync(GOLD_DIR) ? false : 'needs ../shared/corpus/seeds-gold';

test('resolve.test: mention clusters across the development gold reach B-cubed F1 0.85', { skip }, () => {
  const golds: GoldText[] = readdirSync(GOLD_DIR).filter((f) => f.endsWith('.json')).sort().map((f) => {
    const gold = JSON.parse(readFileSync(join(GOLD_DIR, f), 'utf8')) as GoldDocument;
    return { gold, text: readFileSync(join(packageRoot(), 'examples', 'seeds', gold.doc), 'utf8') };
  });
  const aliases = loadAliases();
  const extractor = loadExtractor();
  const ours = golds.map(({ gold, text }) => ({ file: gold.doc, text, entities: extractor.extract({ text }).entities }));
  const resolved = bcubed(clusterGoldMentions(golds, ours, aliases, { capitals: loadCapitals() }).names);
  const baseline = bcubed(clusterWithoutResolution(golds, ours).names);
  assert.ok(resolved.f1 >= 0.85, `resolve.test: B-cubed F1 ${resolved.f1.toFixed(3)}`);
  assert.ok(resolved.f1 > baseline.f1, 'resolve.test: better than in-document ids alone');
  const alone = bcubed(clusterGoldMentions(golds, golds.map((g) => goldMentionDocument(g, aliases)), aliases).names);
  assert.ok(alone.precision >= 0.95 && alone.f1 >= 0.9, `resolve.test: on gold mentions P ${alone.precision.toFixed(3)} F1 ${alone.f1.toFixed(3)}`);
});
