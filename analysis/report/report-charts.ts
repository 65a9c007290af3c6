// Charts linked as evidence, redrawn for the report: each metric_view's filters hold its Explore address,
// which the shared Explore logic turns into the same metric request; figures come from the choke point.
import type { DuckDBConnection } from '@duckdb/node-api';
import type { EvidenceItem, MetricCatalog, ReportChart } from '../api';
import type { MetricSettings } from '../metrics/metric-settings';
import { metricTable } from '../metrics/run-metric';
import { metricRequest } from '../shared/explore-view';
import { parseView } from '../shared/explore-view-address';
import { descriptorQuery } from '../shared/view-descriptor';
import { publishedRows } from './published-rows';

/** The Explore address query a metric_view evidence item redraws (the shared view descriptor). */
export function evidenceQuery(item: EvidenceItem): string {
  return descriptorQuery(item.view!);
}

export async function reportChart(
  connection: DuckDBConnection,
  item: EvidenceItem,
  context: { catalog: MetricCatalog; settings: MetricSettings; latestYear: number; internal: boolean; anchor: string },
): Promise<ReportChart> {
  const query = evidenceQuery(item);
  // A public report never shows unsuppressed figures, whatever view the chart was pinned from.
  const view = { ...parseView(query), internal: context.internal };
  const metric = context.catalog.metrics.find((m) => m.id === view.metricId);
  const labelOf = (id: string) => context.catalog.groupTypes.find((g) => g.id === id)?.label ?? id;
  const groupBy = metric && !metric.groupTypes.includes(view.groupBy) ? (metric.groupTypes.find((g) => g !== 'school') ?? view.groupBy) : view.groupBy;
  const base = {
    anchor: context.anchor,
    evidenceId: item.evidenceId,
    title: item.title,
    query,
    view: view.view,
    groupType: groupBy,
    groupTypeLabel: labelOf(groupBy),
    groupType2: view.groupBy2,
    groupType2Label: labelOf(view.groupBy2),
    year: view.year ?? context.latestYear,
    criterionIds: item.criterionIds,
    note: item.note,
  };
  if (!metric) return { ...base, metric: context.catalog.metrics[0]!, rows: [], error: `The metric "${view.metricId}" is not available in this version.` };
  try {
    const request = metricRequest({ ...view, groupBy }, context.latestYear);
    return { ...base, metric, rows: publishedRows(await metricTable(connection, request, context.settings)), error: null };
  } catch (error) {
    const message = error instanceof Error && error.name === 'ServiceFailure' ? error.message : 'The chart could not be computed from this project’s data.';
    return { ...base, metric, rows: [], error: message };
  }
}
