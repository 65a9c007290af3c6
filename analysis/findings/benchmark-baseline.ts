// A benchmark's baseline: the published figure for its metric, group and statistic in the latest year the
// metric has data, computed through the metrics engine and the suppression choke point (never raw counts).
import type { DuckDBConnection } from '@duckdb/node-api';
import type { BenchmarkBaseline, BenchmarkSpec, BenchmarkStatistic, MetricGroupType, MetricTableRequest, PublishedMetricRow } from '../api';
import type { MetricSettings } from '../metrics/metric-settings';
import { findMetric, metricGroupTypes } from '../metrics/registry';
import type { MetricDefinition } from '../metrics/registry/metric-types';
import { metricTable } from '../metrics/run-metric';
import { publishedRows } from '../report/published-rows';
import { ServiceFailure } from '../engine/service-failure';
import { schoolYearLabel } from '../shared/codes';
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

export function requireMetric(metricId: string): MetricDefinition {
  const metric = findMetric(metricId);
  if (!metric) throw new ServiceFailure('bad_request', `There is no metric "${metricId.slice(0, 80)}".`);
  return metric;
}

const FIELD: Record<BenchmarkStatistic, keyof PublishedMetricRow> = { value: 'value', gap: 'gap', risk_ratio: 'risk_ratio' };

/** Picks the benchmark's row (the group, or the total) of the latest year that has one. */
export function baselineFromRows(rows: readonly PublishedMetricRow[], spec: BenchmarkSpec, metric: MetricDefinition, minimumN: number): BenchmarkBaseline {
  const matches = rows.filter((r) => r.facet_value === null && (spec.group === null ? r.is_total : !r.is_total && r.group_value === spec.group));
  const latest = matches.sort((a, b) => b.school_year - a.school_year)[0];
  const base = { metricLabel: metric.label, statisticLabel: STATISTIC_LABELS[spec.statistic], groupLabel: latest?.group_label ?? (spec.group === null ? 'All students' : spec.group) };
  if (!latest) return { ...base, year: null, value: null, text: 'no data for this group', suppressed: false };
  const raw = latest[FIELD[spec.statistic]] as number | null;
  if (raw !== null && Number.isFinite(raw)) {
    const value = raw * displayScale(metric, spec.statistic).scale;
    return { ...base, year: latest.school_year, value: Math.round(value * 100) / 100, text: `${formatFigure(value, metric, spec.statistic)} in ${schoolYearLabel(latest.school_year)}`, suppressed: false };
  }
  // Withheld: say so, and why, rather than print a blank a reader could take for zero.
  if (latest.suppressed || latest.value_note === 'suppressed') {
    const coded = spec.statistic === 'value' && latest.value_coded && latest.value_coded !== '*' ? ` (${latest.value_coded})` : '';
    return { ...base, year: latest.school_year, value: null, text: `withheld to protect a group of fewer than ${minimumN} students${coded}`, suppressed: true };
  }
  const note = spec.statistic === 'risk_ratio' ? latest.risk_ratio_note : spec.statistic === 'gap' ? latest.gap_note : latest.value_note;
  return { ...base, year: latest.school_year, value: null, text: `not available (${(note ?? 'not computed').replace(/_/g, ' ')})`, suppressed: false };
}

export async function benchmarkBaseline(connection: DuckDBConnection, spec: BenchmarkSpec, settings: MetricSettings, internal: boolean): Promise<BenchmarkBaseline> {
  const metric = requireMetric(spec.metricId);
  // An all-students benchmark reads the total row of a breakdown: a request with no breakdown at all currently
  // publishes its total as withheld (a metrics-engine quirk), and the total is the same either way.
  const groupType = spec.groupType ?? metricGroupTypes(metric)[0] ?? null;
  const request: MetricTableRequest = { metricId: metric.id, groupBy: groupType ? [groupType as MetricGroupType] : [], internal };
  if (spec.statistic !== 'value' && !spec.groupType) throw new ServiceFailure('bad_request', 'A gap or risk-ratio benchmark is for one group: choose the group.');
  return baselineFromRows(publishedRows(await metricTable(connection, request, settings)), spec, metric, settings.minimumN);
}
