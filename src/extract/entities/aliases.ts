import type { EntityType } from '../types.js';
import { foldName } from './names.js';

export interface AliasEntry {
  name: string;
  type: EntityType;
  aliases: string[];
  distinctFrom?: string[];
}

export interface AliasFile {
  entries: AliasEntry[];
}

/** Looks up well-known actors by any of their names (folded), built once per extractor. */
export class AliasTable {
  private readonly byKey = new Map<string, AliasEntry>();
  /** Names as written (capitalised ones only), for finding them in text the tagger missed. */
  readonly surfaces = new Map<string, AliasEntry>();
  readonly longestSurfaceWords: number;

  constructor(file: AliasFile) {
    for (const entry of file.entries) {
      for (const name of [entry.name, ...entry.aliases]) {
        const key = foldName(name);
        const existing = this.byKey.get(key);
        if (existing && existing !== entry) {
          throw new Error(`alias "${name}" is listed for both "${existing.name}" and "${entry.name}"`);
        }
        this.byKey.set(key, entry);
        if (/^\p{Lu}/u.test(name)) this.surfaces.set(name, entry);
      }
    }
    this.longestSurfaceWords = Math.max(0, ...[...this.surfaces.keys()].map((name) => name.split(/\s+/).length));
  }

  lookup(name: string): AliasEntry | undefined {
    return this.byKey.get(foldName(name));
  }

  static empty(): AliasTable {
    return new AliasTable({ entries: [] });
  }
}
