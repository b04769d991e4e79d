// The named-entity tagger: a trained model plus the greedy decoder.

import { GreedyDecoder } from './decoder.js';
import { FEATURE_VERSION } from './features.js';
import { FeatureTable } from './hashing.js';
import { LABELS, spansOfLabels, type EntityClass } from './labels.js';
import { trimNames } from './trim-spans.js';
import { readModel, type NerModel } from './model-format.js';
import { Int16Weights, type WeightTable } from './weights.js';

export interface TokenEntitySpan {
  sentence: number;
  /** First token, inclusive. */
  start: number;
  /** Last token, exclusive. */
  end: number;
  type: EntityClass;
}

export class NerTagger {
  private readonly decoder: GreedyDecoder;
  private readonly weights: WeightTable;

  private constructor(readonly model: NerModel) {
    if (model.labels.join(' ') !== LABELS.join(' ')) throw new Error('ner model: its labels differ from this code\'s');
    if (model.meta['featureVersion'] !== FEATURE_VERSION) {
      throw new Error(`ner model: trained with features version ${String(model.meta['featureVersion'])}, this code computes version ${FEATURE_VERSION}; retrain with npm run train:ner`);
    }
    this.decoder = new GreedyDecoder(new FeatureTable(model.features), model.gazetteer, model.clusters);
    this.weights = new Int16Weights(model.weights, LABELS.length);
  }

  static fromBytes(bytes: Uint8Array): NerTagger {
    return new NerTagger(readModel(bytes));
  }

  static fromModel(model: NerModel): NerTagger {
    return new NerTagger(model);
  }

  /** Tag one document given as sentences of token strings; returns BILOU labels per token. */
  tagDocument(sentences: string[][]): string[][] {
    const labels = this.decoder.decode(this.decoder.encode(sentences), this.weights);
    return labels.map((sentence, i) => trimNames(sentences[i]!, Array.from(sentence, (l) => LABELS[l]!)));
  }

  /** Spans as token index ranges (end exclusive) with CoNLL types, per sentence. */
  spansOfDocument(sentences: string[][]): TokenEntitySpan[][] {
    return this.tagDocument(sentences).map((labels, sentence) => spansOfLabels(labels).map((span) => ({ sentence, ...span })));
  }
}
