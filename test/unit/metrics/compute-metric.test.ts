// Cell statistics from base counts: worked values, and properties (order does not matter, every rate
// lies in its interval, what is published never shows a small count).
import fc from 'fast-check';
import { tableFromIPC } from 'apache-arrow';
import { describe, expect, it } from 'vitest';
import type { BaseCells } from '../../../analysis/metrics/compute/base-cells';
import { computeMetric } from '../../../analysis/metrics/compute/compute-metric';
import { DEFAULT_METRIC_OPTIONS } from '../../../analysis/metrics/metric-settings';
import { findMetric } from '../../../analysis/metrics/registry';
import { publishMetricTable } from '../../../analysis/privacy/publish';
import { baseCellsOf } from '../../support/base-cells';

const oss = findMetric('out_of_school_suspension')!;
const settings = { ...DEFAULT_METRIC_OPTIONS, minimumN: 10 };
const GROUPS = ['black', 'white', 'hispanic_latino', 'asian', 'two_or_more', 'american_indian_alaska_native'];

interface Cell {
  year: number;
  group: string;
  n: number;
  x: number;
}

/** Base cells as the compiled query returns them: groups plus each year's total. */
function base(cells: readonly Cell[]): BaseCells {
  const years = [...new Set(cells.map((c) => c.year))];
  const rows = [
    ...cells.map((c) => ({ ...c, total: false })),
    ...years.map((year) => {
      const inYear = cells.filter((c) => c.year === year);
      return { year, group: 'all', n: inYear.reduce((s, c) => s + c.n, 0), x: inYear.reduce((s, c) => s + c.x, 0), total: true };
    }),
  ];
  return baseCellsOf(rows.map((r) => ({ year: r.year, group: r.group, total: r.total, n: r.n, y: r.x })));
}

const compute = (cells: readonly Cell[]) => computeMetric(base(cells), oss, { primary: 'race_ethnicity', facet: null }, { settings, reference: { kind: 'all_others' }, requestedYears: null, state: null });

function byKey(cells: readonly Cell[], column: 'riskRatio' | 'value' | 'compositionIndex' | 'yearsOverThreshold'): Map<string, number> {
  const { frame } = compute(cells);
  const result = new Map<string, number>();
  for (let r = 0; r < frame.rows; r++) result.set(`${frame.year[r]}:${frame.group[r]}:${frame.isTotal[r]}`, frame.stats[column][r]!);
  return result;
}

const cellsArb = fc
  .uniqueArray(fc.record({ year: fc.constantFrom(2022, 2023, 2024), group: fc.constantFrom(...GROUPS) }), { minLength: 2, maxLength: 18, selector: (c) => `${c.year}:${c.group}` })
  .chain((keys) => fc.tuple(...keys.map((k) => fc.integer({ min: 1, max: 3000 }).chain((n) => fc.record({ year: fc.constant(k.year), group: fc.constant(k.group), n: fc.constant(n), x: fc.integer({ min: 0, max: n }) })))));

describe('computeMetric (proportion)', () => {
  it('computes the worked example: 60 of 400 against 90 of 1,800 is a risk ratio of 3', () => {
    const { frame } = compute([
      { year: 2024, group: 'black', n: 400, x: 60 },
      { year: 2024, group: 'white', n: 1800, x: 90 },
    ]);
    const black = frame.group.indexOf('black');
    expect(frame.stats.riskRatio[black]).toBeCloseTo(3, 12);
    expect(frame.stats.comparisonValue[black]).toBeCloseTo(0.05, 12);
    expect(frame.stats.gap[black]).toBeCloseTo(0.1, 12);
    // Composition: 60 of the 150 suspended (40%) against 400 of 2,200 enrolled (18.2%).
    expect(frame.stats.compositionIndex[black]).toBeCloseTo(0.4 / (400 / 2200), 12);
  });

  it('gives the same risk ratios whatever order the rows arrive in', () => {
    fc.assert(
      fc.property(cellsArb, fc.integer(), (cells, seed) => {
        const shuffled = [...cells];
        let state = seed >>> 0;
        for (let i = shuffled.length - 1; i > 0; i--) {
          state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
          const j = state % (i + 1);
          [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
        }
        for (const column of ['riskRatio', 'compositionIndex', 'yearsOverThreshold'] as const) {
          const a = byKey(cells, column);
          const b = byKey(shuffled, column);
          for (const [key, v] of a) expect(Object.is(v, b.get(key)) || Math.abs(v - b.get(key)!) < 1e-12, `${column} ${key}`).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('puts every rate inside its Wilson interval', () => {
    fc.assert(
      fc.property(cellsArb, (cells) => {
        const { frame } = compute(cells);
        for (let r = 0; r < frame.rows; r++) {
          expect(frame.stats.lower[r]!).toBeLessThanOrEqual(frame.stats.value[r]!);
          expect(frame.stats.upper[r]!).toBeGreaterThanOrEqual(frame.stats.value[r]!);
          expect(frame.stats.lower[r]!).toBeGreaterThanOrEqual(0);
          expect(frame.stats.upper[r]!).toBeLessThanOrEqual(1);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('publishes no count or complement below the minimum, and no statistic of a withheld rate', () => {
    fc.assert(
      fc.property(cellsArb, fc.integer({ min: 5, max: 20 }), (cells, minimumN) => {
        const table = tableFromIPC(publishMetricTable(compute(cells), { minimumN }, { internal: false }));
        for (const row of table.toArray().map((r) => r.toJSON())) {
          if (row.denominator !== null) expect(row.denominator).toBeGreaterThanOrEqual(minimumN);
          if (row.numerator !== null) {
            expect(row.numerator).toBeGreaterThanOrEqual(minimumN);
            expect((row.denominator as number) - (row.numerator as number)).toBeGreaterThanOrEqual(minimumN);
          }
          if (row.value === null) for (const stat of ['value_lower', 'risk_ratio', 'gap', 'comparison_value', 'composition_index', 'change', 'years_over_threshold']) expect(row[stat], stat).toBeNull();
          if (row.value !== null) expect(row.numerator).not.toBeNull();
        }
      }),
      { numRuns: 200 },
    );
  });

  it('flags a group after the set number of years past the threshold, in the direction that harms it', () => {
    const years = [2022, 2023, 2024];
    // Suspension (adverse): 3 times as likely every year -> flagged in the third year.
    const suspended = compute(years.flatMap((year) => [{ year, group: 'black', n: 400, x: 60 }, { year, group: 'white', n: 1800, x: 90 }]));
    const black2024 = suspended.frame.year.findIndex((y, r) => y === 2024 && suspended.frame.group[r] === 'black');
    expect(suspended.frame.stats.yearsOverThreshold[black2024]).toBe(3);
    expect(suspended.frame.flagged[black2024]).toBe(1);
    // Proficiency (an opportunity): a third as likely is past the threshold of 2 (below 1/2) as well.
    const ela = findMetric('ela_proficiency')!;
    const cells = years.flatMap((year) => [{ year, group: 'black', n: 400, x: 40 }, { year, group: 'white', n: 1800, x: 540 }]);
    const { frame } = computeMetric(base(cells), ela, { primary: 'race_ethnicity', facet: null }, { settings, reference: { kind: 'all_others' }, requestedYears: null, state: null });
    const row = frame.year.findIndex((y, r) => y === 2024 && frame.group[r] === 'black');
    expect(frame.stats.riskRatio[row]).toBeCloseTo(1 / 3, 12);
    expect(frame.stats.yearsOverThreshold[row]).toBe(3);
    const white = frame.year.findIndex((y, r) => y === 2024 && frame.group[r] === 'white');
    expect(frame.stats.yearsOverThreshold[white]).toBe(0);
  });

  it('says why a ratio is missing instead of leaving a bare null', () => {
    const { frame } = compute([
      { year: 2024, group: 'black', n: 25, x: 12 },
      { year: 2024, group: 'white', n: 900, x: 5 },
    ]);
    const black = frame.group.indexOf('black');
    const white = frame.group.indexOf('white');
    expect(frame.stats.riskRatio[black]).toBeNaN();
    expect(frame.notes.riskRatio[black]).toBeGreaterThan(0);
    expect(frame.stats.riskRatio[white]).toBeNaN();
  });
});
