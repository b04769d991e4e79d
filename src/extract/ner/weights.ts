// What the decoder needs from a model: scores of every label for a set of feature ids.

export interface WeightTable {
  /** scores[label] = sum of the weights of the features in ids[0..count) for that label. */
  scoreInto(ids: Int32Array, count: number, scores: Float64Array): void;
}

/** Float weights (e.g. an averaged snapshot or the perceptron being trained) as a WeightTable. */
export class FloatWeights implements WeightTable {
  constructor(readonly weights: Float32Array, private readonly labels: number) {}

  // Each table keeps its own copy of this loop on purpose: one shared function over
  // several array types turns polymorphic in V8 and tags about 25 % slower (measured).
  scoreInto(ids: Int32Array, count: number, scores: Float64Array): void {
    const L = this.labels;
    const w = this.weights;
    scores.fill(0);
    for (let k = 0; k < count; k++) {
      const row = ids[k]! * L;
      for (let l = 0; l < L; l++) scores[l] += w[row + l]!;
    }
  }
}

/** Quantised weights as stored in the model file: one row of `labels` Int16 values per feature. */
export class Int16Weights implements WeightTable {
  /** Integer sums are exact and faster than float ones. */
  private readonly sums: Int32Array;

  constructor(private readonly weights: Int16Array, private readonly labels: number) {
    this.sums = new Int32Array(labels);
  }

  scoreInto(ids: Int32Array, count: number, scores: Float64Array): void {
    const L = this.labels;
    const w = this.weights;
    const sums = this.sums;
    sums.fill(0);
    for (let k = 0; k < count; k++) {
      const row = ids[k]! * L;
      for (let l = 0; l < L; l++) sums[l] += w[row + l]!;
    }
    for (let l = 0; l < L; l++) scores[l] = sums[l]!;
  }
}
