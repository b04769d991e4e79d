import { findEvents } from '../events/find-events.js';
import type { Stage } from './stage.js';

/**
 * Events with their participants, place, date, death toll and certainty. When a quotes
 * stage ran before, a trigger inside a quote's content is at least "reported"; without
 * it the events module reads attribution cues itself.
 */
export const eventsStage: Stage = {
  id: 'events',
  requires: ['entities.ids'],
  run({ text, result }) {
    result.events = findEvents({
      text,
      sentences: result.sentences,
      entities: result.entities,
      attributed: result.quotes.map((q) => q.content),
    });
  },
};
