// Statistics of a representation metric: each group's share of teachers (with its Wilson interval)
// against its share of students in the same schools and year.
import { wilsonLower, wilsonUpper } from '../statistics/wilson';
import type { BaseCells } from './base-cells';
import type { MetricFrame } from './metric-frame';
import { NOTE } from './notes';
import type { Partitions } from './partitions';

/**
 * The frame's x and n become "teachers in the group" and "all teachers", so that what is published
 * reads as "x of n teachers"; the students in the group go to comparisonCount for suppression.
 */
export function representationStats(frame: MetricFrame, cells: BaseCells, parts: Partitions, comparisonCount: Float64Array): void {
  const { stats, notes } = frame;
  for (let p = 0; p < parts.count; p++) {
    const t = parts.totalRow[p]!;
    const teachers = t >= 0 ? cells.y[t]! : NaN;
    const students = t >= 0 ? cells.n[t]! - cells.y[t]! : NaN;
    const rows = [...parts.members.subarray(parts.start[p]!, parts.start[p + 1]!)];
    if (t >= 0) rows.push(t);
    for (const r of rows) {
      const x = cells.y[r]!;
      const s = cells.n[r]! - x;
      frame.x[r] = x;
      frame.n[r] = teachers;
      comparisonCount[r] = s;
      stats.value[r] = teachers > 0 ? x / teachers : NaN;
      stats.lower[r] = wilsonLower(x, teachers);
      stats.upper[r] = wilsonUpper(x, teachers);
      if (!(teachers > 0)) notes.value[r] = NOTE.no_units;
      stats.referenceValue[r] = students > 0 ? s / students : NaN;
      stats.gap[r] = stats.value[r]! - stats.referenceValue[r]!;
      if (!Number.isFinite(stats.gap[r]!)) notes.gap[r] = NOTE.reference_unavailable;
      stats.compositionIndex[r] = stats.referenceValue[r]! > 0 ? stats.value[r]! / stats.referenceValue[r]! : NaN;
      notes.composition[r] = Number.isFinite(stats.compositionIndex[r]!) ? 0 : NOTE.no_outcomes;
      for (const column of ['riskRatio', 'alternateRiskRatio', 'weightedRiskRatio', 'effectSize', 'flag'] as const) notes[column][r] = NOTE.not_applicable;
      notes.funnel[r] = NOTE.not_applicable;
    }
  }
}
