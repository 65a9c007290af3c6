// Bootstrap percentile intervals for agreement statistics: resample items (criteria) with replacement,
// with a seeded generator so that the same review always prints the same interval.
import type { RatingMatrix } from './rating-matrix';

/** mulberry32: a small, well-distributed 32-bit generator; deterministic for a given seed. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Interval {
  lower: number;
  upper: number;
  /** Resamples where the statistic was defined (the rest, e.g. all ratings identical, are left out). */
  resamples: number;
}

const quantile = (sorted: number[], p: number): number => {
  const position = (sorted.length - 1) * p;
  const below = Math.floor(position);
  const above = Math.ceil(position);
  return sorted[below]! + (sorted[above]! - sorted[below]!) * (position - below);
};

/** The 95% percentile interval of statistic over resampled items; null when too few resamples are defined. */
export function bootstrapInterval(matrix: RatingMatrix, statistic: (sample: RatingMatrix) => number | null, replicates = 1000, seed = 20261205): Interval | null {
  const items = matrix.rows.length;
  if (items < 2) return null;
  const random = seededRandom(seed);
  const values: number[] = [];
  for (let replicate = 0; replicate < replicates; replicate++) {
    const rows = Array.from({ length: items }, () => matrix.rows[Math.floor(random() * items)]!);
    const value = statistic({ rows, categories: matrix.categories });
    if (value !== null && Number.isFinite(value)) values.push(value);
  }
  // Fewer than half defined: the interval would describe a different population of resamples.
  if (values.length < replicates / 2) return null;
  values.sort((a, b) => a - b);
  return { lower: quantile(values, 0.025), upper: quantile(values, 0.975), resamples: values.length };
}
