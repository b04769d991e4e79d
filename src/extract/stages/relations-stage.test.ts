// The relations stage inside the whole extractor, on the demo articles (examples/seeds).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadExtractor } from '../../models/load-resources.js';
import { packageRoot } from '../../models/package-root.js';

const extractor = loadExtractor();
const seedsDir = join(packageRoot(), 'examples', 'seeds');
const seeds = readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).sort().map((file) => {
  const text = readFileSync(join(seedsDir, file), 'utf8');
  const result = extractor.extract({ text });
  const found = result.relations.map((r) => `${r.type}(${r.sourceSpan!.text}, ${r.targetSpan!.text})`);
  return { file, text, result, found };
});
const seed = (prefix: string) => seeds.find((s) => s.file.startsWith(prefix))!;

test('relations-stage.test: relations stated in the demo articles', () => {
  for (const [prefix, relation] of [
    ['004', 'is_the_same_as(Federal Security Service, FSB)'],
    ['000', 'in_charge_of(Ibrahim Abu Bakr Al-Baghdadi, ISIS)'],
    ['002', 'belongs_to(Christopher Harmer, Institute for the Study of War)'],
    ['002', 'fighting_against(Russia, ISIS)'],
  ] as const) {
    assert.ok(seed(prefix).found.includes(relation), `relations-stage.test: ${prefix} ${relation} in ${seed(prefix).found.join('; ')}`);
  }
});

test('relations-stage.test: every relation joins entities of the document through their exact mentions', () => {
  for (const { file, text, result } of seeds) {
    for (const r of result.relations) {
      for (const span of [r.evidence, r.sourceSpan!, r.targetSpan!]) assert.equal(text.slice(span.start, span.end), span.text, `relations-stage.test: ${file} span`);
      const source = result.entities.find((e) => e.start === r.sourceSpan!.start && e.end === r.sourceSpan!.end);
      const target = result.entities.find((e) => e.start === r.targetSpan!.start && e.end === r.targetSpan!.end);
      assert.equal(source?.id, r.source, `relations-stage.test: ${file} ${r.type} source is its mention's entity`);
      assert.equal(target?.id, r.target, `relations-stage.test: ${file} ${r.type} target is its mention's entity`);
    }
  }
});
