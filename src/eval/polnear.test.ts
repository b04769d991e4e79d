import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { packageRoot } from '../models/package-root.js';
import { parseAnn, readPolnear } from './polnear.js';
import { PolnearScorer, normaliseSpan } from './quotes.js';
import type { Quote } from '../extract/types.js';

// A hand-written brat file in PolNeAR's layout (not taken from the corpus).
const ANN = [
  'T1\tSource 0 9\tThe envoy',
  'T2\tCue 10 14\tsaid',
  'T3\tContent 15 35;40 45\tthat talks would res…later',
  'T4\tAttribution 10 14\tsaid',
  'E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1',
  'T5\tCue 50 62\taccording to',
  'T6\tContent 63 70\tsomething',
  'T7\tAttribution-no-source 50 62\taccording to',
  'E2\tAttribution-no-source:T7 Content:T6 Cue:T5',
  'T8\tDiscuss 0 3\tThe',
].join('\n');

test('polnear.test: attributions with fragments and without a source', () => {
  assert.deepEqual(parseAnn(ANN), [
    { source: [{ start: 0, end: 9 }], cue: [{ start: 10, end: 14 }], content: [{ start: 15, end: 35 }, { start: 40, end: 45 }] },
    { source: [], cue: [{ start: 50, end: 62 }], content: [{ start: 63, end: 70 }] },
  ]);
});

test('polnear.test: code-point offsets become string indices', () => {
  const shift = (o: number) => (o > 3 ? o + 1 : o); // one astral character at 3
  assert.deepEqual(parseAnn('T1\tCue 5 9\tsaid\nT2\tContent 0 3\tabc\nE1\tAttribution:T1 Cue:T1 Content:T2', shift)[0]!.cue, [{ start: 6, end: 10 }]);
});

test('polnear.test: the scorer credits exact, token and whole-attribution matches', () => {
  const text = 'The envoy said that talks would resume soon.';
  const gold = parseAnn('T1\tSource 0 9\tThe envoy\nT2\tCue 10 14\tsaid\nT3\tContent 15 43\tthat talks would resume soon\nE1\tAttribution:T2 Source:T1 Cue:T2 Content:T3');
  const span = (start: number, end: number) => ({ start, end, text: text.slice(start, end) });
  const quote: Quote = {
    speaker: null, speakerText: 'The envoy', speakerSpan: span(0, 9), speakerNamed: false,
    cue: 'said', cueSpan: span(10, 14), content: span(20, 43), direct: false, certainty: 'asserted',
  };
  const scorer = new PolnearScorer();
  scorer.add(text, gold, [quote]);
  const scores = scorer.scores();
  assert.equal(scores.exact.source.f1, 1, 'polnear.test: source exact');
  assert.equal(scores.exact.content.f1, 0, 'polnear.test: content not exact ("that" differs)');
  assert.equal(scores.normalised.content.f1, 1, 'polnear.test: content exact once "that" is trimmed');
  assert.ok(scores.tokens.content.precision === 1 && scores.tokens.content.recall < 1, 'polnear.test: content tokens');
  assert.equal(scores.whole.f1, 1, 'polnear.test: whole attribution');
  assert.deepEqual(normaliseSpan('“That is it,” he said', { start: 0, end: 13 }), { start: 1, end: 11 });
});

const DEV = resolve(packageRoot(), '..', 'shared', 'data', 'polnear', 'dev');
test('polnear.test: the dev folder reads, and annotated spans match their text', { skip: existsSync(DEV) ? false : 'needs ../shared/data/polnear/dev' }, () => {
  const docs = readPolnear(DEV);
  assert.ok(docs.length > 50, 'polnear.test: dev articles');
  const cues = docs.flatMap((d) => d.attributions.flatMap((a) => a.cue.map((c) => ({ ...c, text: d.text }))));
  assert.ok(cues.every((c) => c.start < c.end && c.end <= c.text.length), 'polnear.test: cue spans lie inside their text');
  const words = cues.filter((c) => /^\S(?:.*\S)?$/s.test(c.text.slice(c.start, c.end))).length;
  assert.ok(words / cues.length > 0.99, 'polnear.test: cue spans are (nearly all) trimmed words, so offsets line up');
});
