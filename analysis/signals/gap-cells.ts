// The gap cells of one computed frame: each group's figure in the tested year against all other units
// of its school or the district, with a test (z or exact for rates, Welch's t for means) and its size
// in multiples of the practical floor.
import type { BaseCells } from '../metrics/compute/base-cells';
import { minus, sumsOf } from '../metrics/compute/mean-stats';
import type { PanelFrame } from '../metrics/panel-frames';
import { NOT_REPORTED } from '../metrics/registry/group-types';
import type { MetricDefinition } from '../metrics/registry/metric-types';
import { studentTQuantile } from '../metrics/statistics/distributions';
import { proportionGapTest, welchT, type MeanEstimate } from '../metrics/statistics/hypothesis-tests';
import { ratioStandardError, type Sums } from '../metrics/statistics/moments';
import { blankCell, type CellOptions, type SignalCell } from './signal-types';

const Z95 = 1.959963984540054;

/** Rows to test: the groups (not totals, not "not reported") of the tested year. */
export function testedRows(frame: PanelFrame, year: number): number[] {
  const f = frame.computed.frame;
  const rows: number[] = [];
  for (let r = 0; r < f.rows; r++) {
    if (f.isTotal[r] || f.year[r] !== year || f.group[r] === NOT_REPORTED || !(f.n[r]! > 0)) continue;
    // For a yes/no group type the "no" group against all others is the "yes" group mirrored: test it once.
    if (f.group[r] === 'false') continue;
    rows.push(r);
  }
  return rows;
}

export function testedYear(frame: PanelFrame, options: CellOptions): number | null {
  const years = frame.computed.frame.year;
  if (years.length === 0) return null;
  if (options.year !== null) return years.includes(options.year) ? options.year : null;
  return years.reduce((a, b) => Math.max(a, b), years[0]!);
}

export function gapCells(frame: PanelFrame, frameId: number, options: CellOptions): SignalCell[] {
  const year = testedYear(frame, options);
  if (year === null) return [];
  const f = frame.computed.frame;
  const totals = totalRows(frame);
  const cells: SignalCell[] = [];
  for (const r of testedRows(frame, year)) {
    // Signals always compare a group with all other units of its school or district (disjoint groups).
    const t = totals.get(f.partition[r]!) ?? -1;
    if (t < 0 || !(f.n[t]! - f.n[r]! > 0)) continue;
    const cell = frame.metric.kind === 'proportion' ? proportionCell(frame, frameId, r, t, options) : frame.metric.kind === 'mean' ? meanCell(frame, frameId, r, t, options) : null;
    if (cell) cells.push(blankCell(cell));
  }
  return cells;
}

/** Partition -> its total row (all units of one school or the district in one year). */
export function totalRows(frame: PanelFrame): Map<number, number> {
  const f = frame.computed.frame;
  const totals = new Map<number, number>();
  for (let r = 0; r < f.rows; r++) if (f.isTotal[r]) totals.set(f.partition[r]!, r);
  return totals;
}

type CellBase = Parameters<typeof blankCell>[0];

function where(frame: PanelFrame, frameId: number, r: number): Pick<CellBase, 'metric' | 'frameId' | 'row' | 'groupType' | 'group' | 'schoolId' | 'year' | 'kind' | 'fromRow' | 'fromYear' | 'fromGap'> {
  const f = frame.computed.frame;
  return { metric: frame.metric, frameId, row: r, groupType: f.groupType!, group: f.group[r]!, schoolId: f.facetType === 'school' ? f.facet[r]! : null, year: f.year[r]!, kind: 'gap', fromRow: -1, fromYear: null, fromGap: NaN };
}

const worse = (metric: MetricDefinition, difference: number): boolean => (metric.direction === 'lower_is_better' ? difference > 0 : difference < 0);

/** Floors passed by a difference in percentage points or a ratio, whichever is larger. */
export function rateSize(points: number, ratio: number, options: CellOptions): number {
  // A floor of 0 (points) or 1 (ratio) switches that floor off: every difference passes it.
  const byPoints = Number.isFinite(points) ? (options.floorPoints > 0 ? Math.abs(points) / options.floorPoints : Infinity) : 0;
  const byRatio = ratio > 0 && Number.isFinite(ratio) ? (options.floorRatio > 1 ? Math.abs(Math.log(ratio)) / Math.log(options.floorRatio) : Infinity) : 0;
  return Math.max(byPoints, byRatio);
}

function proportionCell(frame: PanelFrame, frameId: number, r: number, t: number, options: CellOptions): CellBase {
  const f = frame.computed.frame;
  const [x1, n1] = [f.x[r]!, f.n[r]!];
  const [x2, n2] = [f.x[t]! - x1, f.n[t]! - n1];
  const [p1, p2] = [x1 / n1, x2 / n2];
  const gap = p1 - p2;
  // Unpooled (Wald) standard error for the interval; the test itself pools under the null.
  const se = Math.sqrt((p1 * (1 - p1)) / n1 + (p2 * (1 - p2)) / n2);
  const riskRatio = p2 > 0 ? p1 / p2 : NaN;
  return {
    ...where(frame, frameId, r),
    n: n1,
    x: x1,
    value: p1,
    referenceN: n2,
    referenceValue: p2,
    effect: gap,
    effectLower: gap - Z95 * se,
    effectUpper: gap + Z95 * se,
    riskRatio,
    effectSize: NaN,
    test: proportionGapTest(x1, n1, x2, n2),
    adverse: worse(frame.metric, gap),
    size: rateSize(gap * 100, riskRatio, options),
  };
}

const estimate = (s: Sums): MeanEstimate => ({ mean: s.sumY / s.sumX, se: ratioStandardError(s), n: s.n });

function meanCell(frame: PanelFrame, frameId: number, r: number, t: number, options: CellOptions): CellBase {
  const cells: BaseCells = frame.computed.cells;
  const own = estimate(sumsOf(cells, r));
  const others = estimate(minus(sumsOf(cells, t), sumsOf(cells, r)));
  const test = welchT(own, others);
  const gap = own.mean - others.mean;
  const half = Number.isFinite(test.df) ? studentTQuantile(0.975, test.df) * Math.sqrt(own.se ** 2 + others.se ** 2) : NaN;
  const unit = frame.metric.unit;
  // Cohen's d with the pooled unit standard deviation (se x sqrt(n) is the unit SD for a plain mean).
  const pooledSd = Math.sqrt(((own.n - 1) * (own.se * own.se * own.n) + (others.n - 1) * (others.se * others.se * others.n)) / (own.n + others.n - 2));
  const effectSize = unit === 'scale_score' || unit === 'years' ? gap / pooledSd : NaN;
  const ratio = others.mean > 0 ? own.mean / others.mean : NaN;
  const size =
    unit === 'percent' ? rateSize(gap * 100, NaN, options) : unit === 'per_100' ? rateSize(NaN, ratio, options) : options.floorEffectSize > 0 ? Math.abs(effectSize) / options.floorEffectSize : Infinity;
  return {
    ...where(frame, frameId, r),
    n: own.n,
    x: NaN,
    value: own.mean,
    referenceN: others.n,
    referenceValue: others.mean,
    effect: gap,
    effectLower: gap - half,
    effectUpper: gap + half,
    riskRatio: unit === 'per_100' ? ratio : NaN,
    effectSize,
    test,
    adverse: worse(frame.metric, gap),
    size: Number.isNaN(size) ? 0 : size,
  };
}
