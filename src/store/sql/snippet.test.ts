import { test } from 'node:test';
import assert from 'node:assert/strict';
import { leadSnippet, MARK_END, MARK_START, parseMarkedSnippet } from './snippet.js';

const mark = (word: string) => `${MARK_START}${word}${MARK_END}`;

test('snippet: marked ranges become highlights in the plain text', () => {
  const cases: [string, string, [number, number][]][] = [
    [`the ${mark('airstrike')} hit`, 'the airstrike hit', [[4, 13]]],
    [`${mark('Raqqa')}\n\n and ${mark('Palmyra')}`, 'Raqqa and Palmyra', [[0, 5], [10, 17]]],
    ['no match here', 'no match here', []],
  ];
  for (const [marked, text, ranges] of cases) {
    const parsed = parseMarkedSnippet(marked);
    assert.equal(parsed.snippet, text, `snippet: ${text}`);
    assert.deepEqual(parsed.highlights.map((h) => [h.start, h.end]), ranges, `snippet: ${text} highlights`);
    for (const h of parsed.highlights) assert.notEqual(parsed.snippet.slice(h.start, h.end).trim(), '', 'snippet: highlight not empty');
  }
});

test('snippet: the lead is cut at a word boundary', () => {
  assert.equal(leadSnippet('short text'), 'short text');
  const lead = leadSnippet('word '.repeat(100), 22);
  assert.equal(lead, 'word word word word…');
});
