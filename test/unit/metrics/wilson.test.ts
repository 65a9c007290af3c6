// Wilson score intervals against published values (Newcombe 1998) and an independent DuckDB computation.
import { DuckDBInstance } from '@duckdb/node-api';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wilsonLower, wilsonUpper, Z95, Z998 } from '../../../analysis/metrics/statistics/wilson';
import { normalQuantile } from '../../../analysis/metrics/statistics/special-functions';

describe('Wilson score interval', () => {
  // Newcombe RG (1998). Two-sided confidence intervals for the single proportion: comparison of seven
  // methods. Statistics in Medicine 17:857-872, Table II, method 3 (score method without continuity
  // correction), examples (a)-(d), printed to four decimals.
  const NEWCOMBE_TABLE_II: [number, number, number, number][] = [
    [81, 263, 0.2553, 0.3662],
    [15, 148, 0.0624, 0.1605],
    [0, 20, 0.0, 0.1611],
    [1, 29, 0.0061, 0.1718],
  ];

  it.each(NEWCOMBE_TABLE_II)('%i/%i matches Newcombe (1998) Table II: %f to %f', (x, n, lower, upper) => {
    expect(wilsonLower(x, n)).toBeCloseTo(lower, 4);
    expect(wilsonUpper(x, n)).toBeCloseTo(upper, 4);
  });

  it('matches values computed independently with SciPy 1.17 (closed form with scipy.stats.norm.ppf(0.975))', () => {
    // python: p=x/n; z=norm.ppf(.975); (p+z*z/(2n) -/+ z*sqrt(p(1-p)/n+z*z/(4n*n)))/(1+z*z/n)
    expect(wilsonLower(81, 263)).toBeCloseTo(0.255289, 6);
    expect(wilsonUpper(81, 263)).toBeCloseTo(0.36621, 5);
    expect(wilsonLower(5, 10)).toBeCloseTo(0.236593, 6);
    expect(wilsonUpper(5, 10)).toBeCloseTo(0.763407, 6);
    expect(wilsonLower(29, 29)).toBeCloseTo(0.88303, 5);
    expect(wilsonUpper(29, 29)).toBe(1);
  });

  it('uses the normal quantiles of the standard table', () => {
    // scipy.stats.norm.ppf(0.975) = 1.959963984540054; norm.ppf(0.999) = 3.090232306167813
    expect(normalQuantile(0.975)).toBeCloseTo(Z95, 8);
    expect(normalQuantile(0.999)).toBeCloseTo(Z998, 8);
    expect(normalQuantile(0.5)).toBeCloseTo(0, 12);
    expect(normalQuantile(0.001)).toBeCloseTo(-Z998, 8);
  });

  it('agrees with the same formula evaluated by DuckDB for random counts, and always contains the rate', async () => {
    const instance = await DuckDBInstance.create(':memory:');
    const connection = await instance.connect();
    const cases = fc.sample(
      fc.integer({ min: 1, max: 5000 }).chain((n) => fc.tuple(fc.integer({ min: 0, max: n }), fc.constant(n))),
      { numRuns: 300, seed: 42 },
    );
    const values = cases.map(([x, n]) => `(${x}, ${n})`).join(', ');
    const reader = await connection.runAndReadAll(`
      WITH c(x, n) AS (VALUES ${values}), p AS (SELECT x, n, x / n AS p, ${Z95}::DOUBLE AS z FROM c)
      SELECT x, n, (p + z*z/(2*n) - z*sqrt(p*(1-p)/n + z*z/(4*n*n))) / (1 + z*z/n) AS lo,
                   (p + z*z/(2*n) + z*sqrt(p*(1-p)/n + z*z/(4*n*n))) / (1 + z*z/n) AS hi
      FROM p`);
    for (const [x, n, lo, hi] of reader.getRowsJS() as [number, number, number, number][]) {
      expect(wilsonLower(x, n)).toBeCloseTo(Math.max(0, lo), 10);
      expect(wilsonUpper(x, n)).toBeCloseTo(Math.min(1, hi), 10);
      expect(wilsonLower(x, n)).toBeLessThanOrEqual(x / n);
      expect(wilsonUpper(x, n)).toBeGreaterThanOrEqual(x / n);
    }
    connection.closeSync();
    instance.closeSync();
  });

  it('has no interval without students', () => {
    expect(wilsonLower(0, 0)).toBeNaN();
    expect(wilsonUpper(0, 0)).toBeNaN();
  });
});
