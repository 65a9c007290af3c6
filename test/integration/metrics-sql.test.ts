// Every metric query the compiler can produce is planned by DuckDB (EXPLAIN), in the manner of
// Mosaic's toBeValidQuery: a query DuckDB cannot bind or plan fails here, not in front of a user.
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../analysis/engine/migrations';
import { compileAggregatesQuery, compileStateQuery } from '../../analysis/metrics/compile/compile-aggregates';
import { compileStudentQuery } from '../../analysis/metrics/compile/compile-students';
import type { Grouping, MetricFilters } from '../../analysis/metrics/compile/metric-query';
import type { CompiledSql } from '../../analysis/metrics/compile/params';
import { factsTable } from '../../analysis/metrics/facts-cache';
import { METRICS, metricGroupTypes } from '../../analysis/metrics/registry';
import type { MetricDefinition } from '../../analysis/metrics/registry/metric-types';

let instance: DuckDBInstance;
let connection: DuckDBConnection;

beforeAll(async () => {
  instance = await DuckDBInstance.create(':memory:');
  connection = await instance.connect();
  for (const migration of MIGRATIONS) await migration.up(connection);
});
afterAll(() => {
  connection.closeSync();
  instance.closeSync();
});

async function expectPlanned(compiled: CompiledSql): Promise<void> {
  const plan = await connection.runAndReadAll(`EXPLAIN ${compiled.sql}`, compiled.params, compiled.types);
  expect(plan.getRowsJS().length).toBeGreaterThan(0);
}

/** Every filter at once, so every filter's SQL is planned too. */
const filtersFor = (metric: MetricDefinition): MetricFilters => ({
  years: [2023, 2024],
  schoolIds: ['0101'],
  schoolLevels: ['high'],
  communitySchool: true,
  pathways: ['restorative_practices'],
  implementationPhases: ['full_implementation'],
  ...(metricGroupTypes(metric).includes('grade') ? { grades: [3, 4] } : {}),
  ...(metric.population === 'respondents' ? { constructs: ['fairness'] } : {}),
});
const sqlSettings = { chronicFifteenDays: false, chronicMinimumDays: 10 };

describe('compiled metric SQL', () => {
  it.each(METRICS.map((m) => [m.id, m] as const))('%s: every single grouping, from the tables and from the cache', async (_id, metric) => {
    const groupings: Grouping[] = [{ primary: null, facet: null }, ...metricGroupTypes(metric).map((g) => ({ primary: g, facet: null }))];
    const cache = await factsTable(connection, metric.population);
    for (const grouping of groupings) {
      for (const unitsTable of cache ? [null, cache] : [null]) {
        await expectPlanned(compileStudentQuery({ metrics: [metric], groupings: [grouping], filters: filtersFor(metric), source: 'students', lookbackYears: 2, unitsTable }, sqlSettings));
      }
    }
  });

  it.each(METRICS.map((m) => [m.id, m] as const))('%s: every ordered pair of group types (one query holding them all)', async (_id, metric) => {
    const types = metricGroupTypes(metric);
    const pairs: Grouping[] = types.flatMap((primary) => types.filter((facet) => facet !== primary).map((facet) => ({ primary, facet })));
    const compiled = compileStudentQuery({ metrics: [metric], groupings: pairs, filters: filtersFor(metric), source: 'students', lookbackYears: 2 }, sqlSettings);
    expect(compiled.sets).toHaveLength(pairs.length);
    // A pair compiles to the same text as a single grouping with one more key column; planning all
    // pairs in one statement binds every pair's keys and grouping sets (one EXPLAIN, not hundreds).
    await expectPlanned(compiled);
  });

  it('plans the panel query of each population: all its metrics and groupings in one scan', async () => {
    const populations = [...new Set(METRICS.map((m) => m.population))];
    for (const metrics of populations.map((p) => METRICS.filter((m) => m.population === p))) {
      const groupings: Grouping[] = [...new Set(metrics.flatMap(metricGroupTypes))].flatMap((g) => [
        { primary: g, facet: null },
        { primary: g, facet: 'school' as const },
      ]);
      await expectPlanned(compileStudentQuery({ metrics, groupings, filters: {}, source: 'students', lookbackYears: 0 }, { chronicFifteenDays: true, chronicMinimumDays: 0 }));
    }
  });

  it('plans every aggregates-table query and the state comparison query', async () => {
    for (const metric of METRICS.filter((m) => m.aggregatesMeasure)) {
      for (const group of metricGroupTypes(metric)) {
        for (const facet of group === 'school' ? [null] : [null, 'school' as const]) {
          const filters = { years: [2024], schoolIds: ['0101'], schoolLevels: ['high'], communitySchool: false, pathways: ['pbis'], implementationPhases: ['exploration'] };
          await expectPlanned(compileAggregatesQuery(metric.aggregatesMeasure!, { primary: group, facet }, filters, 2));
        }
        await expectPlanned(compileStateQuery(metric.aggregatesMeasure!, group));
      }
    }
  });

  it('binds every value as a parameter: no request value appears in the SQL text', () => {
    const metric = METRICS.find((m) => m.id === 'chronic_absenteeism')!;
    const hostile = "0101'; DROP TABLE enrollment; --";
    const compiled = compileStudentQuery({ metrics: [metric], groupings: [{ primary: 'race_ethnicity', facet: null }], filters: { years: [2031], schoolIds: [hostile] }, source: 'students', lookbackYears: 2 }, { chronicFifteenDays: false, chronicMinimumDays: 17 });
    expect(compiled.sql).not.toContain('DROP TABLE');
    expect(compiled.sql).not.toContain('2031');
    expect(compiled.sql).not.toContain('17');
    expect(Object.keys(compiled.params).sort()).toEqual(['chronic_fifteen_days', 'chronic_minimum_days', 'school_ids', 'year_from', 'year_to']);
  });

  it('refuses a group type that is not a column of the population', () => {
    const metric = METRICS.find((m) => m.id === 'teacher_experience')!;
    expect(() => compileStudentQuery({ metrics: [metric], groupings: [{ primary: 'ell', facet: null }], filters: {}, source: 'students', lookbackYears: 0 }, sqlSettings)).toThrow(/cannot be grouped by ell/);
  });
});
