// Trend cells of one computed frame (rates only): the change in a group's gap against all other
// units of its school or district from the first year to the tested year, tested with a z statistic
// on the difference of two independent gaps.
import type { PanelFrame } from '../metrics/panel-frames';
import { normalTwoSidedP } from '../metrics/statistics/normal-tail';
import { rateSize, testedRows, testedYear, totalRows } from './gap-cells';
import { blankCell, type CellOptions, type SignalCell } from './signal-types';

const Z95 = 1.959963984540054;

interface Gap {
  gap: number;
  variance: number;
  p1: number;
  p2: number;
  n1: number;
  n2: number;
  x1: number;
}

/**
 * Variance of a rate with one success and one failure added (Agresti and Caffo's adjustment): the plain
 * p (1 - p) / n is zero for 0 of 12 and understates small groups, which makes a test of four rates
 * find changes in pure noise.
 */
function adjustedVariance(x: number, n: number): number {
  const p = (x + 1) / (n + 2);
  return (p * (1 - p)) / (n + 2);
}

function gapAt(frame: PanelFrame, r: number, t: number): Gap | null {
  const f = frame.computed.frame;
  const [x1, n1, n2] = [f.x[r]!, f.n[r]!, f.n[t]! - f.n[r]!];
  if (!(n1 > 0 && n2 > 0)) return null;
  const p1 = x1 / n1;
  const p2 = (f.x[t]! - x1) / n2;
  return { gap: p1 - p2, variance: adjustedVariance(x1, n1) + adjustedVariance(f.x[t]! - x1, n2), p1, p2, n1, n2, x1 };
}

export function trendCells(frame: PanelFrame, frameId: number, options: CellOptions): SignalCell[] {
  if (frame.metric.kind !== 'proportion') return [];
  const year = testedYear(frame, options);
  const f = frame.computed.frame;
  if (year === null || f.rows === 0) return [];
  const firstYear = f.year.reduce((a, b) => Math.min(a, b), f.year[0]!);
  if (firstYear >= year) return [];
  const totals = totalRows(frame);
  const rowOf = new Map<string, number>();
  for (let r = 0; r < f.rows; r++) if (f.year[r] === firstYear && !f.isTotal[r]) rowOf.set(`${f.facet[r]}\u0001${f.group[r]}`, r);
  const cells: SignalCell[] = [];
  for (const r of testedRows(frame, year)) {
    const r0 = rowOf.get(`${f.facet[r]}\u0001${f.group[r]}`);
    if (r0 === undefined) continue;
    const now = gapAt(frame, r, totals.get(f.partition[r]!) ?? -1);
    const then = gapAt(frame, r0, totals.get(f.partition[r0]!) ?? -1);
    if (!now || !then) continue;
    // Cohorts of different years are treated as independent samples (the same students recur, which
    // makes this test conservative when their outcomes are positively correlated across years).
    const change = now.gap - then.gap;
    const se = Math.sqrt(now.variance + then.variance);
    const z = se > 0 ? change / se : 0;
    cells.push(
      blankCell({
        metric: frame.metric,
        frameId,
        row: r,
        fromRow: r0,
        kind: 'trend',
        groupType: f.groupType!,
        group: f.group[r]!,
        schoolId: f.facetType === 'school' ? f.facet[r]! : null,
        year,
        fromYear: firstYear,
        n: now.n1,
        x: now.x1,
        value: now.p1,
        referenceN: now.n2,
        referenceValue: now.p2,
        effect: change,
        effectLower: change - Z95 * se,
        effectUpper: change + Z95 * se,
        fromGap: then.gap,
        riskRatio: NaN,
        effectSize: NaN,
        test: { method: 'gap_change_z', statistic: z, p: se > 0 ? normalTwoSidedP(z) : 1, df: NaN },
        adverse: frame.metric.direction === 'lower_is_better' ? change > 0 : change < 0,
        size: rateSize(change * 100, NaN, options),
      }),
    );
  }
  return cells;
}
