// Precision, recall and F1 of relations matched at mention level: same type, and the
// predicted source and target mentions overlap the gold relation's source and target.
//
// Direction: belongs_to, in_charge_of, fighting_against, likes, dislikes and
// has_the_attribute_of are directed (source must match source). communicated_with,
// military_allies_of, is_the_same_as, co_located and apart are symmetric in meaning (re3d
// often annotates them both ways, or either way), so for them either orientation matches and
// gold relations annotated in both directions count once. Matching is one-to-one.

import type { RelationType, Span } from '../extract/types.js';
import type { Prf } from './span-scorer.js';

export const SYMMETRIC_TYPES: ReadonlySet<RelationType> = new Set<RelationType>([
  'communicated_with', 'military_allies_of', 'is_the_same_as', 'co_located', 'apart',
]);

export interface ScoredRelation {
  type: RelationType;
  source: Span;
  target: Span;
}

export interface GoldForScoring extends ScoredRelation {
  /** false: a relation outside what is being scored; a prediction matching it counts neither way. */
  scored: boolean;
}

export interface RelationScores {
  perType: Record<string, Prf>;
  micro: Prf;
}

interface Tally { tp: number; fp: number; fn: number }

const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

export class RelationScorer {
  private readonly tallies = new Map<string, Tally>();

  /** @param ignoreDirection match every type in either orientation (a secondary figure). */
  constructor(private readonly ignoreDirection = false) {}

  /** Scores one document; relations of different documents never match. */
  add(gold: readonly GoldForScoring[], predicted: readonly ScoredRelation[]): void {
    const unique = this.dedupe(gold);
    const used = new Array<boolean>(unique.length).fill(false);
    for (const p of this.dedupe(predicted.map((r) => ({ ...r, scored: true })))) {
      const hit = unique.findIndex((g, k) => !used[k] && this.matches(p, g));
      if (hit >= 0) {
        used[hit] = true;
        if (unique[hit]!.scored) this.tally(p.type).tp++;
      } else if (!unique.some((g) => !g.scored && this.matches(p, g))) {
        this.tally(p.type).fp++;
      }
    }
    unique.forEach((g, k) => { if (!used[k] && g.scored) this.tally(g.type).fn++; });
  }

  scores(): RelationScores {
    const perType: Record<string, Prf> = {};
    const total: Tally = { tp: 0, fp: 0, fn: 0 };
    for (const [type, t] of [...this.tallies].sort(([a], [b]) => a.localeCompare(b))) {
      perType[type] = prf(t);
      total.tp += t.tp; total.fp += t.fp; total.fn += t.fn;
    }
    return { perType, micro: prf(total) };
  }

  private symmetric(type: RelationType): boolean {
    return this.ignoreDirection || SYMMETRIC_TYPES.has(type);
  }

  private matches(p: ScoredRelation, g: ScoredRelation): boolean {
    if (p.type !== g.type) return false;
    if (overlaps(p.source, g.source) && overlaps(p.target, g.target)) return true;
    return this.symmetric(p.type) && overlaps(p.source, g.target) && overlaps(p.target, g.source);
  }

  /** One row per relation: the same spans (either way round for symmetric types) count once. */
  private dedupe(relations: readonly GoldForScoring[]): GoldForScoring[] {
    const byKey = new Map<string, GoldForScoring>();
    for (const r of relations) {
      let ends = [`${r.source.start}-${r.source.end}`, `${r.target.start}-${r.target.end}`];
      if (this.symmetric(r.type)) ends = ends.sort();
      const key = `${r.type}|${ends.join('|')}`;
      const seen = byKey.get(key);
      if (!seen || (!seen.scored && r.scored)) byKey.set(key, r);
    }
    return [...byKey.values()];
  }

  private tally(type: string): Tally {
    let t = this.tallies.get(type);
    if (!t) this.tallies.set(type, (t = { tp: 0, fp: 0, fn: 0 }));
    return t;
  }
}

function prf({ tp, fp, fn }: Tally): Prf {
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { tp, fp, fn, precision, recall, f1 };
}

export function formatRelationScores(scores: RelationScores): string {
  const row = (name: string, s: Prf) =>
    `${name.padEnd(22)} ${s.precision.toFixed(3)}  ${s.recall.toFixed(3)}  ${s.f1.toFixed(3)}  ${String(s.tp).padStart(4)} ${String(s.fp).padStart(4)} ${String(s.fn).padStart(4)}`;
  const lines = [`${'type'.padEnd(22)} P      R      F1      tp   fp   fn`];
  for (const [type, s] of Object.entries(scores.perType)) lines.push(row(type, s));
  lines.push(row('micro', scores.micro));
  return lines.join('\n');
}
