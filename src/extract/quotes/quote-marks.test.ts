import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findQuotedSegments } from './quote-marks.js';

const contents = (text: string) => findQuotedSegments(text).map((s) => [text.slice(s.start, s.end), s.continues, s.close >= 0]);

const CASES: [name: string, text: string, expected: [string, boolean, boolean][]][] = [
  ['curly marks', 'He said: “We are ready.” Then he left.', [['We are ready.', false, true]]],
  ['straight marks', 'She said "no" twice and "never" once.', [['no', false, true], ['never', false, true]]],
  ['doubled apostrophes', "''This isn't tax reform,'' said the economist.", [["This isn't tax reform,", false, true]]],
  ['open paragraph continued by the next', '“The first part\n\n“and the second,” he said.', [['The first part', false, false], ['and the second,', true, true]]],
  ['unclosed paragraph not continued', '“An unclosed remark\n\nA new paragraph without a mark.', [['An unclosed remark', false, false]]],
  ['apostrophes are not marks', 'The group’s leader said it’s over.', []],
];

for (const [name, text, expected] of CASES) {
  test(`quote-marks.test: ${name}`, () => {
    assert.deepEqual(contents(text), expected, `quote-marks.test: ${name}`);
  });
}
