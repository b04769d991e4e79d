import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitSentences } from '../tokenize/index.js';
import { attributedTokens, interviewAnswers } from './attribution.js';
import { viewSentence } from './sentence-view.js';

/** The words of the sentence that a source is said to tell. */
function attributedWords(sentence: string): string[] {
  const view = viewSentence(splitSentences(sentence)[0]!, [], 0);
  const marks = attributedTokens(view);
  return view.tokens.filter((_, i) => marks[i] === 1).map((t) => t.text);
}

test('attribution.test: the scope of a cue', () => {
  const cases: [string, string[]][] = [
    ['Officials said that troops moved north.', ['that', 'troops', 'moved', 'north', '.']],
    ['Troops moved north, officials said.', ['Troops', 'moved', 'north', ',', 'officials']],
    ['According to officials, troops moved north.', ['According', 'to', 'officials', ',', 'troops', 'moved', 'north', '.']],
    ['Troops moved north.', []],
    ['The report of the meeting was short.', []],
  ];
  for (const [sentence, expected] of cases) assert.deepEqual(attributedWords(sentence), expected, `attribution.test: ${sentence}`);
});

test('attribution.test: interview answers follow a question paragraph', () => {
  const text = 'Headline\n\nIntro paragraph.\n\nQ: What happened?\n\nThey left.\n\nThey came back.\n\nQ: Why?\n\nFear.\n';
  const answers = interviewAnswers(text).map((s) => text.slice(s.start, s.end));
  assert.deepEqual(answers, ['They left.', 'They came back.', 'Fear.']);
  assert.deepEqual(interviewAnswers('No questions here.\n\nNone at all.'), []);
});
