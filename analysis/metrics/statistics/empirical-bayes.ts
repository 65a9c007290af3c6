// Empirical-Bayes (beta-binomial) shrinkage of small groups' rates toward their school or district
// mean, so a group of 12 students can be discussed beside its raw rate without over-reading it.
import { incompleteBeta, logGamma } from './special-functions';

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

/**
 * Quantile of Beta(a, b): Newton's method on the regularized incomplete beta function, kept inside a
 * bisection bracket so it cannot diverge (a few iterations instead of forty bisections per interval end).
 */
export function betaQuantile(p: number, a: number, b: number): number {
  if (a <= 0) return 0;
  if (b <= 0) return 1;
  // Search on the side of 0 (where relative precision is plentiful): the upper tail by symmetry.
  if (p > 0.5) return 1 - betaQuantile(1 - p, b, a);
  const logNorm = logGamma(a + b) - logGamma(a) - logGamma(b);
  let low = 0;
  let high = 1;
  let x = a / (a + b);
  for (let i = 0; i < 400; i++) {
    const error = incompleteBeta(x, a, b) - p;
    if (Math.abs(error) < 1e-12) break;
    if (error < 0) low = x;
    else high = x;
    const density = Math.exp(logNorm + (a - 1) * Math.log(x) + (b - 1) * Math.log1p(-x));
    let next = x - error / density;
    // Very skewed shapes put the quantile many orders of magnitude below 1: step down geometrically there.
    if (!(next > low && next < high)) next = low === 0 ? high / 10 : (low + high) / 2;
    if (Math.abs(next - x) < 1e-13 * x || high - low < 1e-13 * high) {
      x = next;
      break;
    }
    x = next;
  }
  return x;
}
