import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { defaultNerModelPath, loadNerTagger } from '../models/load-ner.js';
import { packageRoot } from '../models/package-root.js';
import { evaluateConll, evaluateRe3d } from './ner.js';

const conll = join(packageRoot(), '..', 'shared', 'data', 'conll2003', 'valid.txt');
const re3d = join(packageRoot(), '..', 'shared', 'data', 're3d-dev');
const noModel = !existsSync(defaultNerModelPath()) && 'needs models/ner/model.bin (npm run train:ner)';

test('ner.test: the shipped model loads in under a second', { skip: noModel }, () => {
  const started = performance.now();
  loadNerTagger();
  const ms = performance.now() - started;
  assert.ok(ms < 1000, `ner.test: loaded in ${ms.toFixed(0)} ms`);
});

test('ner.test: the shipped model scores at least 0.90 exact micro-F1 on CoNLL valid', { skip: noModel || (!existsSync(conll) && 'needs ../shared/data/conll2003') }, () => {
  const { scores } = evaluateConll(loadNerTagger(), readFileSync(conll, 'utf8'));
  assert.ok(scores.exact.micro.f1 >= 0.9, `ner.test: micro F1 ${scores.exact.micro.f1.toFixed(4)}`);
});

test('ner.test: --re3d takes an injected extractEntities', { skip: !existsSync(re3d) && 'needs ../shared/data/re3d-dev' }, () => {
  const nothing = evaluateRe3d(re3d, () => []);
  assert.equal(nothing.scores.exact.micro.tp, 0, 'ner.test: no predictions, no hits');
  assert.ok(nothing.scores.exact.micro.fn > 500, 'ner.test: gold mentions counted as misses');
  const everything = evaluateRe3d(re3d, (text) => [...text.matchAll(/\bSyria\b/g)].map((m) => ({ start: m.index!, end: m.index! + 5, type: 'GPE' })));
  assert.ok(everything.scores.exact.perType['LOC']!.tp > 10, 'ner.test: GPE matches re3d Location');
});
