// Empirical-Bayes (beta-binomial) shrinkage of small groups' rates toward their school or district
// mean, so a group of 12 students can be discussed beside its raw rate without over-reading it.
import { incompleteBeta } from './special-functions';

export interface ShrinkageCell {
  /** Units with the outcome and units counted. */
  x: number;
  n: number;
  /** The mean the cell is shrunk toward (its school's or the district's rate). */
  prior: number;
}

/** Prior strength used when the groups vary no more than binomial noise: all but full pooling. */
export const MAX_PRIOR_STRENGTH = 1e6;

/**
 * The prior strength M (a "prior sample size": Beta(M mu, M (1 - mu)) around each cell's own mean)
 * by the method of moments. Under the beta-binomial model E[n (p - mu)^2] = mu (1 - mu) [1 + (n - 1) rho]
 * with rho = 1 / (M + 1), so pooling the cells with weight n gives
 *   rho = sum [n (p - mu)^2 - mu (1 - mu)] / sum mu (1 - mu) (n - 1).
 * Groups that vary no more than chance (rho <= 0) get MAX_PRIOR_STRENGTH.
 */
export function betaBinomialStrength(cells: readonly ShrinkageCell[]): number {
  let numerator = 0;
  let denominator = 0;
  for (const { x, n, prior } of cells) {
    if (!(n > 0) || !(prior > 0 && prior < 1)) continue;
    const p = x / n;
    const binomial = prior * (1 - prior);
    numerator += n * (p - prior) ** 2 - binomial;
    denominator += binomial * (n - 1);
  }
  if (!(denominator > 0)) return NaN;
  const rho = numerator / denominator;
  if (!(rho > 0)) return MAX_PRIOR_STRENGTH;
  return Math.min(MAX_PRIOR_STRENGTH, 1 / Math.min(rho, 1) - 1);
}

export interface ShrunkRate {
  /** Posterior mean (x + M mu) / (n + M). */
  estimate: number;
  /** Equal-tailed credible interval from the Beta posterior. */
  lower: number;
  upper: number;
  /** The share of the estimate that comes from the group's own data: n / (n + M). */
  ownWeight: number;
}

/** The posterior Beta(x + M mu, n - x + M (1 - mu)) of one cell: its mean and interval. */
export function shrinkRate(cell: ShrinkageCell, strength: number, confidence = 0.95): ShrunkRate {
  const { x, n, prior } = cell;
  if (!(n > 0) || !Number.isFinite(strength) || !(prior >= 0 && prior <= 1)) return { estimate: NaN, lower: NaN, upper: NaN, ownWeight: NaN };
  const a = x + strength * prior;
  const b = n - x + strength * (1 - prior);
  const tail = (1 - confidence) / 2;
  return { estimate: a / (a + b), lower: betaQuantile(tail, a, b), upper: betaQuantile(1 - tail, a, b), ownWeight: n / (n + strength) };
}

/** Quantile of Beta(a, b) by bisection on the regularized incomplete beta function. */
export function betaQuantile(p: number, a: number, b: number): number {
  if (a <= 0) return 0;
  if (b <= 0) return 1;
  let low = 0;
  let high = 1;
  for (let i = 0; i < 100 && high - low > 1e-12; i++) {
    const mid = (low + high) / 2;
    if (incompleteBeta(mid, a, b) < p) low = mid;
    else high = mid;
  }
  return (low + high) / 2;
}
