import { findRelations } from '../relations/index.js';
import type { Stage } from './stage.js';

/** re3d-style relations between the entities of each sentence, with the mentions they were read from. */
export const relationsStage: Stage = {
  id: 'relations',
  requires: ['entities.ids'],
  run({ text, result }) {
    result.relations = findRelations(text, result.sentences, result.entities);
  },
};
