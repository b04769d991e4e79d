import type { TypedMention } from '../entities/assign-ids.js';
import type { Article, Extraction } from '../extraction.js';

/** Work in progress shared by the stages of one extraction. */
export interface StageContext {
  article: Article;
  text: string;
  result: Extraction;
  /** Name mentions from the tagger, before ids are assigned. */
  names: TypedMention[];
  /** Date, time and number mentions, before ids are assigned. */
  values: TypedMention[];
}

/**
 * One step of the pipeline. `id` is stable (it is stored as provenance);
 * `requires` names the stages that must run before it.
 */
export interface Stage {
  id: string;
  requires: string[];
  run(context: StageContext): void;
}
