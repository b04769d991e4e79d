import { type CueLexicon, findQuotes } from '../quotes/index.js';
import type { Stage } from './stage.js';

/** Quotes and reported claims with their speakers (entity ids), cues and certainty. */
export function quotesStage(cues: CueLexicon): Stage {
  return {
    id: 'quotes.attribution',
    requires: ['entities.ids'],
    run({ text, result }) {
      result.quotes = findQuotes({ text, sentences: result.sentences, entities: result.entities }, cues);
    },
  };
}
