// The computed cells of one metric table, column by column (typed arrays, NaN for "not computed"
// with a note saying why), ready for the suppression choke point in analysis/privacy/publish.ts.
import type { GroupTypeId } from '../registry/group-types';
import type { MetricDefinition } from '../registry/metric-types';

export const STAT_COLUMNS = [
  'value',
  'lower',
  'upper',
  'referenceValue',
  'gap',
  'comparisonValue',
  'riskRatio',
  'stateComparisonValue',
  'stateShare',
  'alternateRiskRatio',
  'weightedRiskRatio',
  'outcomeShare',
  'populationShare',
  'compositionIndex',
  'cohensD',
  'hedgesG',
  'priorValue',
  'change',
  'yearsOverThreshold',
  'studentsNeeded',
  'funnelTarget',
  'funnelLower95',
  'funnelUpper95',
  'funnelLower998',
  'funnelUpper998',
] as const;
export type StatColumn = (typeof STAT_COLUMNS)[number];

/** Each note column explains the statistics that share its name. */
export const NOTE_COLUMNS = ['value', 'gap', 'riskRatio', 'alternateRiskRatio', 'weightedRiskRatio', 'composition', 'effectSize', 'change', 'flag', 'funnel'] as const;
export type NoteColumn = (typeof NOTE_COLUMNS)[number];

/** IDEA minimum tests: -1 not applicable, 0 failed, 1 passed. */
export const TEST_COLUMNS = ['groupCellTest', 'groupNTest', 'comparisonCellTest', 'comparisonNTest'] as const;
export type TestColumn = (typeof TEST_COLUMNS)[number];

/**
 * Significant disproportionality over years (34 CFR 300.647(d)), -1 when not judged, 0 no, 1 yes: the ratio fell
 * in each of the two years before (by any amount, and by the state's percentage), and whether the group is
 * identified (flagged, without reasonable progress under the state's standard).
 */
export const PROGRESS_COLUMNS = ['loweredTwoYears', 'loweredTwoYearsByPercent', 'identified'] as const;
export type ProgressColumn = (typeof PROGRESS_COLUMNS)[number];

export const RATIO_METHOD = [null, 'risk_ratio', 'alternate_risk_ratio'] as const;
export const FUNNEL_POSITION = [null, 'above_998', 'above_95', 'within', 'below_95', 'below_998'] as const;

export interface MetricFrame {
  metric: MetricDefinition;
  groupType: GroupTypeId | null;
  facetType: GroupTypeId | null;
  /** How each group is compared: "All other students", "White", ... per partition, indexed by row. */
  referenceLabel: string[];
  rows: number;
  year: Int32Array;
  facet: string[];
  group: string[];
  isTotal: Uint8Array;
  /** Partition (facet x year) each row belongs to; totals carry their own partition's id. */
  partition: Int32Array;
  /** Row of the same group the year before, or -1. */
  priorRow: Int32Array;
  /** Row whose figure is this row's reference (the total, the named or best group), or -1 (all others). */
  referenceRow: Int32Array;
  /** Units counted (students, staff, respondents) and, for proportions, units with the outcome. */
  n: Float64Array;
  x: Float64Array;
  /** Whether the row's year was asked for (earlier years are read only for trends). */
  requested: Uint8Array;
  stats: Record<StatColumn, Float64Array>;
  notes: Record<NoteColumn, Uint8Array>;
  tests: Record<TestColumn, Int8Array>;
  progress: Record<ProgressColumn, Int8Array>;
  method: Uint8Array;
  flagged: Uint8Array;
  funnelPosition: Uint8Array;
}

export function allocateFrame(metric: MetricDefinition, groupType: GroupTypeId | null, facetType: GroupTypeId | null, rows: number): MetricFrame {
  const floats = () => new Float64Array(rows).fill(NaN);
  return {
    metric,
    groupType,
    facetType,
    referenceLabel: new Array<string>(rows).fill(''),
    rows,
    year: new Int32Array(rows),
    facet: new Array<string>(rows),
    group: new Array<string>(rows),
    isTotal: new Uint8Array(rows),
    partition: new Int32Array(rows),
    priorRow: new Int32Array(rows).fill(-1),
    referenceRow: new Int32Array(rows).fill(-1),
    n: new Float64Array(rows),
    x: new Float64Array(rows),
    requested: new Uint8Array(rows),
    stats: Object.fromEntries(STAT_COLUMNS.map((c) => [c, floats()])) as Record<StatColumn, Float64Array>,
    notes: Object.fromEntries(NOTE_COLUMNS.map((c) => [c, new Uint8Array(rows)])) as Record<NoteColumn, Uint8Array>,
    tests: Object.fromEntries(TEST_COLUMNS.map((c) => [c, new Int8Array(rows).fill(-1)])) as Record<TestColumn, Int8Array>,
    progress: Object.fromEntries(PROGRESS_COLUMNS.map((c) => [c, new Int8Array(rows).fill(-1)])) as Record<ProgressColumn, Int8Array>,
    method: new Uint8Array(rows),
    flagged: new Uint8Array(rows),
    funnelPosition: new Uint8Array(rows),
  };
}
