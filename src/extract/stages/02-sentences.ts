import { splitSentences } from '../tokenize/index.js';
import type { Stage } from './stage.js';

/** Sentences and tokens of the article content (sentences inside boilerplate are dropped). */
export const sentencesStage: Stage = {
  id: 'tokenize.sentences',
  requires: ['document.metadata'],
  run({ text, result }) {
    const boilerplate = result.boilerplate;
    result.sentences = splitSentences(text).filter(
      (sentence) => !boilerplate.some((b) => sentence.start < b.end && b.start < sentence.end),
    );
  },
};
