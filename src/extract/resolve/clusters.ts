import type { AliasEntry } from '../entities/aliases.js';
import type { LocalEntity } from './local-entities.js';
import type { Merge } from './types.js';

/**
 * Disjoint sets of local entities that refuse a merge across type groups or between two
 * different actors of the alias file (so ISIS and ISIS-K never meet, whatever joins them).
 */
export class Clusters {
  private readonly parent: number[];
  private readonly aliasEntry: (AliasEntry | undefined)[];
  private readonly merges: Merge[][];

  constructor(readonly locals: LocalEntity[]) {
    this.parent = locals.map((_, i) => i);
    this.aliasEntry = locals.map((l) => l.aliasEntry);
    this.merges = locals.map(() => []);
  }

  find(i: number): number {
    let root = i;
    while (this.parent[root] !== root) root = this.parent[root]!;
    while (this.parent[i] !== root) {
      const next = this.parent[i]!;
      this.parent[i] = root;
      i = next;
    }
    return root;
  }

  canJoin(a: number, b: number): boolean {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return true;
    if (this.locals[ra]!.group !== this.locals[rb]!.group) return false;
    const ea = this.aliasEntry[ra];
    const eb = this.aliasEntry[rb];
    return !(ea && eb && ea !== eb);
  }

  /** Joins the sets of a and b unless that is refused; the earlier root stays the root. */
  join(a: number, b: number, merge: Merge): boolean {
    if (!this.canJoin(a, b)) return false;
    let ra = this.find(a);
    let rb = this.find(b);
    if (ra === rb) return false;
    if (rb < ra) [ra, rb] = [rb, ra];
    this.parent[rb] = ra;
    this.aliasEntry[ra] ??= this.aliasEntry[rb];
    this.merges[ra]!.push(...this.merges[rb]!, merge);
    this.merges[rb] = [];
    return true;
  }

  aliasEntryOf(i: number): AliasEntry | undefined {
    return this.aliasEntry[this.find(i)];
  }

  mergesOf(root: number): Merge[] {
    return this.merges[root]!;
  }

  /** Members of each set, sets in order of their first local entity. */
  groups(): number[][] {
    const byRoot = new Map<number, number[]>();
    this.locals.forEach((_, i) => {
      const root = this.find(i);
      const list = byRoot.get(root);
      if (list) list.push(i);
      else byRoot.set(root, [i]);
    });
    return [...byRoot.values()];
  }
}
