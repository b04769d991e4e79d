// Averaged perceptron with lazy ("timestamp") averaging: each weight remembers when it
// last changed, so the running sum is brought up to date only when the weight is touched.

import type { WeightTable } from './weights.js';

export class AveragedPerceptron implements WeightTable {
  private readonly weights: Float64Array;
  private readonly totals: Float64Array;
  private readonly stamps: Float64Array;
  /** Number of examples seen: the clock of the averaging. */
  private clock = 0;

  constructor(readonly features: number, readonly labels: number) {
    const size = features * labels;
    this.weights = new Float64Array(size);
    this.totals = new Float64Array(size);
    this.stamps = new Float64Array(size);
  }

  scoreInto(ids: Int32Array, count: number, scores: Float64Array): void {
    const L = this.labels;
    const w = this.weights;
    scores.fill(0);
    for (let k = 0; k < count; k++) {
      const row = ids[k]! * L;
      for (let l = 0; l < L; l++) scores[l] += w[row + l]!;
    }
  }

  /** One example: reward the gold label's features, penalise the predicted one's. */
  learn(ids: Int32Array, count: number, gold: number, predicted: number): void {
    this.clock++;
    if (gold === predicted) return;
    for (let k = 0; k < count; k++) {
      const row = ids[k]! * this.labels;
      this.bump(row + gold, 1);
      this.bump(row + predicted, -1);
    }
  }

  private bump(at: number, delta: number): void {
    this.totals[at] += (this.clock - this.stamps[at]!) * this.weights[at]!;
    this.stamps[at] = this.clock;
    this.weights[at] += delta;
  }

  /** The averaged weights as of now (training may continue afterwards). */
  averaged(): Float32Array {
    const out = new Float32Array(this.weights.length);
    const clock = Math.max(this.clock, 1);
    for (let i = 0; i < out.length; i++) {
      out[i] = (this.totals[i]! + (clock - this.stamps[i]!) * this.weights[i]!) / clock;
    }
    return out;
  }
}
