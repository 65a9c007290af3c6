// A benchmark's baseline: the published figure for its metric, group and statistic in the benchmark's baseline
// year, computed through the metrics engine and the suppression choke point (never raw counts).
import type { DuckDBConnection } from '@duckdb/node-api';
import type { BenchmarkBaseline, BenchmarkSpec, MetricGroupType, MetricTableRequest, PublishedMetricRow } from '../api';
import type { MetricSettings } from '../metrics/metric-settings';
import { findMetric, metricGroupTypes } from '../metrics/registry';
import type { MetricDefinition } from '../metrics/registry/metric-types';
import { metricTable } from '../metrics/run-metric';
import { publishedRows } from '../report/published-rows';
import { ServiceFailure } from '../engine/service-failure';
import { schoolYearLabel } from '../shared/codes';
import { STATISTIC_LABELS } from './benchmark-format';
import { benchmarkSeries, isWithheld, pointText } from './benchmark-series';

export function requireMetric(metricId: string): MetricDefinition {
  const metric = findMetric(metricId);
  if (!metric) throw new ServiceFailure('bad_request', `There is no metric "${metricId.slice(0, 80)}".`);
  return metric;
}

/** The benchmark's row (the group, or the total) in its baseline year, or the latest year when none is recorded. */
export function baselineFromRows(rows: readonly PublishedMetricRow[], spec: BenchmarkSpec, metric: MetricDefinition, minimumN: number): BenchmarkBaseline {
  const series = benchmarkSeries(rows, spec, metric);
  const point = typeof spec.baselineYear === 'number' ? series.find((p) => p.year === spec.baselineYear) : series[series.length - 1];
  const base = { metricLabel: metric.label, statisticLabel: STATISTIC_LABELS[spec.statistic], groupLabel: point?.row.group_label ?? (spec.group === null ? 'All students' : spec.group) };
  if (!point) {
    const when = typeof spec.baselineYear === 'number' ? ` in ${schoolYearLabel(spec.baselineYear)}` : '';
    return { ...base, year: spec.baselineYear ?? null, value: null, text: `no data for this group${when}`, suppressed: false };
  }
  const value = point.estimate === null ? null : Math.round(point.estimate * 100) / 100;
  return { ...base, year: point.year, value, text: pointText(point, spec, metric, minimumN), suppressed: point.estimate === null && isWithheld(point.row) };
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
