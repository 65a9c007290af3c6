// How a benchmark's figures are labelled and written: percent for rates, points for gaps, two decimals for ratios.
import type { BenchmarkStatistic } from '../api';
import type { MetricDefinition } from '../metrics/registry/metric-types';
import { gapShort } from '../shared/gap-sign';

export const STATISTIC_LABELS: Record<BenchmarkStatistic, string> = {
  value: 'Rate or average',
  gap: 'Gap to the reference',
  risk_ratio: 'Risk ratio',
};

/** How a metric's figures are written: percent for rates, one decimal otherwise. */
export function displayScale(metric: Pick<MetricDefinition, 'unit'>, statistic: BenchmarkStatistic): { scale: number; suffix: string } {
  if (statistic === 'risk_ratio') return { scale: 1, suffix: '' };
  if (metric.unit === 'percent') return { scale: 100, suffix: statistic === 'gap' ? ' pts' : '%' };
  return { scale: 1, suffix: statistic === 'gap' ? ' pts' : '' };
}

/** A benchmark figure as printed; a gap in the shared sign convention ("19.0 pts below"), never a bare sign. */
export function formatFigure(value: number, metric: Pick<MetricDefinition, 'unit'>, statistic: BenchmarkStatistic): string {
  if (statistic === 'gap') return gapShort(value);
  const { suffix } = displayScale(metric, statistic);
  return `${value.toFixed(statistic === 'risk_ratio' ? 2 : 1)}${suffix}`;
}

