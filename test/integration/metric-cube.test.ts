// The sufficient-statistics cube against the per-student table it is built from: for every metric it
// holds and every breakdown it answers (with and without filters), the cells it adds up are the cells
// the per-student query counts. Counts must agree exactly; sums of values to rounding.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryToArrow } from '../../analysis/arrow/duckdb-to-arrow';
import type { ProjectDatabase } from '../../analysis/engine/project-database';
import { compileCubeQuery } from '../../analysis/metrics/compile/compile-cube';
import { compileStudentQuery, type CompiledMetricQuery } from '../../analysis/metrics/compile/compile-students';
import type { Grouping, MetricFilters } from '../../analysis/metrics/compile/metric-query';
import { readBaseCells, type BaseCells } from '../../analysis/metrics/compute/base-cells';
import { populationCube } from '../../analysis/metrics/cube/cube-cache';
import { factsTable } from '../../analysis/metrics/facts-cache';
import { METRICS, metricGroupTypes } from '../../analysis/metrics/registry';
import { groupType } from '../../analysis/metrics/registry/group-types';
import { createProject } from '../../analysis/service/sample-project';
import { SAMPLE_SOURCE } from '../support/sample-source';
import { makeTempDir } from '../support/temp-dir';

const temp = makeTempDir();
let database: ProjectDatabase;
const sqlSettings = { chronicFifteenDays: false, chronicMinimumDays: 10 };

beforeAll(async () => {
  database = await createProject(path.join(temp.dir, 'sample.duckdb'), { name: 'Sample', districtName: 'Riverside', appVersion: '0.0.0' }, SAMPLE_SOURCE);
});
afterAll(() => {
  database.close();
  temp.remove();
});

/** Every grouping's cells, from one run of the query. */
async function cellsOf(query: CompiledMetricQuery): Promise<BaseCells[]> {
  const table = await queryToArrow(database.connection, query.sql, query.params, query.types);
  return query.sets.map((sets) => readBaseCells(table, 0, sets));
}

/** Cells keyed by year, facet, group and total, so the two results compare whatever their row order. */
function keyed(cells: BaseCells): Map<string, number[]> {
  const sums = (r: number) => [cells.n, cells.y, cells.yy, cells.w, cells.ww, cells.wy].map((column) => (column ? column[r]! : 0));
  return new Map(Array.from({ length: cells.rows }, (_, r) => [`${cells.year[r]}|${cells.facet[r]}|${cells.group[r]}|${cells.isTotal[r]}`, sums(r)]));
}

const FILTERS: MetricFilters[] = [{}, { years: [2023, 2024], schoolLevels: ['elementary', 'middle'] }, { communitySchool: true }, { schoolIds: ['0101', '0102'] }];
const CUBED = METRICS.filter((m) => ['students', 'tested', 'cohort'].includes(m.population));

describe('the sufficient-statistics cube', () => {
  it.each(CUBED.map((m) => [m.id, m] as const))('%s: every breakdown it answers matches the per-student count', async (_id, metric) => {
    const cube = await populationCube(database.connection, metric.population, sqlSettings);
    expect(cube).not.toBeNull();
    const types = metricGroupTypes(metric);
    const groupings: Grouping[] = [
      ...types.map((primary) => ({ primary, facet: null })),
      ...types.filter((t) => groupType(t).category === 'student' && types.includes('school')).map((primary) => ({ primary, facet: 'school' as const })),
      ...(types.includes('school_level') ? [{ primary: 'race_ethnicity' as const, facet: 'school_level' as const }] : []),
    ];
    const units = await factsTable(database.connection, metric.population);
    for (const filters of FILTERS) {
      const query = { metrics: [metric], groupings, filters, source: 'students' as const, lookbackYears: 1 };
      const fromCube = compileCubeQuery(query, cube!);
      expect(fromCube, 'the cube answers single breakdowns').not.toBeNull();
      const fromUnits = compileStudentQuery({ ...query, unitsTable: units }, sqlSettings);
      const [cubeCells, unitCells] = [await cellsOf(fromCube!), await cellsOf(fromUnits)];
      for (let k = 0; k < groupings.length; k++) {
        const [a, b] = [keyed(cubeCells[k]!), keyed(unitCells[k]!)];
        expect([...a.keys()].sort(), `${JSON.stringify(groupings[k])} ${JSON.stringify(filters)}`).toEqual([...b.keys()].sort());
        for (const [key, sums] of b) {
          const [n, y, ...rest] = a.get(key)!;
          expect([n, y]).toEqual(sums.slice(0, 2));
          rest.forEach((value, j) => expect(value).toBeCloseTo(sums[j + 2]!, 6));
        }
      }
    }
  });

  it('leaves two student groups at once, and grade filters, to the per-student query', async () => {
    const metric = CUBED.find((m) => m.id === 'out_of_school_suspension')!;
    const cube = (await populationCube(database.connection, 'students', sqlSettings))!;
    const base = { metrics: [metric], filters: {}, source: 'students' as const, lookbackYears: 0 };
    expect(compileCubeQuery({ ...base, groupings: [{ primary: 'race_ethnicity', facet: 'swd' }] }, cube)).toBeNull();
    expect(compileCubeQuery({ ...base, groupings: [{ primary: 'race_ethnicity', facet: null }], filters: { grades: [9] } }, cube)).toBeNull();
    expect(compileCubeQuery({ ...base, groupings: [{ primary: 'race_ethnicity', facet: 'school' }] }, cube)).not.toBeNull();
  });

  it('is rebuilt when the chronic-absence setting changes, and reused while nothing changes', async () => {
    const built = async () => (await database.connection.runAndReadAll("SELECT fingerprint, built_at FROM metric_cache.state WHERE name = 'cube_students'")).getRowsJS()[0];
    await populationCube(database.connection, 'students', sqlSettings);
    const first = await built();
    await populationCube(database.connection, 'students', sqlSettings);
    expect(await built()).toEqual(first);
    await populationCube(database.connection, 'students', { ...sqlSettings, chronicFifteenDays: true });
    expect((await built())![0]).not.toEqual(first![0]);
  });
});
