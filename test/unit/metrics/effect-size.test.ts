// Cohen's d and Hedges' g against a published worked example, and mean intervals against SciPy.
import { describe, expect, it } from 'vitest';
import { cohensD, hedgesG } from '../../../analysis/metrics/statistics/effect-size';
import { meanStandardError, ratioStandardError, sampleSd, tHalfWidth } from '../../../analysis/metrics/statistics/moments';
import { studentTQuantile } from '../../../analysis/metrics/statistics/distributions';

describe('effect sizes', () => {
  it("reproduces Lakens (2013)'s worked example", () => {
    // Lakens D (2013). Calculating and reporting effect sizes to facilitate cumulative science.
    // Frontiers in Psychology 4:863, Table 1: movie ratings, M = 8.7 (SD 0.82) vs M = 7.7 (SD 0.95),
    // n = 10 each: Cohen's ds = 1.13, Hedges' gs = 1.08.
    const first = { n: 10, mean: 8.7, sd: 0.82 };
    const second = { n: 10, mean: 7.7, sd: 0.95 };
    expect(cohensD(first, second)).toBeCloseTo(1.13, 2);
    expect(hedgesG(first, second)).toBeCloseTo(1.08, 2);
    expect(cohensD(second, first)).toBeCloseTo(-1.13, 2);
  });

  it('is undefined without spread', () => {
    expect(cohensD({ n: 5, mean: 2, sd: 0 }, { n: 5, mean: 1, sd: 0 })).toBeNaN();
  });
});

describe('means and ratios from sums', () => {
  // Independent values from numpy/scipy 1.17:
  //   v = [2400, 2450, 2380, 2500, 2420, 2390]: mean 2423.3333, sd (ddof=1) 45.018515,
  //   t.ppf(0.975, 5) * sd / sqrt(6) = 47.244034
  const v = [2400, 2450, 2380, 2500, 2420, 2390];
  const n = v.length;
  const sumY = v.reduce((a, b) => a + b, 0);
  const sumYY = v.reduce((a, b) => a + b * b, 0);

  it('gives the sample standard deviation and a t interval', () => {
    expect(sampleSd(n, sumY, sumYY)).toBeCloseTo(45.018515, 5);
    expect(tHalfWidth(meanStandardError(n, sumY, sumYY), n)).toBeCloseTo(47.244034, 5);
  });

  it('uses Student t quantiles (SciPy t.ppf(0.975, df))', () => {
    expect(studentTQuantile(0.975, 1)).toBeCloseTo(12.706204736174694, 7);
    expect(studentTQuantile(0.975, 5)).toBeCloseTo(2.5705818356363146, 9);
    expect(studentTQuantile(0.975, 9)).toBeCloseTo(2.262157162798205, 9);
    expect(studentTQuantile(0.975, 100)).toBeCloseTo(1.9839715185235518, 9);
    expect(studentTQuantile(0.025, 29)).toBeCloseTo(-2.045229642132703, 9);
  });

  it("gives a ratio estimator's linearised standard error (attendance rate with students as the unit)", () => {
    // numpy: y = [170,160,150,175,180] days present, x = [180,180,170,180,180] days enrolled:
    // R = 0.938202247, sqrt(sum((y - R x)^2) / (n (n-1) mean(x)^2)) = 0.0228696926
    const y = [170, 160, 150, 175, 180];
    const x = [180, 180, 170, 180, 180];
    const sums = {
      n: 5,
      sumX: x.reduce((a, b) => a + b, 0),
      sumY: y.reduce((a, b) => a + b, 0),
      sumXX: x.reduce((a, b) => a + b * b, 0),
      sumYY: y.reduce((a, b) => a + b * b, 0),
      sumXY: x.reduce((a, b, i) => a + b * y[i]!, 0),
    };
    expect(sums.sumY / sums.sumX).toBeCloseTo(0.938202247, 9);
    expect(ratioStandardError(sums)).toBeCloseTo(0.0228696926, 9);
  });
});
