// The computed (unsuppressed) frames of a metric panel: every metric of some domains by the chosen
// groupings, metrics of one population sharing one scan. The panel and the signals engine both read
// their figures here; only analysis/privacy/publish.ts may publish them.
import type { DuckDBConnection } from '@duckdb/node-api';
import { queryToArrow } from '../arrow/duckdb-to-arrow';
import type { Grouping, MetricFilters } from './compile/metric-query';
import { readBaseCells } from './compute/base-cells';
import { computeMetric, type ComputedMetric } from './compute/compute-metric';
import type { StateCounts, StateFigures } from './compute/state-figures';
import { compileCountsQuery } from './counts-query';
import type { MetricSettings } from './metric-settings';
import { metricGroupTypes, metricsInDomain } from './registry';
import type { Domain, MetricDefinition } from './registry/metric-types';

export interface PanelFrame {
  metric: MetricDefinition;
  grouping: Grouping;
  computed: ComputedMetric;
}

export interface PanelFrameOptions {
  domains: readonly Domain[];
  /** The groupings wanted for a population's metrics (only those each metric allows are computed). */
  groupings: (metrics: readonly MetricDefinition[]) => Grouping[];
  filters?: MetricFilters;
  /** Which metrics to include (all of the domains' metrics by default). */
  include?: (metric: MetricDefinition) => boolean;
  schoolNames: ReadonlyMap<string, string>;
  /** Called with each frame as soon as it is computed, so callers need not hold them all. */
  onFrame: (frame: PanelFrame) => void;
}

export async function computePanelFrames(connection: DuckDBConnection, settings: MetricSettings, options: PanelFrameOptions): Promise<void> {
  const byPopulation = new Map<string, MetricDefinition[]>();
  for (const metric of options.domains.flatMap((d) => metricsInDomain(d))) {
    if (options.include && !options.include(metric)) continue;
    byPopulation.set(metric.population, [...(byPopulation.get(metric.population) ?? []), metric]);
  }
  const state = await readAllStateFigures(connection);
  for (const metrics of byPopulation.values()) {
    const groupings = options.groupings(metrics);
    if (groupings.length === 0) continue;
    const query = await compileCountsQuery(connection, { metrics, groupings, filters: options.filters ?? {}, source: 'students', lookbackYears: 0 }, settings);
    const table = await queryToArrow(connection, query.sql, query.params, query.types);
    metrics.forEach((metric, i) => {
      const allowed = metricGroupTypes(metric);
      groupings.forEach((grouping, k) => {
        if ((grouping.primary && !allowed.includes(grouping.primary)) || (grouping.facet && !allowed.includes(grouping.facet))) return;
        const cells = readBaseCells(table, i, query.sets[k]!);
        const figures = metric.aggregatesMeasure && grouping.primary ? (state.get(`${metric.aggregatesMeasure}\u0001${grouping.primary}`) ?? null) : null;
        const computed = computeMetric(cells, metric, grouping, {
          settings,
          reference: { kind: metric.defaultReference },
          requestedYears: options.filters?.years ?? null,
          state: figures,
          schoolNames: options.schoolNames,
        });
        options.onFrame({ metric, grouping, computed });
      });
    });
  }
}

export async function readSchoolNames(connection: DuckDBConnection): Promise<Map<string, string>> {
  return new Map((await connection.runAndReadAll('SELECT school_id, school_name FROM schools')).getRowsJS() as [string, string][]);
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
