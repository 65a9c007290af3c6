// Explore's district filter through the service on a real DuckDB project: real Virginia chronic-absenteeism
// counts for two divisions (../shared/real-data/SOURCES.md) in the aggregates table beside a few student
// records. The project lists its districts; an Explore address that chooses one or both reads report-card
// figures for exactly those divisions (checked against sums of the file's own text, done here); student
// records, which have no district, refuse the filter rather than ignore it.
import fs from 'node:fs';
import path from 'node:path';
import { tableFromIPC } from 'apache-arrow';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Result } from '../../analysis/api';
import { BUILT_SAMPLE_DIR, SAMPLE_DATA_DIR } from '../../analysis/app-paths';
import { ProjectDatabase } from '../../analysis/engine/project-database';
import { compileStudentQuery } from '../../analysis/metrics/compile/compile-students';
import { findMetric } from '../../analysis/metrics/registry';
import { createService } from '../../analysis/service/create-service';
import { metricRequest } from '../../analysis/shared/explore-view';
import { parseView } from '../../analysis/shared/explore-view-address';
import { makeTempDir } from '../support/temp-dir';

const VDOE = path.resolve('../shared/real-data/vdoe_chronic_absenteeism_by_subgroup_charlottesville_albemarle_2017-2024.csv');
const temp = makeTempDir();
const service = createService({ dataDir: path.join(temp.dir, 'data'), sampleDataDir: SAMPLE_DATA_DIR, builtSampleDir: BUILT_SAMPLE_DIR, appVersion: '1.2.3', host: 'cli' });
const file = path.join(temp.dir, 'districts.duckdb');
type Row = Record<string, unknown>;

const value = <T>(result: Result<T>): T => {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
};

/** The file's rows keyed by header (it quotes no comma). */
const csv = (() => {
  const [header, ...lines] = fs.readFileSync(VDOE, 'utf8').trim().split('\n');
  const names = header!.split(',');
  return lines.map((line) => Object.fromEntries(line.split(',').map((v, i) => [names[i]!, v.trim()])));
})();

/** 2023-24 counts for a subgroup in some divisions, from the file's text: a 0 or blank percent has no known denominator. */
function expected(divisions: string[], subgroup: string): { x: number; n: number } {
  const mine = csv.filter((r) => divisions.includes(r.division!) && r.school_year === '2023-2024' && r.subgroup === subgroup && Number(r.percent) > 0);
  return { x: mine.reduce((s, r) => s + Number(r.n_students), 0), n: mine.reduce((s, r) => s + Math.round(Number(r.n_students) / (Number(r.percent) / 100)), 0) };
}

beforeAll(async () => {
  // Written with the project's own schema, then closed, so the service opens it as a reviewer would.
  const database = await ProjectDatabase.create(file, { name: 'Divisions', districtName: 'Charlottesville and Albemarle', appVersion: '1.2.3' });
  const c = database.connection;
  await c.run(`CREATE TEMP TABLE subgroup_map(subgroup VARCHAR, group_type VARCHAR, group_value VARCHAR)`);
  await c.run(`INSERT INTO subgroup_map VALUES ('All Students', 'all', 'all'), ('Black', 'race_ethnicity', 'black'), ('White', 'race_ethnicity', 'white')`);
  await c.run(
    `INSERT INTO aggregates (school_year, level, district_id, school_id, measure, group_type, group_value, numerator, denominator, denominator_derived)
     SELECT CAST(split_part(v.school_year, '-', 2) AS INTEGER), 'school', v.division, v.division || ':' || v.school_short, 'chronic_absenteeism',
            m.group_type, m.group_value, CAST(v.n_students AS DOUBLE),
            CASE WHEN CAST(v.percent AS DOUBLE) > 0 THEN round(CAST(v.n_students AS DOUBLE) / (CAST(v.percent AS DOUBLE) / 100)) END, true
     FROM read_csv($1, header = true, all_varchar = true) v JOIN subgroup_map m USING (subgroup)`,
    [VDOE],
  );
  // A few student records, so that without a district filter 'auto' reads them.
  await c.run(`INSERT INTO enrollment (student_id, school_year, school_id) SELECT 's' || i, 2024, 'x' FROM range(40) t(i)`);
  database.close();
  value(await service.openProject({ path: file }));
});
afterAll(async () => {
  await service.dispose();
  temp.remove();
});

const table = async (search: string): Promise<Row[]> => {
  const bytes = value(await service.getMetricTable(metricRequest(parseView(search), 2024)));
  return tableFromIPC(bytes).toArray().map((r) => r.toJSON() as Row);
};

describe('the district filter in Explore', () => {
  it('lists the districts of the report-card rows', async () => {
    expect(value(await service.getProjectInfo({}))!.districts).toEqual([...new Set(csv.map((r) => r.division!))].sort());
  });

  it("reads one division's report-card figures, then both, from the Explore address", async () => {
    for (const divisions of [['CCS'], ['ACPS'], ['ACPS', 'CCS']]) {
      const rows = await table(`metric=chronic_absenteeism&by=race_ethnicity&year=2024&district=${divisions.join(',')}&internal=1`);
      for (const [subgroup, group] of [['Black', 'black'], ['White', 'white']] as const) {
        const own = expected(divisions, subgroup);
        expect(own.n, `${divisions} ${subgroup}`).toBeGreaterThan(0);
        expect(rows.find((r) => r.group_value === group && r.school_year === 2024), `${divisions} ${subgroup}`).toMatchObject({ numerator: own.x, denominator: own.n });
      }
      const all = expected(divisions, 'All Students');
      expect(rows.find((r) => r.is_total && r.school_year === 2024)).toMatchObject({ numerator: all.x, denominator: all.n });
    }
  });

  it('makes auto read report-card aggregates when a district is chosen, and says so', async () => {
    const sources = async (filters: object) => value(await service.getExploreSources({ metricId: 'chronic_absenteeism', filters })).automatic;
    expect(await sources({})).toBe('students');
    expect(await sources({ districtIds: ['CCS'] })).toBe('aggregates');
  });

  it('refuses the filter on student records, which have no district, instead of ignoring it', async () => {
    const result = await service.getMetricTable(metricRequest(parseView('metric=chronic_absenteeism&by=race_ethnicity&district=CCS&source=students'), 2024));
    expect(result).toMatchObject({ ok: false, error: { code: 'bad_request', message: expect.stringContaining('Student records have no district') } });
    const metric = findMetric('chronic_absenteeism')!;
    expect(() =>
      compileStudentQuery(
        { metrics: [metric], groupings: [{ primary: 'race_ethnicity', facet: null }], filters: { districtIds: ['CCS'] }, source: 'students', lookbackYears: 0 },
        { chronicFifteenDays: false, chronicMinimumDays: 10 },
      ),
    ).toThrow(/no district/);
  });
});
