// Tests of a gap between two independent groups: the two-proportion z test, Fisher's exact test for
// small cells, and Welch's t test for means. Each returns the statistic and a two-sided p-value.
import { logGamma } from './special-functions';
import { studentTCdf } from './distributions';
import { normalTwoSidedP } from './normal-tail';

export interface TestResult {
  method: 'two_proportion_z' | 'fisher_exact' | 'welch_t' | 'gap_change_z';
  /** z or t; NaN for the exact test, which has no statistic. */
  statistic: number;
  p: number;
  /** Welch's degrees of freedom; NaN otherwise. */
  df: number;
}

const NO_TEST: TestResult = { method: 'two_proportion_z', statistic: NaN, p: NaN, df: NaN };

/** z test of x1/n1 against x2/n2 with the pooled standard error (the same p as Pearson's chi-square). */
export function twoProportionZ(x1: number, n1: number, x2: number, n2: number): TestResult {
  if (!(n1 > 0 && n2 > 0)) return NO_TEST;
  const pooled = (x1 + x2) / (n1 + n2);
  const se = Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
  if (!(se > 0)) return { method: 'two_proportion_z', statistic: 0, p: 1, df: NaN };
  const z = (x1 / n1 - x2 / n2) / se;
  return { method: 'two_proportion_z', statistic: z, p: normalTwoSidedP(z), df: NaN };
}

const logChoose = (n: number, k: number): number => logGamma(n + 1) - logGamma(k + 1) - logGamma(n - k + 1);

/**
 * Fisher's exact test of the 2x2 table [[x1, n1 - x1], [x2, n2 - x2]], two-sided as R's fisher.test:
 * the probability of every table with the same margins that is no more likely than the one observed.
 */
export function fisherExact(x1: number, n1: number, x2: number, n2: number): TestResult {
  if (!(n1 > 0 && n2 > 0)) return { ...NO_TEST, method: 'fisher_exact' };
  const successes = x1 + x2;
  const total = n1 + n2;
  const low = Math.max(0, successes - n2);
  const high = Math.min(successes, n1);
  const logDenominator = logChoose(total, successes);
  const logP = (k: number) => logChoose(n1, k) + logChoose(n2, successes - k) - logDenominator;
  const observed = logP(x1);
  // R compares with a relative tolerance of 1e-7 so that tables of equal probability tie exactly.
  const cutoff = observed + Math.log1p(1e-7);
  let p = 0;
  for (let k = low; k <= high; k++) {
    const lp = logP(k);
    if (lp <= cutoff) p += Math.exp(lp);
  }
  return { method: 'fisher_exact', statistic: NaN, p: Math.min(1, p), df: NaN };
}

/**
 * The exact test when any expected count of the 2x2 table is below 5 (the usual rule for when the
 * normal approximation is poor), the z test otherwise.
 */
export function proportionGapTest(x1: number, n1: number, x2: number, n2: number): TestResult {
  const successes = x1 + x2;
  const total = n1 + n2;
  const expected = [n1, n2].flatMap((n) => [(n * successes) / total, (n * (total - successes)) / total]);
  return expected.some((e) => e < 5) ? fisherExact(x1, n1, x2, n2) : twoProportionZ(x1, n1, x2, n2);
}

export interface MeanEstimate {
  mean: number;
  /** Standard error of the mean (for a ratio of sums, its delta-method standard error). */
  se: number;
  /** Units counted: the degrees of freedom of the estimate are n - 1. */
  n: number;
}

/** Welch's t test of two means with unequal variances (Welch-Satterthwaite degrees of freedom). */
export function welchT(a: MeanEstimate, b: MeanEstimate): TestResult {
  const va = a.se * a.se;
  const vb = b.se * b.se;
  if (!(a.n >= 2 && b.n >= 2) || !Number.isFinite(va + vb)) return { ...NO_TEST, method: 'welch_t' };
  if (!(va + vb > 0)) return { method: 'welch_t', statistic: 0, p: a.mean === b.mean ? 1 : 0, df: NaN };
  const t = (a.mean - b.mean) / Math.sqrt(va + vb);
  const df = (va + vb) ** 2 / ((va * va) / (a.n - 1) + (vb * vb) / (b.n - 1));
  const p = 2 * studentTCdf(-Math.abs(t), df);
  return { method: 'welch_t', statistic: t, p: Math.min(1, p), df };
}

/** The mean and standard error of a sample from its sums (n, sum, sum of squares). */
export function meanFromSums(n: number, sum: number, sumSquares: number): MeanEstimate {
  const mean = sum / n;
  const variance = n > 1 ? Math.max(0, (sumSquares - n * mean * mean) / (n - 1)) : NaN;
  return { mean, se: Math.sqrt(variance / n), n };
}
