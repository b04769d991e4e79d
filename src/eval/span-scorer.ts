// Precision, recall and F1 of typed spans, per type and micro-averaged, in two modes:
// exact (same start, end and type) and overlap (spans share a character or token and the
// type matches). Matching is one-to-one, so a gold span is credited at most once.

export interface GoldSpan {
  start: number;
  /** Exclusive. */
  end: number;
  type: string;
}

export interface PredictedSpan extends GoldSpan {
  /** Gold types besides `type` this prediction may match (e.g. GPE → Location or Organisation). */
  alsoMatches?: readonly string[];
}

export interface Prf {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface ModeScores {
  perType: Record<string, Prf>;
  micro: Prf;
}

export interface SpanScores {
  exact: ModeScores;
  overlap: ModeScores;
}

type Mode = 'exact' | 'overlap';

interface Tally { tp: number; fp: number; fn: number }

function prf({ tp, fp, fn }: Tally): Prf {
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { tp, fp, fn, precision, recall, f1 };
}

function compatible(predicted: PredictedSpan, gold: GoldSpan): boolean {
  return predicted.type === gold.type || (predicted.alsoMatches?.includes(gold.type) ?? false);
}

export class SpanScorer {
  private readonly tallies: Record<Mode, Map<string, Tally>> = { exact: new Map(), overlap: new Map() };

  /** Scores one unit (a sentence or a document); spans of different units never match. */
  add(gold: readonly GoldSpan[], predicted: readonly PredictedSpan[]): void {
    for (const mode of ['exact', 'overlap'] as const) this.match(mode, gold, predicted);
  }

  private tally(mode: Mode, type: string): Tally {
    let t = this.tallies[mode].get(type);
    if (!t) this.tallies[mode].set(type, (t = { tp: 0, fp: 0, fn: 0 }));
    return t;
  }

  private match(mode: Mode, gold: readonly GoldSpan[], predicted: readonly PredictedSpan[]): void {
    const used = new Uint8Array(gold.length);
    for (const p of predicted) {
      let best = -1;
      let bestOverlap = 0;
      gold.forEach((g, k) => {
        if (used[k] || !compatible(p, g)) return;
        const overlap = Math.min(p.end, g.end) - Math.max(p.start, g.start);
        const ok = mode === 'exact' ? p.start === g.start && p.end === g.end : overlap > 0;
        if (ok && overlap > bestOverlap) { best = k; bestOverlap = overlap; }
      });
      if (best >= 0) {
        used[best] = 1;
        this.tally(mode, gold[best]!.type).tp++;
      } else {
        this.tally(mode, p.type).fp++;
      }
    }
    gold.forEach((g, k) => { if (!used[k]) this.tally(mode, g.type).fn++; });
  }

  /** Scores so far. `types` fixes the per-type rows (others still count in micro). */
  scores(types?: readonly string[]): SpanScores {
    const result = (mode: Mode): ModeScores => {
      const perType: Record<string, Prf> = {};
      const total: Tally = { tp: 0, fp: 0, fn: 0 };
      const names = types ?? [...this.tallies[mode].keys()].sort();
      for (const name of names) perType[name] = prf(this.tallies[mode].get(name) ?? { tp: 0, fp: 0, fn: 0 });
      for (const t of this.tallies[mode].values()) { total.tp += t.tp; total.fp += t.fp; total.fn += t.fn; }
      return { perType, micro: prf(total) };
    };
    return { exact: result('exact'), overlap: result('overlap') };
  }
}

/** A fixed-width table of per-type and micro scores, exact and overlap side by side. */
export function formatScores(scores: SpanScores): string {
  const pct = (x: number) => (100 * x).toFixed(2).padStart(6);
  const rows = [`${'type'.padEnd(8)} ${'exact P'.padStart(7)} ${'R'.padStart(6)} ${'F1'.padStart(6)}   ${'overlap P'.padStart(9)} ${'R'.padStart(6)} ${'F1'.padStart(6)}   ${'gold'.padStart(5)} ${'pred'.padStart(5)}`];
  const line = (name: string, e: Prf, o: Prf) =>
    `${name.padEnd(8)} ${pct(e.precision).padStart(7)} ${pct(e.recall)} ${pct(e.f1)}   ${pct(o.precision).padStart(9)} ${pct(o.recall)} ${pct(o.f1)}   ${String(e.tp + e.fn).padStart(5)} ${String(e.tp + e.fp).padStart(5)}`;
  for (const name of Object.keys(scores.exact.perType)) rows.push(line(name, scores.exact.perType[name]!, scores.overlap.perType[name]!));
  rows.push(line('micro', scores.exact.micro, scores.overlap.micro));
  return rows.join('\n');
}
