// What the signals engine produces: one tested cell (a group's gap in one school or the district, in
// the latest year or its change since the first year), before and after false-discovery control.
import type { TestResult } from '../metrics/statistics/hypothesis-tests';
import type { GroupTypeId } from '../metrics/registry/group-types';
import type { MetricDefinition } from '../metrics/registry/metric-types';

export type SignalKind = 'gap' | 'trend';

export interface SignalCell {
  metric: MetricDefinition;
  /** Which computed frame and row the figures come from (publication checks them against suppression). */
  frameId: number;
  row: number;
  /** Trend cells: the row of the first year; -1 otherwise. */
  fromRow: number;
  kind: SignalKind;
  groupType: GroupTypeId;
  group: string;
  /** null for district-wide cells; the school id for cells within a school. */
  schoolId: string | null;
  year: number;
  fromYear: number | null;
  /** The group: units counted, units with the outcome (proportions), its figure. */
  n: number;
  x: number;
  value: number;
  /** All other units in the same school or district. */
  referenceN: number;
  referenceValue: number;
  /** value - referenceValue (trend: its change since fromYear), with a 95% interval. */
  effect: number;
  effectLower: number;
  effectUpper: number;
  /** Trend cells: the gap in the first year. */
  fromGap: number;
  /** Proportions: value / referenceValue; per-100 rates: the rate ratio. */
  riskRatio: number;
  /** Scores and years: Cohen's d against all others. */
  effectSize: number;
  test: TestResult;
  q: number;
  /** The group fares worse than all others (trend: its gap moved against it). */
  adverse: boolean;
  /** The effect in multiples of its practical floor: 1 or more passes. */
  size: number;
  signal: boolean;
  /** Empirical-Bayes estimate of the group's rate (proportions), with its 95% interval. */
  shrunk: number;
  shrunkLower: number;
  shrunkUpper: number;
  /** Disproportionate-impact measures (proportions; on the favourable outcome). */
  ppgMoe: number;
  ppgImpacted: boolean | null;
  proportionalityIndex: number;
  eightyIndex: number;
  /** Students who would need the favourable outcome (or, for an adverse one, fewer with it). */
  neededParity: number;
  neededInsideMargin: number;
  /** Adverse outcomes: fewer students with the outcome for the risk ratio to fall under the floor. */
  neededRatio: number;
}

export interface CellOptions {
  /** The year tested; null for each metric's latest year. */
  year: number | null;
  floorPoints: number;
  floorRatio: number;
  floorEffectSize: number;
}

type Known = Omit<SignalCell, 'q' | 'signal' | 'shrunk' | 'shrunkLower' | 'shrunkUpper' | 'ppgMoe' | 'ppgImpacted' | 'proportionalityIndex' | 'eightyIndex' | 'neededParity' | 'neededInsideMargin' | 'neededRatio'>;

/** Completes a cell with everything not yet known (q, signal, shrinkage, field methods) empty, in place. */
export function blankCell(base: Known): SignalCell {
  return Object.assign(base, {
    q: NaN,
    signal: false,
    shrunk: NaN,
    shrunkLower: NaN,
    shrunkUpper: NaN,
    ppgMoe: NaN,
    ppgImpacted: null,
    proportionalityIndex: NaN,
    eightyIndex: NaN,
    neededParity: NaN,
    neededInsideMargin: NaN,
    neededRatio: NaN,
  });
}
