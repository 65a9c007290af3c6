// Beta-binomial shrinkage against an example worked by hand, and the properties that make it useful:
// estimates lie between the raw rate and the mean, and small groups move further than large ones.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { incompleteBeta } from '../../../analysis/metrics/statistics/special-functions';
import { betaBinomialStrength, betaQuantile, MAX_PRIOR_STRENGTH, shrinkRate } from '../../../analysis/metrics/statistics/empirical-bayes';

describe('beta-binomial shrinkage', () => {
  // Three groups around a school rate of 20%: 10 of 50, 30 of 100 and 4 of 50.
  const cells = [
    { x: 10, n: 50, prior: 0.2 },
    { x: 30, n: 100, prior: 0.2 },
    { x: 4, n: 50, prior: 0.2 },
  ];

  it('estimates the prior strength by the method of moments (worked by hand)', () => {
    // sum n (p - mu)^2 = 0 + 100 x 0.01 + 50 x 0.0144 = 1.72; minus 3 x 0.16 = 1.24.
    // sum mu (1 - mu) (n - 1) = 0.16 x 197 = 31.52. rho = 1.24 / 31.52, M = 1 / rho - 1 = 24.419355.
    expect(betaBinomialStrength(cells)).toBeCloseTo(31.52 / 1.24 - 1, 9);
  });

  it('shrinks 4 of 50 toward 20% by the hand-worked posterior mean', () => {
    const m = 31.52 / 1.24 - 1;
    const result = shrinkRate(cells[2]!, m);
    // (4 + 24.419355 x 0.2) / (50 + 24.419355) = 8.883871 / 74.419355 = 0.119376
    expect(result.estimate).toBeCloseTo(8.883871 / 74.419355, 6);
    expect(result.ownWeight).toBeCloseTo(50 / 74.419355, 6);
    expect(result.lower).toBeLessThan(result.estimate);
    expect(result.upper).toBeGreaterThan(result.estimate);
  });

  it('pools fully when the groups vary no more than chance', () => {
    expect(betaBinomialStrength([{ x: 20, n: 100, prior: 0.2 }, { x: 40, n: 200, prior: 0.2 }])).toBe(MAX_PRIOR_STRENGTH);
  });

  it('gives Beta quantiles: Beta(1, 1) is uniform and Beta(2, 1) has cdf x^2', () => {
    expect(betaQuantile(0.3, 1, 1)).toBeCloseTo(0.3, 9);
    expect(betaQuantile(0.25, 2, 1)).toBeCloseTo(0.5, 9);
  });

  it('inverts the incomplete beta function for shapes from 0.5 to 5,000', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.5, max: 5000, noNaN: true }), fc.double({ min: 0.5, max: 5000, noNaN: true }), fc.double({ min: 0.001, max: 0.999, noNaN: true }), (a, b, p) => {
        const x = betaQuantile(p, a, b);
        expect(incompleteBeta(x, a, b)).toBeCloseTo(p, 6);
      }),
      { numRuns: 300 },
    );
  });

  it('puts every estimate between the raw rate and the mean, closer for larger groups', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 400 }), fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0.01, max: 0.99, noNaN: true }), fc.double({ min: 0.5, max: 500, noNaN: true }), (n, share, prior, m) => {
        const x = Math.round(share * n);
        const small = shrinkRate({ x, n, prior }, m);
        const raw = x / n;
        expect(small.estimate).toBeGreaterThanOrEqual(Math.min(raw, prior) - 1e-12);
        expect(small.estimate).toBeLessThanOrEqual(Math.max(raw, prior) + 1e-12);
        // A very skewed Beta can have its mean outside the central 95%, so only the order is a property.
        expect(small.lower).toBeLessThanOrEqual(small.upper);
        const large = shrinkRate({ x: x * 10, n: n * 10, prior }, m);
        expect(Math.abs(large.estimate - raw)).toBeLessThanOrEqual(Math.abs(small.estimate - raw) + 1e-12);
      }),
      { numRuns: 200 },
    );
  });
});
