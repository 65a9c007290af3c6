// Funnel-plot limits (Spiegelhalter 2005) and the binomial distribution behind them, against SciPy.
import { describe, expect, it } from 'vitest';
import { binomialCdf, binomialQuantiles } from '../../../analysis/metrics/statistics/distributions';
import { funnelPosition, meanFunnel, proportionFunnel } from '../../../analysis/metrics/statistics/funnel';
import { incompleteBeta } from '../../../analysis/metrics/statistics/special-functions';

describe('binomial distribution', () => {
  it('matches SciPy 1.17 (scipy.stats.binom, scipy.special.betainc)', () => {
    expect(incompleteBeta(0.4, 2.5, 3.5)).toBeCloseTo(0.4869041915261176, 12);
    expect(binomialCdf(45, 100, 0.5)).toBeCloseTo(0.18410080866334808, 12);
    expect(binomialCdf(3, 50, 0.1)).toBeCloseTo(0.250293905953308, 12);
    // binom.ppf(q, n, p) for q = 0.001, 0.025, 0.975, 0.999
    const expected: [number, number, number[]][] = [
      [100, 0.5, [35, 40, 60, 65]],
      [50, 0.1, [0, 1, 9, 13]],
      [1000, 0.2, [162, 176, 225, 240]],
      [20, 0.05, [0, 0, 3, 5]],
      [200, 0.3, [41, 48, 73, 81]],
    ];
    for (const [n, p, ks] of expected) {
      expect(binomialQuantiles([0.001, 0.025, 0.975, 0.999], n, p).map((q) => q.k), `${n}, ${p}`).toEqual(ks);
    }
  });
});

describe('funnel limits', () => {
  // Spiegelhalter DJ (2005). Funnel plots for comparing institutional performance. Statistics in
  // Medicine 24:1185-1202, appendix A.1.1: r_p = binomial quantile, alpha = (F(r_p) - p) /
  // (F(r_p) - F(r_p - 1)), limit = (r_p - alpha) / n. Expected values computed with SciPy 1.17 from
  // that formula (limits below 0 are shown as 0).
  const cases: [number, number, [number, number, number, number]][] = [
    [0.1, 50, [0, 0.013863, 0.179723, 0.240128]],
    [0.1, 500, [0.059989, 0.073448, 0.126015, 0.142689]],
    [0.3, 1000, [0.255303, 0.271281, 0.328089, 0.34483]],
    [0.02, 200, [0, 0.000516, 0.039173, 0.054387]],
    [0.5, 20, [0.136736, 0.255824, 0.694176, 0.813264]],
  ];
  it.each(cases)('target %f, n %i', (target, n, [l998, l95, u95, u998]) => {
    const limits = proportionFunnel(target, n);
    expect(limits.lower998).toBeCloseTo(l998, 5);
    expect(limits.lower95).toBeCloseTo(l95, 5);
    expect(limits.upper95).toBeCloseTo(u95, 5);
    expect(limits.upper998).toBeCloseTo(u998, 5);
  });

  it('narrows as n grows and places values against the limits', () => {
    const small = proportionFunnel(0.2, 50);
    const large = proportionFunnel(0.2, 5000);
    expect(large.upper95 - large.lower95).toBeLessThan(small.upper95 - small.lower95);
    expect(funnelPosition(0.2, large)).toBe('within');
    expect(funnelPosition(0.5, large)).toBe('above_998');
    expect(funnelPosition(0.19, proportionFunnel(0.2, 100_000))).toBe('below_998');
    const means = meanFunnel(2400, 90, 100);
    expect(means.upper95).toBeCloseTo(2400 + 1.959963984540054 * 9, 9);
  });
});
