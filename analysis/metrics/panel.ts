// A metric panel: every metric of a domain, broken down by every student group (district-wide and
// within each school) and compared across schools, for every year. Metrics of one population share
// one scan: DuckDB computes all their grouping sets from the same rows.
import type { DuckDBConnection } from '@duckdb/node-api';
import type { ArrowBytes } from '../api';
import { publishMetricTable } from '../privacy/publish';
import type { Grouping, MetricFilters } from './compile/metric-query';
import type { MetricSettings } from './metric-settings';
import { computePanelFrames, readSchoolNames } from './panel-frames';
import { metricGroupTypes } from './registry';
import { groupType, type GroupTypeId } from './registry/group-types';
import type { Domain, MetricDefinition } from './registry/metric-types';

export interface PanelTable {
  metricId: string;
  groupBy: GroupTypeId[];
  bytes: ArrowBytes;
  rows: number;
}

export interface PanelOptions {
  domain: Domain;
  /** Also break every student group down within each school (every group x school x year). */
  withinSchools?: boolean;
  filters?: MetricFilters;
  internal?: boolean;
}

export async function metricPanel(connection: DuckDBConnection, settings: MetricSettings, options: PanelOptions): Promise<PanelTable[]> {
  const schoolNames = await readSchoolNames(connection);
  const tables: PanelTable[] = [];
  await computePanelFrames(connection, settings, {
    domains: [options.domain],
    groupings: (metrics) => panelGroupings(metrics, options.withinSchools === true),
    filters: options.filters,
    schoolNames,
    onFrame: ({ metric, grouping, computed }) => {
      const bytes = publishMetricTable(computed, { minimumN: settings.minimumN }, { internal: options.internal === true, schoolNames });
      tables.push({ metricId: metric.id, groupBy: [grouping.primary, grouping.facet].filter((g): g is GroupTypeId => g !== null), bytes, rows: computed.cells.rows });
    },
  });
  return tables;
}

/** Each student group district-wide (and within each school), and the schools compared with each other. */
function panelGroupings(metrics: readonly MetricDefinition[], withinSchools: boolean): Grouping[] {
  const types = new Set(metrics.flatMap((m) => metricGroupTypes(m)));
  const studentGroups = [...types].filter((t) => groupType(t).category === 'student');
  return [
    ...studentGroups.flatMap((g): Grouping[] => (withinSchools ? [{ primary: g, facet: null }, { primary: g, facet: 'school' }] : [{ primary: g, facet: null }])),
    { primary: 'school', facet: null },
  ];
}
