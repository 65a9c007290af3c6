// Funnel-plot control limits (Spiegelhalter 2005, "Funnel plots for comparing institutional
// performance", Statistics in Medicine 24:1185-1202): the range a school of size n would show by
// chance alone if its true rate were the district's. Outside the 99.8% limits is unlikely to be noise.
import { binomialQuantiles } from './distributions';
import { Z95, Z998 } from './wilson';

export interface FunnelLimits {
  lower95: number;
  upper95: number;
  lower998: number;
  upper998: number;
}

const PROBABILITIES = [0.001, 0.025, 0.975, 0.999] as const;

/**
 * Limits for a proportion with target rate `target` at size n: exact binomial quantiles, interpolated
 * as Spiegelhalter's appendix describes so the limits form a smooth funnel rather than a staircase.
 */
export function proportionFunnel(target: number, n: number): FunnelLimits {
  if (!(n > 0) || !(target >= 0 && target <= 1)) return { lower95: NaN, upper95: NaN, lower998: NaN, upper998: NaN };
  const [q001, q025, q975, q999] = binomialQuantiles(PROBABILITIES, n, target).map((q, i) => {
    const step = q.cdf - q.cdfBelow;
    const alpha = step > 0 ? (q.cdf - PROBABILITIES[i]!) / step : 0;
    return Math.min(1, Math.max(0, (q.k - alpha) / n));
  });
  return { lower998: q001!, lower95: q025!, upper95: q975!, upper998: q999! };
}

/** Limits for a mean with target `target` and unit-level standard deviation `sd` (normal approximation). */
export function meanFunnel(target: number, sd: number, n: number): FunnelLimits {
  if (!(n > 0) || !Number.isFinite(target) || !(sd >= 0)) return { lower95: NaN, upper95: NaN, lower998: NaN, upper998: NaN };
  const se = sd / Math.sqrt(n);
  return { lower95: target - Z95 * se, upper95: target + Z95 * se, lower998: target - Z998 * se, upper998: target + Z998 * se };
}

export type FunnelPosition = 'above_998' | 'above_95' | 'within' | 'below_95' | 'below_998';

export function funnelPosition(value: number, limits: FunnelLimits): FunnelPosition | null {
  if (!Number.isFinite(value) || !Number.isFinite(limits.lower95)) return null;
  if (value > limits.upper998) return 'above_998';
  if (value > limits.upper95) return 'above_95';
  if (value < limits.lower998) return 'below_998';
  if (value < limits.lower95) return 'below_95';
  return 'within';
}
