// Krippendorff's alpha (Krippendorff 2011, "Computing Krippendorff's alpha-reliability"): 1 - Do/De from
// the coincidence matrix of values paired within items, for any number of raters with missing values.
// The ordinal metric suits a rubric scale: a disagreement costs more the more ratings lie between the two.
import { categoryCounts, checkMatrix, type RatingMatrix } from './rating-matrix';

export type AlphaMetric = 'nominal' | 'ordinal' | 'interval';

/** o_ck: each item with m >= 2 values adds 1/(m-1) for every ordered pair of values from different raters. */
export function coincidences(matrix: RatingMatrix): number[][] {
  checkMatrix(matrix);
  const q = matrix.categories;
  const o = Array.from({ length: q }, () => new Array<number>(q).fill(0));
  const { counts, raters } = categoryCounts(matrix);
  counts.forEach((perCategory, item) => {
    const m = raters[item]!;
    if (m < 2) return;
    for (let c = 0; c < q; c++) {
      for (let k = 0; k < q; k++) {
        const pairs = c === k ? perCategory[c]! * (perCategory[c]! - 1) : perCategory[c]! * perCategory[k]!;
        o[c]![k]! += pairs / (m - 1);
      }
    }
  });
  return o;
}

function squaredDistance(metric: AlphaMetric, c: number, k: number, marginals: number[]): number {
  if (c === k) return 0;
  switch (metric) {
    case 'nominal':
      return 1;
    case 'interval':
      return (c - k) ** 2;
    case 'ordinal': {
      const [low, high] = c < k ? [c, k] : [k, c];
      let between = 0;
      for (let g = low; g <= high; g++) between += marginals[g]!;
      return (between - (marginals[c]! + marginals[k]!) / 2) ** 2;
    }
  }
}

/** Alpha, or null when there are fewer than two pairable values or every pairable value is the same. */
export function krippendorffAlpha(matrix: RatingMatrix, metric: AlphaMetric = 'ordinal'): number | null {
  const o = coincidences(matrix);
  const q = matrix.categories;
  const marginals = o.map((row) => row.reduce((a, b) => a + b, 0));
  const n = marginals.reduce((a, b) => a + b, 0);
  if (n < 2) return null;
  let observed = 0;
  let expected = 0;
  for (let c = 0; c < q; c++) {
    for (let k = 0; k < q; k++) {
      const delta = squaredDistance(metric, c, k, marginals);
      observed += o[c]![k]! * delta;
      expected += marginals[c]! * marginals[k]! * delta;
    }
  }
  if (expected === 0) return null;
  return 1 - ((n - 1) * observed) / expected;
}
