// Word clusters learned from unlabelled news text (see learn-clusters.ts): each known
// word (normalised and digits folded, case kept: "Air" in "Syrian Air Force" is used unlike
// "air", which is the point for names) has a hierarchical path
// such as "3.17.2.0", coarse to fine. The tagger uses the hashes of the path's prefixes
// as features, so that a rare name shares weights with the words it is used like.

import { fnv } from './hashing.js';

export class WordClusters {
  /** Per word: the hash of each prefix of its path, coarse to fine. */
  private readonly prefixes = new Map<string, Uint32Array>();

  constructor(readonly paths: ReadonlyMap<string, string>) {
    for (const [word, path] of paths) {
      const parts = path.split('.');
      this.prefixes.set(word, Uint32Array.from(parts, (_, k) => fnv(parts.slice(0, k + 1).join('.'))));
    }
  }

  static readonly EMPTY = new WordClusters(new Map());

  get size(): number {
    return this.paths.size;
  }

  /** Prefix hashes of the word's path, coarse to fine, or undefined for a word with no cluster. */
  of(word: string): Uint32Array | undefined {
    return this.prefixes.get(word);
  }

  /** "word<TAB>path" lines: the cluster table (models/ner/clusters.tsv) and its form in the model file. */
  serialize(): string {
    return [...this.paths].map(([word, path]) => `${word}\t${path}`).join('\n');
  }

  static deserialize(text: string): WordClusters {
    const paths = new Map<string, string>();
    for (const line of text.split('\n')) {
      if (!line) continue;
      const tab = line.lastIndexOf('\t');
      if (tab <= 0 || !/^\d+(\.\d+)*$/.test(line.slice(tab + 1))) throw new Error(`word clusters: bad line "${line.slice(0, 60)}"`);
      paths.set(line.slice(0, tab), line.slice(tab + 1));
    }
    return new WordClusters(paths);
  }
}
