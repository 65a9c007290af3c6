// Computes every statistic of one metric table from its base cells: values and intervals, the
// reference and gap, comparisons (risk ratios or effect sizes), composition, trends and funnels.
import type { Grouping, ReferenceSpec } from '../compile/metric-query';
import type { MetricSettings } from '../metric-settings';
import type { MetricDefinition } from '../registry/metric-types';
import { population } from '../registry/populations';
import { groupType } from '../registry/group-types';
import { reorderCells, type BaseCells } from './base-cells';
import { allocateFrame, type MetricFrame } from './metric-frame';
import { meanComparisons, meanValues } from './mean-stats';
import { NOTE } from './notes';
import { buildPartitions } from './partitions';
import { isIdentity, reportingOrder } from './reporting-order';
import { proportionComparisons, proportionValues } from './proportion-stats';
import { chooseReferences } from './references';
import { representationStats } from './representation-stats';
import type { StateFigures } from './state-figures';
import { linkPriorYears, trendStats } from './trend-stats';

export interface ComputeOptions {
  settings: MetricSettings;
  reference: ReferenceSpec;
  /** Years to publish; null for all. Earlier years are computed only to feed trends. */
  requestedYears: readonly number[] | null;
  state: StateFigures | null;
  schoolNames?: ReadonlyMap<string, string>;
}

export interface ComputedMetric {
  frame: MetricFrame;
  /** The counted cells the frame was computed from, row for row (in reporting order, as the frame is). */
  cells: BaseCells;
  /** Representation only: students in each group (its reference share is suppressed when small). */
  comparisonCount: Float64Array | null;
}

export function computeMetric(counted: BaseCells, metric: MetricDefinition, grouping: Grouping, options: ComputeOptions): ComputedMetric {
  // In reporting order from here on, so that publishing copies columns as they are.
  const order = reportingOrder({ ...counted, facetType: grouping.facet, groupType: grouping.primary }, options.schoolNames);
  const cells = isIdentity(order, counted.rows) ? counted : reorderCells(counted, order);
  const frame = allocateFrame(metric, grouping.primary, grouping.facet, cells.rows);
  frame.year.set(cells.year);
  frame.isTotal.set(cells.isTotal);
  frame.n.set(cells.n);
  frame.x.set(cells.y);
  for (let r = 0; r < cells.rows; r++) {
    frame.facet[r] = cells.facet[r]!;
    frame.group[r] = cells.group[r]!;
    frame.requested[r] = !options.requestedYears || options.requestedYears.includes(cells.year[r]!) ? 1 : 0;
  }
  const parts = buildPartitions(frame.facet, frame.year, frame.isTotal);
  frame.partition.set(parts.ofRow);
  linkPriorYears(frame);
  const pop = population(metric.population);
  const schoolComparison = grouping.primary === 'school';

  if (metric.kind === 'representation') {
    const comparisonCount = new Float64Array(cells.rows).fill(NaN);
    representationStats(frame, cells, parts, comparisonCount);
    frame.referenceLabel.fill('Share of students');
    trendStats(frame, options.settings.riskRatio);
    return { frame, cells, comparisonCount };
  }

  if (metric.kind === 'proportion') proportionValues(frame);
  else meanValues(frame, cells);
  const minimumN = options.settings.minimumN;
  const references = chooseReferences(parts, {
    spec: options.reference,
    direction: metric.direction,
    groupType: grouping.primary,
    group: frame.group,
    value: frame.stats.value,
    eligible: (r) => frame.n[r]! >= minimumN && (metric.kind !== 'proportion' || (frame.x[r]! >= minimumN && frame.n[r]! - frame.x[r]! >= minimumN)),
    totalLabel: pop.totalLabel,
    unit: pop.unit,
    schoolNames: options.schoolNames,
  });
  for (let r = 0; r < frame.rows; r++) {
    frame.referenceRow[r] = references.row[parts.ofRow[r]!]!;
    frame.referenceLabel[r] = references.label[parts.ofRow[r]!]!;
  }

  if (metric.kind === 'proportion') {
    proportionComparisons(frame, parts, {
      riskRatio: options.settings.riskRatio,
      state: options.state,
      stateComparable: !grouping.facet || groupType(grouping.facet).category === 'school',
      schoolComparison,
      groupReference: options.reference.kind === 'group',
    });
  } else meanComparisons(frame, cells, parts, schoolComparison);

  for (let r = 0; r < frame.rows; r++) {
    if (frame.isTotal[r]) {
      frame.notes.gap[r] = NOTE.is_total;
      continue;
    }
    const ref = frame.referenceRow[r]!;
    const referenceValue = options.reference.kind === 'all_others' ? frame.stats.comparisonValue[r]! : ref >= 0 ? frame.stats.value[ref]! : NaN;
    frame.stats.referenceValue[r] = referenceValue;
    frame.stats.gap[r] = frame.stats.value[r]! - referenceValue;
    if (!Number.isFinite(frame.stats.gap[r]!)) frame.notes.gap[r] = NOTE.reference_unavailable;
  }
  trendStats(frame, options.settings.riskRatio);
  return { frame, cells, comparisonCount: null };
}
