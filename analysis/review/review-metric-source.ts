// The adapter from suggestion rules to figures: our interim Domain 1 SQL, with small-n suppression.
// SWITCH TO THE METRICS ENGINE: when analysis/metrics/ exposes these figures, build the series from it
// here; suggestion-rules.ts and the rest of analysis/review/ only see the MetricSource interface.
import { LIST, listValue, VARCHAR, type DuckDBConnection } from '@duckdb/node-api';
import type { SuggestionMetricId } from '../api';
import type { SuppressionSettings } from '../privacy/suppression';
import { groupCountsSql, type GroupCounts } from './domain1-sql';
import type { MetricPoint, MetricSeries, MetricSeriesRequest, MetricSource } from './metric-series';

/** Turns one group's counts into the published figure, applying the minimum n (DESIGN.md section 4). */
export function pointFromCounts(metric: SuggestionMetricId, counts: GroupCounts, minimumN: number): MetricPoint {
  const { year, nGroup, xGroup, nOther, xOther } = counts;
  const hidden = (suppressed: boolean): MetricPoint => ({ year, value: null, n: nGroup, suppressed });
  if (nGroup === 0) return hidden(false);
  // Too few students in the group or in the comparison group: the figure could identify students.
  if (nGroup < minimumN || nOther < minimumN) return hidden(true);
  const groupRate = xGroup / nGroup;
  const otherRate = xOther / nOther;
  switch (metric) {
    case 'oss_risk_ratio':
      // A risk ratio on fewer than minimumN suspended students is both identifying and unstable.
      if (xGroup < minimumN) return hidden(true);
      return otherRate === 0 ? hidden(false) : { year, value: groupRate / otherRate, n: nGroup, suppressed: false };
    case 'ela_proficiency_gap':
    case 'math_proficiency_gap':
    case 'graduation_gap':
      return { year, value: 100 * (otherRate - groupRate), n: nGroup, suppressed: false };
    case 'chronic_absence_gap':
      return { year, value: 100 * (groupRate - otherRate), n: nGroup, suppressed: false };
    case 'advanced_course_composition': {
      const takers = xGroup + xOther;
      if (takers === 0) return hidden(false);
      return { year, value: xGroup / takers / (nGroup / (nGroup + nOther)), n: nGroup, suppressed: false };
    }
  }
}

export async function readGroupCounts(connection: DuckDBConnection, request: MetricSeriesRequest): Promise<GroupCounts[]> {
  const reader = await connection.runAndReadAll(groupCountsSql(request.metric, request.groupType), [listValue([...request.groups])], [LIST(VARCHAR)]);
  return reader.getRowObjectsJS().map((row) => ({
    code: String(row.code),
    year: Number(row.year),
    nGroup: Number(row.n_group),
    xGroup: Number(row.x_group),
    nOther: Number(row.n_other),
    xOther: Number(row.x_other),
  }));
}

/** A MetricSource over a project's tables (suggestions.ts remembers the outcomes until the data change). */
export function createReviewMetricSource(connection: DuckDBConnection, settings: SuppressionSettings): MetricSource {
  return {
    async series(request) {
      const counts = await readGroupCounts(connection, request);
      return request.groups.map(
        (group): MetricSeries => ({
          metric: request.metric,
          groupType: request.groupType,
          group,
          points: counts.filter((c) => c.code === group).map((c) => pointFromCounts(request.metric, c, settings.minimumN)),
        }),
      );
    },
  };
}
