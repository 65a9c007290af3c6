// The executive summary's largest gaps: for the outcome metrics behind the data-suggested ratings, each
// group against all other students in the latest year, from published (suppressed) tables only. A gap is
// listed only when the group's 95% interval leaves out the comparison figure, so noise is not headlined.
import type { DuckDBConnection } from '@duckdb/node-api';
import type { MetricCatalog, MetricGroupType, MetricInfo, PublishedMetricRow, ReportGap } from '../api';
import type { MetricSettings } from '../metrics/metric-settings';
import { metricTable } from '../metrics/run-metric';
import { schoolYearLabel } from '../shared/codes';
import { publishedRows } from './published-rows';
import { SUGGESTION_RULE_METRIC_IDS } from '../shared/suggestion-metrics';

/** Race and ethnicity first; then the program groups a board asks about. */
const GROUP_TYPES: readonly MetricGroupType[] = ['race_ethnicity', 'econ_disadv', 'swd', 'ell'];
const MAX_GAPS = 5;
/** No metric takes more than two of the places: a board needs the breadth, not one table. */
const PER_METRIC = 2;

const pct = (fraction: number) => `${(fraction * 100).toFixed(1)}%`;

type Candidate = { metric: MetricInfo; groupType: MetricGroupType; groupTypeLabel: string; row: PublishedMetricRow };

/** Worse than the comparison in the metric's own direction, and clear of it at 95%. */
function isClearGap(metric: MetricInfo, row: PublishedMetricRow): boolean {
  const { value, value_lower: lower, value_upper: upper, reference_value: reference, gap } = row;
  if (row.is_total || row.suppressed || value === null || lower === null || upper === null || reference === null || gap === null) return false;
  const worse = metric.direction === 'lower_is_better' ? gap > 0 : gap < 0;
  return worse && (reference < lower || reference > upper);
}

function toGap({ metric, groupType, groupTypeLabel, row }: Candidate): Omit<ReportGap, 'discussedAt'> {
  const points = Math.abs(row.gap!) * 100;
  return {
    metricId: metric.id,
    metricLabel: metric.label,
    groupType,
    groupTypeLabel,
    groupLabel: row.group_label,
    year: row.school_year,
    valueText: `${pct(row.value!)} (95% CI ${pct(row.value_lower!)} to ${pct(row.value_upper!)}) in ${schoolYearLabel(row.school_year)}`,
    referenceLabel: row.reference_label ?? 'all other students',
    referenceText: pct(row.reference_value!),
    gapText: `${points.toFixed(1)} percentage points ${row.gap! > 0 ? 'higher' : 'lower'}`,
    gap: Math.round(row.gap! * 1000) / 10,
  };
}

export async function largestGaps(
  connection: DuckDBConnection,
  context: { catalog: MetricCatalog; settings: MetricSettings; latestYear: number; internal: boolean },
): Promise<Omit<ReportGap, 'discussedAt'>[]> {
  const candidates: Candidate[] = [];
  for (const id of SUGGESTION_RULE_METRIC_IDS) {
    const metric = context.catalog.metrics.find((m) => m.id === id);
    if (!metric || metric.unit !== 'percent' || metric.kind !== 'proportion') continue;
    for (const groupType of GROUP_TYPES.filter((g) => metric.groupTypes.includes(g))) {
      let rows: PublishedMetricRow[];
      try {
        const request = { metricId: id, groupBy: [groupType], filters: { years: [context.latestYear] }, reference: { kind: 'all_others' as const }, internal: context.internal };
        rows = publishedRows(await metricTable(connection, request, context.settings));
      } catch {
        // A metric whose table is missing from this project has no gaps to show.
        continue;
      }
      // The project's latest year only: an older gap is not news to a board (a metric without it is left out).
      const latest = context.latestYear;
      const groupTypeLabel = context.catalog.groupTypes.find((g) => g.id === groupType)?.label ?? groupType;
      for (const row of rows.filter((r) => r.school_year === latest && isClearGap(metric, r))) candidates.push({ metric, groupType, groupTypeLabel, row });
    }
  }
  candidates.sort((a, b) => Math.abs(b.row.gap!) - Math.abs(a.row.gap!));
  const taken = new Map<string, number>();
  const chosen: Candidate[] = [];
  for (const candidate of candidates) {
    const count = taken.get(candidate.metric.id) ?? 0;
    if (count >= PER_METRIC || chosen.length >= MAX_GAPS) continue;
    taken.set(candidate.metric.id, count + 1);
    chosen.push(candidate);
  }
  return chosen.map(toGap);
}
