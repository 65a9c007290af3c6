// Gap tests against published answers: normal-table critical values, Fisher's tea-tasting table,
// R's Welch t test on the sleep data, and Pearson's chi-square written out by hand.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fisherExact, meanFromSums, proportionGapTest, twoProportionZ, welchT } from '../../../analysis/metrics/statistics/hypothesis-tests';
import { chiSquareUpperTail, normalCdf, normalTwoSidedP } from '../../../analysis/metrics/statistics/normal-tail';

describe('normal tail', () => {
  it('gives the two-sided p of the textbook critical values', () => {
    expect(normalTwoSidedP(1.959963985)).toBeCloseTo(0.05, 9);
    expect(normalTwoSidedP(2.575829304)).toBeCloseTo(0.01, 9);
    expect(normalTwoSidedP(3.290526731)).toBeCloseTo(0.001, 10);
    expect(normalTwoSidedP(0)).toBe(1);
    expect(normalCdf(-1)).toBeCloseTo(0.158655254, 9);
  });

  it('stays accurate far in the tail (z = 6: p = 1.973175e-9)', () => {
    expect(normalTwoSidedP(6) / 1.973175400848e-9).toBeCloseTo(1, 6);
  });

  it('gives chi-square tails (3.841459 on 1 df is the 5% point; 5.991465 on 2 df)', () => {
    expect(chiSquareUpperTail(3.841459, 1)).toBeCloseTo(0.05, 6);
    expect(chiSquareUpperTail(5.991465, 2)).toBeCloseTo(0.05, 6);
  });
});

describe('two-proportion z test', () => {
  it("equals Pearson's chi-square (no continuity correction) computed from the 2x2 table by hand", () => {
    // 45 of 200 against 30 of 300: expected counts from the margins.
    const table = [
      [45, 155],
      [30, 270],
    ];
    const rows = [200, 300];
    const cols = [75, 425];
    let chi = 0;
    for (let i = 0; i < 2; i++) for (let j = 0; j < 2; j++) chi += (table[i]![j]! - (rows[i]! * cols[j]!) / 500) ** 2 / ((rows[i]! * cols[j]!) / 500);
    const result = twoProportionZ(45, 200, 30, 300);
    expect(result.statistic ** 2).toBeCloseTo(chi, 9);
    expect(result.p).toBeCloseTo(chiSquareUpperTail(chi, 1), 12);
    expect(result.statistic).toBeGreaterThan(0);
  });

  it('has the same p whichever group comes first', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 500 }), fc.integer({ min: 1, max: 500 }), fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (n1, n2, a, b) => {
        const x1 = Math.round(a * n1);
        const x2 = Math.round(b * n2);
        expect(twoProportionZ(x1, n1, x2, n2).p).toBeCloseTo(twoProportionZ(x2, n2, x1, n1).p, 12);
      }),
      { numRuns: 200 },
    );
  });
});

describe("Fisher's exact test", () => {
  it("gives Fisher's tea-tasting answer: 3 of 4 right, two-sided p = 34/70", () => {
    expect(fisherExact(3, 4, 1, 4).p).toBeCloseTo(34 / 70, 12);
  });

  it('sums the hypergeometric tables no more likely than the observed one (written out for 1/5 vs 6/7)', () => {
    // Margins: 7 successes among 12; group 1 has 5. P(k) = C(5,k) C(7,7-k) / C(12,7), k = 0..5.
    const choose = (n: number, k: number): number => (k < 0 || k > n ? 0 : k === 0 ? 1 : (choose(n - 1, k - 1) * n) / k);
    const probabilities = [0, 1, 2, 3, 4, 5].map((k) => (choose(5, k) * choose(7, 7 - k)) / choose(12, 7));
    const observed = probabilities[1]!;
    const expected = probabilities.filter((p) => p <= observed * (1 + 1e-7)).reduce((s, p) => s + p, 0);
    expect(fisherExact(1, 5, 6, 7).p).toBeCloseTo(expected, 12);
  });

  it('is used for small expected counts and the z test otherwise', () => {
    expect(proportionGapTest(3, 12, 40, 900).method).toBe('fisher_exact');
    expect(proportionGapTest(300, 1200, 400, 9000).method).toBe('two_proportion_z');
  });
});

describe("Welch's t test", () => {
  // R: t.test(extra ~ group, data = sleep) gives t = -1.8608, df = 17.776, p-value = 0.07939.
  const group1 = [0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0];
  const group2 = [1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4];
  const sums = (v: number[]) => meanFromSums(v.length, v.reduce((s, x) => s + x, 0), v.reduce((s, x) => s + x * x, 0));

  it("reproduces R's Welch test on Student's sleep data", () => {
    const result = welchT(sums(group1), sums(group2));
    expect(result.statistic).toBeCloseTo(-1.8608, 4);
    expect(result.df).toBeCloseTo(17.776, 3);
    expect(result.p).toBeCloseTo(0.07939, 5);
  });
});
