// Significant disproportionality over years (34 CFR 300.647(d)), against a four-year example worked by hand:
// Black students (200 a year) against all other students (800 White students a year), threshold 2.
//
//   year   Black suspended   others suspended   risk ratio               years over 2
//   2021   50 (25%)          80 (10%)           0.25 / 0.10  = 2.5       1
//   2022   46 (23%)          80 (10%)           0.23 / 0.10  = 2.3       2
//   2023   42 (21%)          80 (10%)           0.21 / 0.10  = 2.1       3  flagged (3 years)
//   2024   40 (20%)          76 (9.5%)          0.20 / 0.095 = 2.105     4  flagged
//
// Reasonable progress in 2023 (2.5 -> 2.3 -> 2.1): any reduction, yes; each fall is 8.0% and 8.7%, so at least
// 8% yes and at least 10% no. In 2024 (2.3 -> 2.1 -> 2.105) the ratio rose: no progress. 2022 has one year
// before it: not judged. Students needed: Black students suspended at most 2 x others' risk x 200, so
// 2021: 50 - 40 = 10; 2023: 42 - 40 = 2; 2024: 40 - floor(2 x 0.095 x 200 = 38) = 2.
import { tableFromIPC } from 'apache-arrow';
import { describe, expect, it } from 'vitest';
import type { BaseCells } from '../../../analysis/metrics/compute/base-cells';
import { computeMetric } from '../../../analysis/metrics/compute/compute-metric';
import { DEFAULT_METRIC_OPTIONS, type MetricSettings } from '../../../analysis/metrics/metric-settings';
import { findMetric } from '../../../analysis/metrics/registry';
import { loweredInEachOfTwoYears, reasonableProgress, studentsNeeded } from '../../../analysis/metrics/statistics/significant-disproportionality';
import { publishMetricTable } from '../../../analysis/privacy/publish';
import { baseCellsOf } from '../../support/base-cells';

const oss = findMetric('out_of_school_suspension')!;
const YEARS: [number, number, number, number, number][] = [
  // year, Black n, Black suspended, White n, White suspended
  [2021, 200, 50, 800, 80],
  [2022, 200, 46, 800, 80],
  [2023, 200, 42, 800, 80],
  [2024, 200, 40, 800, 76],
];

function cells(years = YEARS): BaseCells {
  return baseCellsOf(
    years.flatMap(([year, bn, bx, wn, wx]) => [
      { year, group: 'all', total: true, n: bn + wn, y: bx + wx },
      { year, group: 'black', total: false, n: bn, y: bx },
      { year, group: 'white', total: false, n: wn, y: wx },
    ]),
  );
}

function settings(reasonable: MetricSettings['riskRatio']['reasonableProgress'], progressPercent = 10, minimumN = 10): MetricSettings {
  return { ...DEFAULT_METRIC_OPTIONS, minimumN, riskRatio: { ...DEFAULT_METRIC_OPTIONS.riskRatio, threshold: 2, consecutiveYears: 3, reasonableProgress: reasonable, progressPercent } };
}

type Row = Record<string, unknown>;
function published(options: MetricSettings, years = YEARS, internal = false): Row[] {
  const computed = computeMetric(cells(years), oss, { primary: 'race_ethnicity', facet: null }, { settings: options, reference: { kind: 'all_others' }, requestedYears: null, state: null });
  const bytes = publishMetricTable(computed, { minimumN: options.minimumN }, { internal });
  return tableFromIPC(bytes).toArray().map((r) => r.toJSON() as Row);
}
const black = (rows: Row[], year: number) => rows.find((r) => r.group_value === 'black' && r.school_year === year)!;

describe('significant disproportionality over years', () => {
  it('reads reasonable progress under both standards as worked by hand', () => {
    expect(loweredInEachOfTwoYears([2.5, 2.3, 2.1])).toBe(true);
    expect(loweredInEachOfTwoYears([2.5, 2.3, 2.1], 8)).toBe(true);
    expect(loweredInEachOfTwoYears([2.5, 2.3, 2.1], 10)).toBe(false);
    expect(loweredInEachOfTwoYears([2.3, 2.1, 0.2 / 0.095])).toBe(false);
    expect(loweredInEachOfTwoYears([NaN, 2.5, 2.3])).toBeNull();
    expect(reasonableProgress([2.5, 2.3, 2.1], 'none', 10)).toBe(false);
    expect(studentsNeeded(50, 200, 0.1, 2, true)).toBe(10);
    expect(studentsNeeded(40, 200, 76 / 800, 2, true)).toBe(2);
    expect(studentsNeeded(30, 200, 0.1, 2, true)).toBe(0);
    // An opportunity flagged under 1/2: 10 of 200 in advanced courses against others' 30% need 30 - 10 = 20 more.
    expect(studentsNeeded(10, 200, 0.3, 2, false)).toBe(20);
  });

  it('flags after three years, and identifies only where the state standard finds no progress', () => {
    const none = published(settings('none'));
    expect([2021, 2022, 2023, 2024].map((y) => black(none, y).risk_ratio as number)).toEqual([2.5, 2.3, 2.1, 0.2 / 0.095].map((v) => expect.closeTo(v, 10)));
    expect([2021, 2022, 2023, 2024].map((y) => black(none, y).years_over_threshold)).toEqual([1, 2, 3, 4]);
    expect([2021, 2022, 2023, 2024].map((y) => black(none, y).flagged)).toEqual([false, false, true, true]);
    expect([2021, 2022, 2023, 2024].map((y) => black(none, y).lowered_two_years)).toEqual([null, null, true, false]);
    expect([2021, 2022, 2023, 2024].map((y) => black(none, y).lowered_two_years_by_percent)).toEqual([null, null, false, false]);
    expect([2021, 2022, 2023, 2024].map((y) => black(none, y).identified)).toEqual([false, false, true, true]);
    expect([2021, 2022, 2023, 2024].map((y) => black(none, y).students_needed)).toEqual([10, 6, 2, 2]);

    const anyReduction = published(settings('any_reduction'));
    expect([2023, 2024].map((y) => black(anyReduction, y).identified)).toEqual([false, true]);
    // 8% falls meet an 8% standard and miss a 10% one.
    expect(black(published(settings('percent_reduction', 8)), 2023).identified).toBe(false);
    expect(black(published(settings('percent_reduction', 10)), 2023).identified).toBe(true);
  });

  it('withholds progress and identification that rest on a withheld year', () => {
    // With a minimum of 15, 2022's 12 suspended Black students are withheld though their ratio (0.6) is computed
    // (the cell-size test asks for 10): the progress judged over 2022 in 2023 and 2024 is withheld with it.
    const years: typeof YEARS = YEARS.map((y) => (y[0] === 2022 ? [2022, 200, 12, 800, 80] : y));
    const shown = published(settings('any_reduction', 10, 15), years);
    expect(black(shown, 2022).suppressed).toBe(true);
    for (const year of [2023, 2024]) {
      expect(black(shown, year)).toMatchObject({ lowered_two_years: null, lowered_two_years_by_percent: null, identified: null });
    }
    expect(black(shown, 2022).students_needed).toBeNull();
    // The internal view, unsuppressed, judges them: 0.6 -> 2.1 -> 2.105 did not fall.
    const internal = published(settings('any_reduction', 10, 15), years, true);
    expect(black(internal, 2024).lowered_two_years).toBe(false);
    expect(black(internal, 2022).students_needed).toBe(0);
  });
});
