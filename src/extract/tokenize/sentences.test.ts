import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitSentences } from './sentences.js';

const cases: [string, string[]][] = [
  ['He left. She stayed.', ['He left.', 'She stayed.']],
  ['Officials in the U.S. said so. Others did not.', ['Officials in the U.S. said so.', 'Others did not.']],
  ['It came from the U.S. The next day it left.', ['It came from the U.S.', 'The next day it left.']],
  ['Gen. Smith met Mr. Jones on Dec. 6 in Raqqa.', ['Gen. Smith met Mr. Jones on Dec. 6 in Raqqa.']],
  ['“I suppose so. This should be fun,” one official said. Then he left.',
    ['“I suppose so.', 'This should be fun,” one official said.', 'Then he left.']],
  ['He said: “It is over.” Nobody agreed.', ['He said: “It is over.”', 'Nobody agreed.']],
  ['Headline without a stop\n\nFirst line.\nSecond line', ['Headline without a stop', 'First line.', 'Second line']],
  ['Is it true? Yes! (It was.) Then', ['Is it true?', 'Yes!', '(It was.)', 'Then']],
  ['in 3.5 years at 10 a.m. on Friday.', ['in 3.5 years at 10 a.m. on Friday.']],
];

for (const [input, expected] of cases) {
  test(`sentences.test: ${input.replace(/\n/g, '\\n')}`, () => {
    const sentences = splitSentences(input);
    assert.deepEqual(sentences.map((s) => input.slice(s.start, s.end)), expected, `sentences.test: ${input}`);
  });
}

test('sentences.test: CRLF line ends and empty text', () => {
  assert.deepEqual(splitSentences('').length, 0);
  const text = 'One.\r\nTwo.';
  assert.deepEqual(splitSentences(text).map((s) => text.slice(s.start, s.end)), ['One.', 'Two.']);
});
