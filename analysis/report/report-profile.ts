// The data profile: what the district's (or one school's) data show for each Domain 1 cluster, drawn from the
// registry metrics behind the cluster's criteria. While nothing is rated it is the report's body, titled as such,
// so an early report says what the data say instead of printing pages of "Not rated"; a school's report always has one.
import type { DuckDBConnection } from '@duckdb/node-api';
import type { EvidenceItem, MetricCatalog, ReportProfileCluster, RubricDomain, SuggestionMetricId } from '../api';
import type { MetricSettings } from '../metrics/metric-settings';
import { reportChart } from './report-charts';

/** The Explore view that shows each data-suggestion figure best, with its title. */
const RULE_VIEWS: Record<SuggestionMetricId, { query: string; title: string }> = {
  ela_proficiency_gap: { query: 'metric=ela_proficiency&view=gaps&by=race_ethnicity', title: 'ELA proficiency gaps by race and ethnicity' },
  math_proficiency_gap: { query: 'metric=math_proficiency&view=gaps&by=race_ethnicity', title: 'Mathematics proficiency gaps by race and ethnicity' },
  chronic_absence_gap: { query: 'metric=chronic_absenteeism&by=race_ethnicity', title: 'Chronic absence by race and ethnicity' },
  oss_risk_ratio: { query: 'metric=out_of_school_suspension&by=race_ethnicity', title: 'Out-of-school suspension by race and ethnicity' },
  advanced_course_composition: { query: 'metric=ap_ib_enrollment&view=composition&by=race_ethnicity', title: 'Who takes AP or IB courses' },
  graduation_gap: { query: 'metric=graduation_4_year&by=race_ethnicity', title: 'Four-year graduation by race and ethnicity' },
};

/** Clusters with no data-suggestion rule still have data that speak to them (by the default template's ids). */
const EXTRA_VIEWS: Record<string, { query: string; title: string }[]> = {
  'd1.access': [{ query: 'metric=gifted_identification&by=race_ethnicity', title: 'Gifted identification by race and ethnicity' }],
  'd1.wellbeing': [{ query: 'metric=student_climate_favorability&by=race_ethnicity', title: 'Students’ sense of belonging by race and ethnicity' }],
};

function profileItem(index: number, view: { query: string; title: string }, schoolId: string | undefined): EvidenceItem {
  // A school's profile is the same views filtered to the school: each cell then has the school's group sizes, and is suppressed at them.
  const query = schoolId ? `${view.query}&${new URLSearchParams({ school: schoolId })}` : view.query;
  const filters = Object.fromEntries(new URLSearchParams(query));
  return {
    evidenceId: index,
    kind: 'metric_view',
    category: 'quantitative',
    title: view.title,
    note: null,
    source: null,
    date: null,
    reference: null,
    view: { metricId: filters.metric!, groupType: filters.by!, filters, chartKind: filters.view ?? 'groups', title: view.title },
    criterionIds: [],
    createdBy: '',
    createdAt: '',
  };
}

export async function dataProfile(
  connection: DuckDBConnection,
  domain: RubricDomain,
  context: { catalog: MetricCatalog; settings: MetricSettings; latestYear: number; internal: boolean; schoolId?: string },
): Promise<ReportProfileCluster[]> {
  const known = new Set(context.catalog.metrics.map((m) => m.id));
  const clusters: ReportProfileCluster[] = [];
  let index = 0;
  for (const cluster of domain.clusters) {
    const rules = [...new Set(cluster.criteria.flatMap((c) => (c.metricRules ?? []).map((r) => r.metric)))];
    const views = [...rules.map((r) => RULE_VIEWS[r]), ...(EXTRA_VIEWS[cluster.id] ?? [])].filter((v) => known.has(new URLSearchParams(v.query).get('metric') ?? ''));
    const anchor = `profile-${cluster.id.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}`;
    const charts = [];
    for (const view of views) charts.push(await reportChart(connection, profileItem(++index, view, context.schoolId), { ...context, anchor: `${anchor}-chart-${index}` }));
    clusters.push({ anchor, clusterId: cluster.id, name: cluster.name, charts: charts.filter((c) => c.error === null && c.rows.length > 0) });
  }
  return clusters;
}
