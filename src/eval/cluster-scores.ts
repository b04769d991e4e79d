// Scores of a clustering against gold clusters over the same items: B-cubed (Bagga & Baldwin
// 1998, per-item precision and recall averaged over items) and pairwise (over all pairs of
// items, are two in one cluster in both?).

export interface ClusteredItem {
  gold: string;
  predicted: string;
}

export interface ClusterScore {
  precision: number;
  recall: number;
  f1: number;
}

const f1 = (p: number, r: number) => (p + r > 0 ? (2 * p * r) / (p + r) : 0);

function counts(items: ClusteredItem[]) {
  const gold = new Map<string, number>();
  const predicted = new Map<string, number>();
  const both = new Map<string, number>();
  for (const { gold: g, predicted: p } of items) {
    gold.set(g, (gold.get(g) ?? 0) + 1);
    predicted.set(p, (predicted.get(p) ?? 0) + 1);
    const cell = `${g}\u0000${p}`;
    both.set(cell, (both.get(cell) ?? 0) + 1);
  }
  return { gold, predicted, both };
}

export function bcubed(items: ClusteredItem[]): ClusterScore {
  if (items.length === 0) return { precision: 1, recall: 1, f1: 1 };
  const { gold, predicted, both } = counts(items);
  let precision = 0;
  let recall = 0;
  for (const { gold: g, predicted: p } of items) {
    const shared = both.get(`${g}\u0000${p}`)!;
    precision += shared / predicted.get(p)!;
    recall += shared / gold.get(g)!;
  }
  precision /= items.length;
  recall /= items.length;
  return { precision, recall, f1: f1(precision, recall) };
}

export function pairwise(items: ClusteredItem[]): ClusterScore {
  const { gold, predicted, both } = counts(items);
  const pairs = (sizes: Map<string, number>) => [...sizes.values()].reduce((sum, n) => sum + (n * (n - 1)) / 2, 0);
  const shared = pairs(both);
  const predictedPairs = pairs(predicted);
  const goldPairs = pairs(gold);
  // No pairs to find and none claimed is a perfect score, as for an empty span set.
  const precision = predictedPairs ? shared / predictedPairs : 1;
  const recall = goldPairs ? shared / goldPairs : 1;
  return { precision, recall, f1: f1(precision, recall) };
}
