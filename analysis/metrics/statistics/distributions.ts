// Binomial and Student t distributions: the quantiles behind funnel-plot limits and mean intervals.
import { incompleteBeta, logGamma, normalQuantile } from './special-functions';

/** P(X <= k) for X ~ Binomial(n, p). */
export function binomialCdf(k: number, n: number, p: number): number {
  if (k < 0) return 0;
  if (k >= n) return 1;
  if (p <= 0) return 1;
  if (p >= 1) return 0;
  return incompleteBeta(1 - p, n - k, k + 1);
}

/**
 * Binomial quantiles for several probabilities at once, summing the probability mass outward from
 * the mean (no special functions in the loop: a funnel plot asks for four quantiles per school).
 * Returns, for each requested probability q, the smallest k with P(X <= k) >= q, and P(X <= k) and
 * P(X <= k - 1) there (Spiegelhalter's interpolation needs both).
 */
export function binomialQuantiles(probabilities: readonly number[], n: number, p: number): { k: number; cdf: number; cdfBelow: number }[] {
  if (p <= 0) return probabilities.map(() => ({ k: 0, cdf: 1, cdfBelow: 0 }));
  if (p >= 1) return probabilities.map(() => ({ k: n, cdf: 1, cdfBelow: 0 }));
  const mean = n * p;
  const sd = Math.sqrt(n * p * (1 - p));
  // Mass outside mean +/- (10 sd + 10) is below 1e-20 even for very skewed binomials.
  const lo = Math.max(0, Math.floor(mean - 10 * sd - 10));
  const hi = Math.min(n, Math.ceil(mean + 10 * sd + 10));
  const logPmfLo = logGamma(n + 1) - logGamma(lo + 1) - logGamma(n - lo + 1) + lo * Math.log(p) + (n - lo) * Math.log1p(-p);
  const odds = p / (1 - p);
  const results = probabilities.map(() => ({ k: -1, cdf: 0, cdfBelow: 0 }));
  let pmf = Math.exp(logPmfLo);
  // The mass below lo is negligible by the choice of lo.
  let cdf = 0;
  let found = 0;
  for (let k = lo; k <= hi && found < results.length; k++) {
    const below = cdf;
    cdf += pmf;
    for (let i = 0; i < probabilities.length; i++) {
      const r = results[i]!;
      if (r.k < 0 && cdf >= probabilities[i]! - 1e-15) {
        r.k = k;
        r.cdf = Math.min(1, cdf);
        r.cdfBelow = below;
        found++;
      }
    }
    pmf *= ((n - k) / (k + 1)) * odds;
  }
  for (const r of results) if (r.k < 0) Object.assign(r, { k: hi, cdf: 1, cdfBelow: cdf });
  return results;
}

/** P(T <= t) for Student's t with df degrees of freedom. */
export function studentTCdf(t: number, df: number): number {
  const tail = 0.5 * incompleteBeta(df / (df + t * t), df / 2, 0.5);
  return t >= 0 ? 1 - tail : tail;
}

const tCache = new Map<string, number>();

/** Quantile of Student's t (bisection on the cdf; cached, since the same df recurs across cells). */
export function studentTQuantile(p: number, df: number): number {
  if (!(df > 0) || !(p > 0 && p < 1)) return NaN;
  // Beyond a few thousand degrees of freedom t and the normal agree to six digits.
  if (df > 5000) return normalQuantile(p);
  const key = `${p}:${df}`;
  const cached = tCache.get(key);
  if (cached !== undefined) return cached;
  const target = p >= 0.5 ? p : 1 - p;
  let low = 0;
  let high = 1;
  while (studentTCdf(high, df) < target) high *= 2;
  for (let i = 0; i < 200 && high - low > 1e-12 * high; i++) {
    const mid = (low + high) / 2;
    if (studentTCdf(mid, df) < target) low = mid;
    else high = mid;
  }
  const value = (p >= 0.5 ? 1 : -1) * ((low + high) / 2);
  if (tCache.size > 10_000) tCache.clear();
  tCache.set(key, value);
  return value;
}
