// A metric panel: every metric of a domain, broken down by every student group (district-wide and
// within each school) and compared across schools, for every year. Metrics of one population share
// one scan: DuckDB computes all their grouping sets from the same rows.
import type { DuckDBConnection } from '@duckdb/node-api';
import type { ArrowBytes } from '../api';
import { queryToArrow } from '../arrow/duckdb-to-arrow';
import { publishMetricTable } from '../privacy/publish';
import { compileStudentQuery } from './compile/compile-students';
import { factsTable } from './facts-cache';
import type { Grouping, MetricFilters } from './compile/metric-query';
import { readBaseCells } from './compute/base-cells';
import { computeMetric } from './compute/compute-metric';
import type { StateCounts, StateFigures } from './compute/state-figures';
import type { MetricSettings } from './metric-settings';
import { metricGroupTypes, metricsInDomain } from './registry';
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
  const byPopulation = new Map<string, MetricDefinition[]>();
  for (const metric of metricsInDomain(options.domain)) {
    byPopulation.set(metric.population, [...(byPopulation.get(metric.population) ?? []), metric]);
  }
  const state = await readAllStateFigures(connection);
  const schoolNames = new Map((await connection.runAndReadAll('SELECT school_id, school_name FROM schools')).getRowsJS() as [string, string][]);
  const tables: PanelTable[] = [];
  for (const metrics of byPopulation.values()) {
    const groupings = panelGroupings(metrics, options.withinSchools === true);
    const query = compileStudentQuery(
      { metrics, groupings, filters: options.filters ?? {}, source: 'students', lookbackYears: 0, unitsTable: await factsTable(connection, metrics[0]!.population) },
      { chronicFifteenDays: settings.chronicAbsence.definition === 'fifteen_days', chronicMinimumDays: settings.chronicAbsence.minimumDaysEnrolled },
    );
    const table = await queryToArrow(connection, query.sql, query.params, query.types);
    metrics.forEach((metric, i) => {
      const allowed = metricGroupTypes(metric);
      groupings.forEach((grouping, k) => {
        if ((grouping.primary && !allowed.includes(grouping.primary)) || (grouping.facet && !allowed.includes(grouping.facet))) return;
        const cells = readBaseCells(table, i, query.sets[k]!);
        const figures = metric.aggregatesMeasure && grouping.primary ? (state.get(`${metric.aggregatesMeasure}\u0001${grouping.primary}`) ?? null) : null;
        const computed = computeMetric(cells, metric, grouping, { settings, reference: { kind: metric.defaultReference }, requestedYears: options.filters?.years ?? null, state: figures, schoolNames });
        const bytes = publishMetricTable(computed, { minimumN: settings.minimumN }, { internal: options.internal === true, schoolNames });
        tables.push({ metricId: metric.id, groupBy: [grouping.primary, grouping.facet].filter((g): g is GroupTypeId => g !== null), bytes, rows: cells.rows });
      });
    });
  }
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

/** measure + group type -> year -> group -> state counts, read once for the whole panel. */
async function readAllStateFigures(connection: DuckDBConnection): Promise<Map<string, StateFigures>> {
  const reader = await connection.runAndReadAll(`
    SELECT measure, group_type, school_year, group_value, sum(numerator)::DOUBLE, sum(denominator)::DOUBLE
    FROM aggregates WHERE level = 'state' AND numerator IS NOT NULL AND denominator > 0 GROUP BY ALL`);
  const rows = reader.getRowsJS() as [string, string, number, string, number, number][];
  const result = new Map<string, Map<number, Map<string, StateCounts>>>();
  const groupTypes = new Set(rows.map(([, type]) => type).filter((t) => t !== 'all'));
  for (const [measure, type, year, group, x, n] of rows) {
    // The state total ('all') belongs with every group type of its measure.
    for (const target of type === 'all' ? groupTypes : [type]) {
      const key = `${measure}\u0001${target}`;
      if (!result.has(key)) result.set(key, new Map());
      const byYear = result.get(key)!;
      if (!byYear.has(year)) byYear.set(year, new Map());
      byYear.get(year)!.set(group, { x, n });
    }
  }
  return result;
}
