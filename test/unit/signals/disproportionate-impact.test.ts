// The disproportionate-impact methods reproduce the DisImpact R package's documented example outputs
// (its Tutorial vignette, version 0.0.21, on the toy student_equity data: Transfer by Ethnicity).
import { describe, expect, it } from 'vitest';
import { eightyPercentIndex, fewerNeededForRatio, percentagePointGap, ppgMarginOfError, proportionalityIndex } from '../../../analysis/metrics/statistics/disproportionate-impact';

// Group sizes and transfers as the vignette prints them.
const GROUPS = [
  { group: 'Asian', n: 6000, x: 4292 },
  { group: 'Black', n: 2000, x: 607 },
  { group: 'Hispanic', n: 4000, x: 847 },
  { group: 'Multi-Ethnicity', n: 1000, x: 504 },
  { group: 'Native American', n: 200, x: 78 },
  { group: 'White', n: 6800, x: 4200 },
];
const OVERALL = 10528 / 20000; // 0.5264, the vignette's reference

describe('percentage-point gap (di_ppg)', () => {
  it('reproduces moe, di_indicator, success_needed_not_di and success_needed_full_parity', () => {
    const expected = [
      { moe: 0.03, impacted: false, notDi: 0, parity: 0 },
      { moe: 0.03, impacted: true, notDi: 386, parity: 446 },
      { moe: 0.03, impacted: true, notDi: 1139, parity: 1259 },
      { moe: 0.03099032, impacted: false, notDi: 0, parity: 23 },
      { moe: 0.06929646, impacted: true, notDi: 14, parity: 28 },
      { moe: 0.03, impacted: false, notDi: 0, parity: 0 },
    ];
    GROUPS.forEach((g, i) => {
      const result = percentagePointGap(g, OVERALL);
      expect(result.moe).toBeCloseTo(expected[i]!.moe, 8);
      expect(result.impacted).toBe(expected[i]!.impacted);
      expect(result.neededNotImpacted).toBe(expected[i]!.notDi);
      expect(result.neededParity).toBe(expected[i]!.parity);
    });
  });

  it('reproduces the cohort example against the highest-performing group (2017, reference Asian 0.6873333)', () => {
    const reference = 2062 / 3000;
    const cohort2017 = [
      { n: 1000, x: 310, notDi: 347, parity: 378 },
      { n: 2000, x: 410, notDi: 905, parity: 965 },
      { n: 500, x: 262, notDi: 60, parity: 82 },
      { n: 100, x: 43, notDi: 16, parity: 26 },
      { n: 3400, x: 2053, notDi: 182, parity: 284 },
    ];
    for (const g of cohort2017) {
      const result = percentagePointGap(g, reference);
      expect(result.neededNotImpacted).toBe(g.notDi);
      expect(result.neededParity).toBe(g.parity);
    }
  });

  it('reproduces ppg_moe: 1.96 sqrt(0.25 / n) with a 0.03 floor, or the rate itself when asked', () => {
    expect(ppgMarginOfError(200)).toBeCloseTo(1.96 * Math.sqrt(0.25 / 200), 12);
    expect(ppgMarginOfError(2000)).toBe(0.03);
    expect(ppgMarginOfError(800, { proportion: 0.2, minimumMoe: 0 })).toBeCloseTo(1.96 * Math.sqrt(0.16 / 800), 12);
    expect(ppgMarginOfError(100, { proportion: 0 })).toBeCloseTo(0.098, 12);
  });
});

describe('proportionality index (di_prop_index)', () => {
  it('reproduces the index, indicator and counts needed', () => {
    const expected = [
      { index: 1.3589159, impacted: false, notDi: 0, parity: 0 },
      { index: 0.5765578, impacted: true, notDi: 256, parity: 496 },
      // DisImpact prints 998: its floating-point (1684.48 - 847) / 0.84 lands just above 997. The exact
      // answer is 997, checked in whole numbers below.
      { index: 0.4022606, impacted: true, notDi: 997, parity: 1574 },
      { index: 0.9574468, impacted: false, notDi: 0, parity: 24 },
      { index: 0.7408815, impacted: true, notDi: 7, parity: 28 },
      { index: 1.1733417, impacted: false, notDi: 0, parity: 0 },
    ];
    proportionalityIndex(GROUPS).forEach((result, i) => {
      expect(result.index).toBeCloseTo(expected[i]!.index, 7);
      expect(result.impacted).toBe(expected[i]!.impacted);
      expect(result.neededNotImpacted).toBe(expected[i]!.notDi);
      expect(result.neededParity).toBe(expected[i]!.parity);
    });
  });

  it('needs exactly 997 more Hispanic transfers: then the index is 0.8, no longer below the cutoff', () => {
    // Shares in whole numbers: (847 + k) / (10528 + k) over 4000 / 20000.
    const index = (k: number) => ((847 + k) * 20000) / ((10528 + k) * 4000);
    expect(index(997)).toBe(0.8);
    expect(index(996)).toBeLessThan(0.8);
  });
});

describe('80% index (di_80_index)', () => {
  it('reproduces the index against the highest-performing group and the counts needed', () => {
    const expected = [
      { index: 1, impacted: false, notDi: 0, parity: 0 },
      { index: 0.4242777, impacted: true, notDi: 538, parity: 824 },
      { index: 0.2960158, impacted: true, notDi: 1443, parity: 2015 },
      { index: 0.7045666, impacted: true, notDi: 69, parity: 212 },
      { index: 0.5452004, impacted: true, notDi: 37, parity: 66 },
      { index: 0.8634395, impacted: false, notDi: 0, parity: 665 },
    ];
    eightyPercentIndex(GROUPS).forEach((result, i) => {
      expect(result.index).toBeCloseTo(expected[i]!.index, 7);
      expect(result.impacted).toBe(expected[i]!.impacted);
      expect(result.neededNotImpacted).toBe(expected[i]!.notDi);
      expect(result.neededParity).toBe(expected[i]!.parity);
    });
  });
});

describe('fewer students needed to bring a risk ratio under a threshold', () => {
  it('is worked by hand: 100 of 1,000 against a 4% reference risk (ratio 2.5) needs 41 fewer for 1.5', () => {
    // 1.5 x 4% x 1,000 = 60 exactly; 60 would be a ratio of exactly 1.5, so 59 is the most allowed.
    expect(fewerNeededForRatio({ x: 100, n: 1000 }, 0.04, 1.5)).toBe(41);
    expect(59 / 1000 / 0.04).toBeLessThan(1.5);
    // 38 of 400 against 3%: 1.5 x 3% x 400 = 18, so 17 allowed and 21 fewer.
    expect(fewerNeededForRatio({ x: 38, n: 400 }, 0.03, 1.5)).toBe(21);
    expect(fewerNeededForRatio({ x: 5, n: 400 }, 0.03, 1.5)).toBe(0);
  });
});
