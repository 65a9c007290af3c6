// Suggestion figures read from the metrics engine's published rows: the same definitions, settings and
// suppression as Explore, the report and every export. No metric SQL lives in analysis/review/.
import type { DuckDBConnection } from '@duckdb/node-api';
import type { MetricGroupType, PublishedMetricRow } from '../api';
import type { MetricSettings } from '../metrics/metric-settings';
import { metricTable } from '../metrics/run-metric';
import { publishedRows } from '../report/published-rows';
import { gapPoints, shortfall } from '../shared/gap-sign';
import { engineGroup, SUGGESTION_METRICS, type SuggestionMetricInfo } from '../shared/suggestion-metrics';
import type { MetricPoint, MetricSeries, MetricSource } from './metric-series';

/**
 * The suggestion's figure from one published row, in the suggestion's units: a gap as percentage points
 * by which the group is worse off than all other students (the shared sign convention), a risk ratio
 * or composition index as published. null when the engine withheld or could not compute it.
 */
export function suggestionFigure(info: SuggestionMetricInfo, row: PublishedMetricRow): number | null {
  switch (info.statistic) {
    case 'gap':
      return row.gap === null ? null : shortfall(gapPoints(row.gap, 'percent'), info.direction);
    case 'risk_ratio':
      return row.risk_ratio;
    case 'composition_index':
      return row.composition_index;
  }
}

/** Whether the row's figure is missing because publishing it could identify students. */
function withheld(info: SuggestionMetricInfo, row: PublishedMetricRow): boolean {
  const note = info.statistic === 'gap' ? row.gap_note : info.statistic === 'risk_ratio' ? row.risk_ratio_note : row.value_note;
  return row.suppressed || note === 'suppressed';
}

/** One group's yearly points from the rows of a one-way breakdown (district level, no facet). */
export function seriesPoints(info: SuggestionMetricInfo, rows: readonly PublishedMetricRow[], group: string): MetricPoint[] {
  return rows
    .filter((r) => r.facet_value === null && !r.is_total && r.group_value === group)
    .sort((a, b) => a.school_year - b.school_year)
    .map((row) => {
      const value = suggestionFigure(info, row);
      return { year: row.school_year, value, n: row.denominator, suppressed: value === null && withheld(info, row) };
    });
}

/** A MetricSource over the metrics engine; one engine request per group type, shared by the rule's groups. */
export function createEngineMetricSource(connection: DuckDBConnection, settings: MetricSettings): MetricSource {
  const tables = new Map<string, Promise<PublishedMetricRow[]>>();
  const rowsFor = (metricId: string, groupType: string) => {
    const key = `${metricId}\u0001${groupType}`;
    let rows = tables.get(key);
    if (!rows) {
      const request = { metricId, groupBy: [groupType as MetricGroupType], reference: { kind: 'all_others' as const } };
      rows = metricTable(connection, request, settings).then(publishedRows);
      tables.set(key, rows);
    }
    return rows;
  };
  return {
    async series(request) {
      const info = SUGGESTION_METRICS[request.metric];
      const result: MetricSeries[] = [];
      for (const code of request.groups) {
        const where = engineGroup(request.groupType, code);
        const rows = await rowsFor(info.metricId, where.groupType);
        result.push({ metric: request.metric, groupType: request.groupType, group: code, points: seriesPoints(info, rows, where.group) });
      }
      return result;
    },
  };
}
