// The limit the Domain 1 panel is measured against (issue 18): the same counts from one plain DuckDB query
// per metric (GROUPING SETS over the per-student analysis tables; no statistics, no suppression, no Arrow),
// timed beside the panel in the same run, so the ratio says how much the engine adds to DuckDB's own work.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { quotedIdentifier } from '@duckdb/node-api';
import { Params, type CompiledSql } from '../../analysis/metrics/compile/params';
import { sqlSettings } from '../../analysis/metrics/counts-query';
import { buildCubes } from '../../analysis/metrics/cube/cube-cache';
import { factsTable } from '../../analysis/metrics/facts-cache';
import { DEFAULT_METRIC_OPTIONS } from '../../analysis/metrics/metric-settings';
import { metricPanel } from '../../analysis/metrics/panel';
import { metricGroupTypes, metricsInDomain } from '../../analysis/metrics/registry';
import { groupType } from '../../analysis/metrics/registry/group-types';
import type { MetricDefinition } from '../../analysis/metrics/registry/metric-types';
import type { ProjectDatabase } from '../../analysis/engine/project-database';
import type { Benchmark, BenchRow } from './bench-types';
import { ensureDistrict, ensureProject } from './metrics.bench';

const settings = { ...DEFAULT_METRIC_OPTIONS, minimumN: 10 };
const RUNS = 3;
const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** One metric's counts (units, units with the outcome or the sum and sum of squares of the value) per cell. */
function baselineSql(metric: MetricDefinition, table: string, withinSchools: boolean): CompiledSql {
  const groups = metricGroupTypes(metric).filter((g) => groupType(g).category === 'student');
  const sets = [
    '(school_year)',
    '(school_year, school)',
    ...groups.map((g) => `(school_year, ${quotedIdentifier(g)})`),
    ...(withinSchools ? groups.map((g) => `(school_year, school, ${quotedIdentifier(g)})`) : []),
  ];
  const eligible = metric.eligible ? `coalesce(${metric.eligible}, false)` : 'true';
  const sums =
    metric.kind === 'mean'
      ? `sum(CAST(${metric.outcome} AS DOUBLE)) FILTER (WHERE ${eligible}), sum(CAST(${metric.outcome} AS DOUBLE) ^ 2) FILTER (WHERE ${eligible})${metric.weight ? `, sum(CAST(${metric.weight} AS DOUBLE)) FILTER (WHERE ${eligible})` : ''}`
      : `count(*) FILTER (WHERE ${eligible} AND coalesce(${metric.outcome}, false))`;
  const columns = ['school', ...groups].map((g) => quotedIdentifier(g)).join(', ');
  const sql = `SELECT school_year, ${columns}, count(*) FILTER (WHERE ${eligible}), ${sums} FROM ${table} GROUP BY GROUPING SETS (${sets.join(', ')})`;
  // The registry's fragments name their settings as parameters; bind only those this SQL uses.
  const params = new Params();
  params.bind('chronic_minimum_days', settings.chronicAbsence.minimumDaysEnrolled);
  params.bind('chronic_fifteen_days', settings.chronicAbsence.definition === 'fifteen_days');
  return params.compile(sql);
}

export async function baselinePanel(database: ProjectDatabase, withinSchools: boolean): Promise<number> {
  const started = performance.now();
  for (const metric of metricsInDomain(1)) {
    const table = await factsTable(database.connection, metric.population);
    if (!table) throw new Error(`The ${metric.population} analysis table is missing`);
    const { sql, params, types } = baselineSql(metric, table, withinSchools);
    await database.connection.runAndReadAll(sql, params, types);
  }
  return (performance.now() - started) / 1000;
}

async function panelSeconds(database: ProjectDatabase, withinSchools: boolean): Promise<number> {
  const started = performance.now();
  await metricPanel(database.connection, settings, { domain: 1, withinSchools });
  return (performance.now() - started) / 1000;
}

const baselineBenchmark: Benchmark = {
  name: 'Domain 1 panel against its DuckDB baseline, 1M students',
  async run() {
    const rows: BenchRow[] = [];
    const database = await ensureProject(ensureDistrict(rows), rows);
    try {
      for (const population of ['students', 'tested', 'cohort'] as const) await factsTable(database.connection, population);
      // Built once per data version, like the analysis tables the baseline reads: neither is timed here.
      await buildCubes(database.connection, sqlSettings(settings));
      for (const withinSchools of [false, true]) {
        const baseline: number[] = [];
        const panel: number[] = [];
        // Alternate the two so that load from other work falls on both alike.
        for (let i = 0; i < RUNS; i++) {
          baseline.push(await baselinePanel(database, withinSchools));
          panel.push(await panelSeconds(database, withinSchools));
        }
        const what = withinSchools ? 'with every group within every school' : 'district-wide groups and schools';
        rows.push({ measure: `baseline: one plain GROUPING SETS query per Domain 1 metric, ${what}`, value: median(baseline), unit: 's' });
        rows.push({ measure: `panel ${what}, same run`, value: median(panel), unit: 's', ...(withinSchools ? { budget: '< 10 s', ratio: median(panel) / 10 } : {}) });
        rows.push({ measure: `panel over baseline, ${what}`, value: median(panel) / median(baseline), unit: 'x', budget: '<= 1.3x', ratio: median(panel) / median(baseline) / 1.3 });
      }
    } finally {
      database.close();
    }
    // In a process of its own, so that its peak resident memory is the panel's alone.
    const child = spawnSync(process.execPath, ['--import', 'tsx', path.resolve('test/bench/panel-one-run.ts'), database.path], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
    if (child.status !== 0) throw new Error(`panel-one-run.ts failed (exit ${child.status})`);
    const { maxRssBytes } = JSON.parse(child.stdout.trim().split('\n').at(-1)!) as { maxRssBytes: number };
    rows.push({ measure: 'panel with every group within every school: peak memory (resident, whole process)', value: maxRssBytes / 1024 ** 2, unit: 'MB', budget: '< 1.5 GB', ratio: maxRssBytes / (1.5 * 1024 ** 3) });
    return rows;
  },
};

export const benchmarks: Benchmark[] = [baselineBenchmark];
