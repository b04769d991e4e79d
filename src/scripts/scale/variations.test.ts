import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import type { TextSpan } from '../../extract/types.js';
import { ELECTION_STORY, HARBOUR_STORY, MINING_STORY } from '../../ingest/testing/articles.js';
import { loadExtractor } from '../../models/load-resources.js';
import type { PoolArticle } from './article-pool.js';
import { variation } from './variations.js';

let pool: PoolArticle[];
before(() => {
  const extractor = loadExtractor();
  pool = [HARBOUR_STORY, MINING_STORY, ELECTION_STORY].map((text) => ({ text, extraction: extractor.extract({ text }) }));
});

function assertAt(text: string, span: TextSpan | null | undefined, what: string): void {
  if (span) assert.equal(text.slice(span.start, span.end), span.text, `${what} at ${span.start}-${span.end}`);
}

test('variations: every shifted annotation still points at its own text', () => {
  for (let n = 0; n < 60; n++) {
    const { text, extraction } = variation(pool, n);
    const ids = new Set(extraction.entities.map((e) => e.id));
    for (const e of extraction.entities) assertAt(text, e, `entity ${e.id} of variation ${n}`);
    for (const s of extraction.sentences) for (const t of s.tokens) assertAt(text, t, `token of variation ${n}`);
    for (const ev of extraction.events) {
      assertAt(text, ev.trigger, `event trigger of variation ${n}`);
      assertAt(text, ev.evidence, `event evidence of variation ${n}`);
      for (const id of [...ev.actors, ...ev.targets, ...(ev.location ? [ev.location] : [])]) assert.ok(ids.has(id), `event participant ${id} kept without its mentions`);
    }
    for (const q of extraction.quotes) {
      assertAt(text, q.content, `quote of variation ${n}`);
      assertAt(text, q.speakerSpan, `speaker of variation ${n}`);
      assertAt(text, q.cueSpan, `cue of variation ${n}`);
    }
    for (const r of extraction.relations) {
      assertAt(text, r.evidence, `relation of variation ${n}`);
      assert.ok(ids.has(r.source) && ids.has(r.target), 'relation kept without its entities');
    }
    assertAt(text, extraction.titleSpan, `title of variation ${n}`);
  }
});

test('variations: distinct texts mixing sentences of several articles, rebuilt the same from their number', () => {
  const texts = Array.from({ length: 60 }, (_, n) => variation(pool, n).text);
  assert.equal(new Set(texts).size, texts.length);
  const v = variation(pool, 4);
  assert.deepEqual(variation(pool, 4), v);
  const lead = pool[4 % pool.length]!.text;
  assert.ok(v.text.startsWith(lead.split('\n')[0]!), 'opens with its lead article');
  const donors = pool.filter((a) => a.text !== lead);
  assert.ok(texts.some((t, n) => n % pool.length === 0 && donors.some((d) => d.extraction.sentences.slice(1).some((s) => t.includes(d.text.slice(s.start, s.end))))), 'some carry other articles\' sentences');
  assert.match(v.published, /^201[4-6]-\d\d-\d\d$/);
});
