// The SQL that counts a metric query's cells: added up from the population's cube when it can answer the
// query, else counted from the per-student table. Both return the same columns, which one code path
// (compute/base-cells.ts, compute/compute-metric.ts) turns into every statistic.
import type { DuckDBConnection } from '@duckdb/node-api';
import { compileCubeQuery } from './compile/compile-cube';
import { compileStudentQuery, type CompiledMetricQuery } from './compile/compile-students';
import type { MetricQuery, SqlSettings } from './compile/metric-query';
import { populationCube } from './cube/cube-cache';
import { factsTable } from './facts-cache';
import type { MetricOptions, MetricSettings } from './metric-settings';

export async function compileCountsQuery(connection: DuckDBConnection, query: Omit<MetricQuery, 'unitsTable'>, settings: MetricSettings): Promise<CompiledMetricQuery> {
  const sql = sqlSettings(settings);
  const pop = query.metrics[0]!.population;
  const cube = await populationCube(connection, pop, sql);
  return (cube && compileCubeQuery(query, cube)) ?? compileStudentQuery({ ...query, unitsTable: await factsTable(connection, pop) }, sql);
}

/** The settings that enter metric SQL as parameters. */
export function sqlSettings(settings: MetricOptions): SqlSettings {
  return { chronicFifteenDays: settings.chronicAbsence.definition === 'fifteen_days', chronicMinimumDays: settings.chronicAbsence.minimumDaysEnrolled };
}
