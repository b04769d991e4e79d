import type { AliasTable } from './entities/aliases.js';
import type { Article, Extraction } from './extraction.js';
import type { NerTagger } from './ner/tagger.js';
import type { PlaceKnowledge } from './places/resolve.js';
import { documentStage } from './stages/01-document.js';
import { sentencesStage } from './stages/02-sentences.js';
import { namesStage } from './stages/03-names.js';
import { valuesStage } from './stages/04-values.js';
import { entitiesStage } from './stages/05-entities.js';
import { placesStage } from './stages/06-places.js';
import { quotesStage } from './stages/07-quotes.js';
import { eventsStage } from './stages/08-events.js';
import { relationsStage } from './stages/09-relations.js';
import type { CueLexicon } from './quotes/cue-lexicon.js';
import type { Stage, StageContext } from './stages/stage.js';

/** What an extractor is built from: loaded models and knowledge, passed in (no I/O here). */
export interface ExtractorResources {
  tagger: NerTagger;
  aliases: AliasTable;
  /** Gazetteer and demonyms for placing GPE/LOC/FAC mentions on the map; without it, no geo. */
  places?: PlaceKnowledge;
  quoteCues: CueLexicon;
}

export interface Extractor {
  /** Stage ids in the order they run (stored as provenance). */
  readonly stages: readonly string[];
  extract(article: Article): Extraction;
}

/** A fresh extractor; nothing global is changed, so several can live side by side. */
export function createExtractor(resources: ExtractorResources): Extractor {
  const stages = checkStageOrder([
    documentStage,
    sentencesStage,
    namesStage(resources.tagger, resources.aliases),
    valuesStage,
    entitiesStage(resources.aliases),
    ...(resources.places ? [placesStage(resources.places)] : []),
    quotesStage(resources.quoteCues),
    eventsStage,
    relationsStage,
  ]);
  return {
    stages: stages.map((s) => s.id),
    extract(article) {
      const context: StageContext = { article, text: article.text, result: emptyExtraction(), names: [], values: [] };
      for (const stage of stages) stage.run(context);
      return context.result;
    },
  };
}

function emptyExtraction(): Extraction {
  return { title: null, titleSpan: null, published: null, boilerplate: [], sentences: [], entities: [], events: [], quotes: [], relations: [] };
}

/** A stage that runs before one it requires is a programming error: fail at construction. */
export function checkStageOrder(stages: Stage[]): Stage[] {
  const seen = new Set<string>();
  for (const stage of stages) {
    for (const required of stage.requires) {
      if (!seen.has(required)) throw new Error(`stage "${stage.id}" requires "${required}", which does not run before it`);
    }
    seen.add(stage.id);
  }
  return stages;
}
