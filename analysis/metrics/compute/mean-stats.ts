// Statistics of a mean (or ratio-of-sums) metric: t interval with the unit as the sampling unit,
// the mean of all other units, effect sizes and funnel limits.
import { cohensD, hedgesG, type GroupMoments } from '../statistics/effect-size';
import { funnelPosition, meanFunnel } from '../statistics/funnel';
import { ratioStandardError, sampleSd, tHalfWidth, type Sums } from '../statistics/moments';
import type { BaseCells } from './base-cells';
import { FUNNEL_POSITION, type MetricFrame } from './metric-frame';
import { NOTE } from './notes';
import type { Partitions } from './partitions';

/** A plain mean has every weight 1: its weight sums are n, and its cross product is the sum of values. */
export const sumsOf = (cells: BaseCells, r: number): Sums => ({
  n: cells.n[r]!,
  sumX: cells.w ? cells.w[r]! : cells.n[r]!,
  sumY: cells.y[r]!,
  sumXX: cells.ww ? cells.ww[r]! : cells.n[r]!,
  sumYY: cells.yy![r]!,
  sumXY: cells.wy ? cells.wy[r]! : cells.y[r]!,
});

export const minus = (a: Sums, b: Sums): Sums => ({
  n: a.n - b.n,
  sumX: a.sumX - b.sumX,
  sumY: a.sumY - b.sumY,
  sumXX: a.sumXX - b.sumXX,
  sumYY: a.sumYY - b.sumYY,
  sumXY: a.sumXY - b.sumXY,
});

/** Moments of a plain mean (effect sizes are only reported for unweighted means). */
const moments = (s: Sums): GroupMoments => ({ n: s.n, mean: s.sumY / s.n, sd: sampleSd(s.n, s.sumY, s.sumYY) });

export function meanValues(frame: MetricFrame, cells: BaseCells): void {
  const { value, lower, upper } = frame.stats;
  for (let r = 0; r < frame.rows; r++) {
    const s = sumsOf(cells, r);
    value[r] = s.sumX > 0 ? s.sumY / s.sumX : NaN;
    if (!Number.isFinite(value[r]!)) frame.notes.value[r] = NOTE.no_units;
    const half = tHalfWidth(ratioStandardError(s), s.n);
    lower[r] = value[r]! - half;
    upper[r] = value[r]! + half;
  }
}

export function meanComparisons(frame: MetricFrame, cells: BaseCells, parts: Partitions, schoolComparison: boolean): void {
  const { stats, notes } = frame;
  for (let p = 0; p < parts.count; p++) {
    const t = parts.totalRow[p]!;
    const total = t >= 0 ? sumsOf(cells, t) : null;
    const unitSd = total ? ratioStandardError(total) * Math.sqrt(total.n) : NaN;
    for (let i = parts.start[p]!; i < parts.start[p + 1]!; i++) {
      const r = parts.members[i]!;
      const own = sumsOf(cells, r);
      const others = total ? minus(total, own) : null;
      stats.comparisonValue[r] = others && others.sumX > 0 ? others.sumY / others.sumX : NaN;
      for (const column of ['riskRatio', 'alternateRiskRatio', 'weightedRiskRatio', 'composition', 'flag'] as const) notes[column][r] = NOTE.not_applicable;
      if (!frame.metric.effectSizes) notes.effectSize[r] = NOTE.not_applicable;
      else {
        const ref = frame.referenceRow[r]!;
        // A group is compared with a population it is not part of: "all students" means all others here.
        const reference = ref >= 0 && ref !== t ? sumsOf(cells, ref) : others;
        if (ref === r) notes.effectSize[r] = NOTE.is_reference;
        else if (!reference || reference.n < 2 || own.n < 2) notes.effectSize[r] = NOTE.too_few_units;
        else {
          stats.cohensD[r] = cohensD(moments(own), moments(reference));
          stats.hedgesG[r] = hedgesG(moments(own), moments(reference));
          if (!Number.isFinite(stats.cohensD[r]!)) notes.effectSize[r] = NOTE.no_variation;
        }
      }
      if (schoolComparison && total) {
        const limits = meanFunnel(stats.value[t]!, unitSd, own.n);
        stats.funnelTarget[r] = stats.value[t]!;
        stats.funnelLower95[r] = limits.lower95;
        stats.funnelUpper95[r] = limits.upper95;
        stats.funnelLower998[r] = limits.lower998;
        stats.funnelUpper998[r] = limits.upper998;
        frame.funnelPosition[r] = FUNNEL_POSITION.indexOf(funnelPosition(stats.value[r]!, limits));
      } else notes.funnel[r] = NOTE.not_school_comparison;
    }
    if (t >= 0) {
      for (const column of ['riskRatio', 'alternateRiskRatio', 'weightedRiskRatio', 'composition', 'flag'] as const) notes[column][t] = NOTE.not_applicable;
      notes.effectSize[t] = frame.metric.effectSizes ? NOTE.is_total : NOTE.not_applicable;
      notes.funnel[t] = NOTE.is_total;
    }
  }
}
