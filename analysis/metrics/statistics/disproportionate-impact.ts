// The disproportionate-impact methods of the California community colleges' equity practice (as the
// DisImpact R package implements them): percentage-point gap with margin of error, proportionality
// index and 80% index, each with the students needed to stop being flagged and to reach parity.
// All assume the outcome is favourable ("success"); for an adverse outcome pass its complement.

export interface Counts {
  /** Students with the (favourable) outcome, and students counted. */
  x: number;
  n: number;
}

/** The default smallest margin of error: a gap under 3 points is never called disproportionate. */
export const DEFAULT_MINIMUM_MOE = 0.03;

/**
 * Margin of error of the percentage-point gap: 1.96 sqrt(p (1 - p) / n), with p = 0.5 unless the
 * group's own rate is used (then a rate of 0 or 1 is replaced by 0.5), and never below minimumMoe.
 */
export function ppgMarginOfError(n: number, options: { proportion?: number; minimumMoe?: number } = {}): number {
  let p = options.proportion ?? 0.5;
  if (p === 0 || p === 1) p = 0.5;
  return Math.max(1.96 * Math.sqrt((p * (1 - p)) / n), options.minimumMoe ?? DEFAULT_MINIMUM_MOE);
}

export interface PpgResult {
  rate: number;
  /** rate - reference, as a fraction (-0.05 is five points below). */
  gap: number;
  moe: number;
  /** Disproportionately impacted: even the top of the margin (rate + moe) is at or below the reference. */
  impacted: boolean;
  /** More students with the outcome needed so that rate + moe clears the reference; 0 when not impacted. */
  neededNotImpacted: number;
  /** More students with the outcome needed to reach the reference rate; 0 at or above it. */
  neededParity: number;
}

export function percentagePointGap(group: Counts, reference: number, options: { useRateInMoe?: boolean; minimumMoe?: number } = {}): PpgResult {
  const rate = group.x / group.n;
  const moe = ppgMarginOfError(group.n, { proportion: options.useRateInMoe ? rate : undefined, minimumMoe: options.minimumMoe });
  const impacted = rate + moe <= reference;
  return {
    rate,
    gap: rate - reference,
    moe,
    impacted,
    neededNotImpacted: impacted ? ceilCount((reference - (rate + moe)) * group.n) : 0,
    neededParity: rate < reference ? ceilCount((reference - rate) * group.n) : 0,
  };
}

export interface IndexResult {
  index: number;
  impacted: boolean;
  neededNotImpacted: number;
  neededParity: number;
}

/**
 * Proportionality index: the group's share of all successes over its share of all students. The
 * counts needed solve (s + k) / (S + k) = cutoff x (group share) for k, since each added success
 * adds to the total too.
 */
export function proportionalityIndex(groups: readonly Counts[], cutoff = 0.8): IndexResult[] {
  const successes = groups.reduce((sum, g) => sum + g.x, 0);
  const students = groups.reduce((sum, g) => sum + g.n, 0);
  return groups.map((g) => {
    const share = g.n / students;
    const index = g.x / successes / share;
    const impacted = index < cutoff;
    const needed = (target: number) => ceilCount((successes * share * target - g.x) / (1 - share * target));
    return { index, impacted, neededNotImpacted: impacted ? needed(cutoff) : 0, neededParity: index < 1 ? needed(1) : 0 };
  });
}

/** 80% index: the group's rate over the reference rate (by default the highest group's rate). */
export function eightyPercentIndex(groups: readonly Counts[], reference?: number, cutoff = 0.8): IndexResult[] {
  const ref = reference ?? Math.max(...groups.map((g) => g.x / g.n));
  return groups.map((g) => {
    const rate = g.x / g.n;
    const index = rate / ref;
    const impacted = index < cutoff;
    return {
      index,
      impacted,
      neededNotImpacted: impacted ? ceilCount((cutoff * ref - rate) * g.n) : 0,
      neededParity: rate < ref ? ceilCount((ref - rate) * g.n) : 0,
    };
  });
}

/**
 * Fewer students with an adverse outcome needed for the group's risk ratio against a reference risk
 * to fall under `ratio` (the reference group unchanged): x minus the largest count whose ratio is below.
 */
export function fewerNeededForRatio(group: Counts, referenceRate: number, ratio: number): number {
  if (!(referenceRate > 0) || group.x / group.n / referenceRate < ratio) return 0;
  const largestBelow = Math.ceil(ratio * referenceRate * group.n - 1e-9) - 1;
  return group.x - Math.max(0, largestBelow);
}

/** Counts of students are whole: round up, after forgiving floating-point noise at an exact integer. */
const ceilCount = (value: number): number => Math.max(0, Math.ceil(value - 1e-9));
