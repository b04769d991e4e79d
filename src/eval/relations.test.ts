import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { packageRoot } from '../models/package-root.js';
import { readRe3dRelations } from './re3d-relations.js';
import { evaluateRelations, oracleRelations } from './relations.js';

const RE3D_DIR = resolve(packageRoot(), '..', 'shared', 'data', 're3d-dev');
const skip = existsSync(RE3D_DIR) ? false : 'needs ../shared/data/re3d-dev';

test('relations.test: re3d relations are read with spans inside their documents', { skip }, () => {
  const documents = readRe3dRelations(RE3D_DIR);
  assert.ok(documents.length > 0, 'relations.test: documents');
  const relations = documents.flatMap((d) => d.relations.map((r) => ({ r, d })));
  assert.ok(relations.length > 100, 'relations.test: relations');
  for (const { r, d } of relations) {
    for (const span of [r.source, r.target]) assert.ok(span.start >= 0 && span.start < span.end && span.end <= d.text.length, `relations.test: ${d.id} span`);
  }
});

test('relations.test: relations from gold mentions find a share of re3d relations', { skip }, () => {
  const documents = readRe3dRelations(RE3D_DIR);
  const { micro } = evaluateRelations(documents, oracleRelations).all.scores();
  // A floor far under the measured figure (BENCHMARKS.md): it fails only if the patterns stop working.
  assert.ok(micro.f1 > 0.25, `relations.test: oracle micro F1 ${micro.f1.toFixed(3)}`);
});
