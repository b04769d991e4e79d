import { findDates, findNumbers } from '../temporal/index.js';
import type { Stage } from './stage.js';

/** Dates and times (with TIMEX3 values resolved against the publication date) and numbers. */
export const valuesStage: Stage = {
  id: 'values.dates-numbers',
  requires: ['document.metadata'],
  run(context) {
    const { text, result } = context;
    const exclude = result.boilerplate;
    context.values.push(...findDates(text, { published: result.published, exclude }));
    context.values.push(...findNumbers(text, { exclude }));
  },
};
