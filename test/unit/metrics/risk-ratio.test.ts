// IDEA risk ratios: the district risk ratio, alternate and weighted risk ratios, and the minimum tests.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  alternateRiskRatio,
  alternateRiskRatioNote,
  DEFAULT_RISK_RATIO_SETTINGS,
  riskRatio,
  riskRatioNote,
  weightedRiskRatio,
} from '../../../analysis/metrics/statistics/risk-ratio';

const settings = DEFAULT_RISK_RATIO_SETTINGS;

describe('risk ratio', () => {
  it('reproduces a published worked 2x2 example', () => {
    // Gerstman B. StatPrimer, chapter 16 "Risk ratios and prevalence ratios" (toxic.sav): 11 of 25
    // exposed and 3 of 34 unexposed patients had the outcome; "the risk ratio of 4.99".
    expect(riskRatio(11, 25, 3, 34)).toBeCloseTo(4.99, 2);
  });

  it('follows the IDEA definition: group risk over the risk of all other students in the district', () => {
    // 34 CFR 300.647(a)(6): risk ratio = risk for the group / risk for all other children in the LEA.
    // Hand-worked: 60 of 400 Black students (15%) and 90 of 1,800 other students (5%) -> 3.0.
    expect(riskRatio(60, 400, 90, 1800)).toBeCloseTo(3.0, 12);
    expect(riskRatioNote(60, 400, 90, 1800, settings)).toBeNull();
  });

  it('applies the minimum cell size and n-size to the group first, then to its comparison group', () => {
    // 34 CFR 300.647(b): the ratio is calculated only when the group meets both minimums; when the
    // comparison group does not, the alternate risk ratio is used instead.
    expect(riskRatioNote(9, 400, 90, 1800, settings)).toBe('insufficient_cell_size');
    expect(riskRatioNote(12, 29, 90, 1800, settings)).toBe('insufficient_n_size');
    expect(riskRatioNote(60, 400, 9, 1800, settings)).toBe('comparison_below_minimum');
    expect(riskRatioNote(60, 400, 12, 25, settings)).toBe('comparison_below_minimum');
    expect(riskRatioNote(60, 400, 0, 0, settings)).toBe('no_comparison_group');
    expect(riskRatioNote(10, 30, 10, 30, settings)).toBeNull();
    // Settings change the answer: a state may choose smaller minimums.
    expect(riskRatioNote(5, 20, 6, 20, { minimumCellSize: 5, minimumNSize: 20 })).toBeNull();
  });

  it('compares with all other students in the state for the alternate risk ratio', () => {
    // 34 CFR 300.647(a)(1): alternate risk ratio = risk for the group in the LEA / risk for all other
    // children in the State. Hand-worked: the LEA has 18 of 120 (15%); the state's other students
    // 5,000 of 100,000 (5%) -> 3.0, even though the LEA's own comparison group is only 8 students.
    expect(alternateRiskRatio(18, 120, 5000, 100000)).toBeCloseTo(3.0, 12);
    expect(riskRatioNote(18, 120, 1, 8, settings)).toBe('comparison_below_minimum');
    expect(alternateRiskRatioNote(18, 120, 5000, 100000, settings)).toBeNull();
    expect(alternateRiskRatioNote(18, 120, NaN, NaN, settings)).toBe('no_state_data');
    expect(alternateRiskRatioNote(8, 120, 5000, 100000, settings)).toBe('insufficient_cell_size');
  });

  it('weights the other groups by state shares for the weighted risk ratio', () => {
    // Bollmer, Bethel, Garrison-Mogren & Brauen (2007), J. Special Education 41(3):186-198:
    // WRR_i = R_i (1 - p_i) / sum_{j != i} p_j R_j, with district risks R and state shares p.
    // Hand-worked: R = (0.15, 0.05, 0.10), p = (0.2, 0.5, 0.3)
    //   WRR_0 = 0.15 * 0.8 / (0.5 * 0.05 + 0.3 * 0.10) = 0.12 / 0.055 = 2.181818...
    //   WRR_1 = 0.05 * 0.5 / (0.2 * 0.15 + 0.3 * 0.10) = 0.025 / 0.06 = 0.416666...
    const risks = [0.15, 0.05, 0.1];
    const shares = [0.2, 0.5, 0.3];
    expect(weightedRiskRatio(0, risks, shares)).toBeCloseTo(0.12 / 0.055, 12);
    expect(weightedRiskRatio(1, risks, shares)).toBeCloseTo(0.025 / 0.06, 12);
    // A group without district students drops out of the weights.
    expect(weightedRiskRatio(0, [0.15, 0.05, NaN], [0.2, 0.5, 0.3])).toBeCloseTo(0.15 / 0.05, 12);
  });

  it('with two groups, the weighted risk ratio is the plain ratio of their risks', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.001, max: 1, noNaN: true }), fc.double({ min: 0.001, max: 1, noNaN: true }), fc.double({ min: 0.01, max: 0.99, noNaN: true }), (a, b, p) => {
        expect(weightedRiskRatio(0, [a, b], [p, 1 - p])).toBeCloseTo(a / b, 9);
      }),
    );
  });
});
