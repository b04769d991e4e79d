// Attribution cue words learned from annotated news (models/quotes/cues.json): for each
// lower-cased word, how often it was part of a cue and how often it occurred at all.

export interface CueLexiconFile {
  version: 1;
  /** What the counts were learned from (recorded for the model card). */
  trainedOn: string;
  minCount: number;
  /** word → [times inside a cue span, times in the text]. */
  words: Record<string, [number, number]>;
}

export class CueLexicon {
  private readonly ratios = new Map<string, number>();

  constructor(file: CueLexiconFile) {
    for (const [word, [cue, total]] of Object.entries(file.words)) this.ratios.set(word, total > 0 ? cue / total : 0);
  }

  /** The share of a word's occurrences that were attribution cues (0 for unknown words). */
  cueRate(word: string): number {
    return this.ratios.get(word.toLowerCase()) ?? 0;
  }
}
