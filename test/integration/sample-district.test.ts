// The sample district, imported through the general importer (as the built sample is made), lands in the canonical
// tables intact, and its designed disparities are really there (checked with this file's own SQL over the
// loaded tables, not with the importer's or the app's metrics).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DuckDBConnection } from '@duckdb/node-api';
import type { ProjectDatabase } from '../../analysis/engine/project-database';
import { importSampleInto } from '../../analysis/service/sample-project';
import { RACE_ETHNICITY_GROUPS } from '../../analysis/shared/codes';
import { makeTempDir } from '../support/temp-dir';

const SAMPLE_DIR = fileURLToPath(new URL('../../sample-data/district', import.meta.url));
const FIRST_YEAR = 2022;
const LAST_YEAR = 2024;

/** Data lines of a CSV file, split naively: the sample's fields never contain commas where we count. */
function csvLines(file: string): string[][] {
  const text = fs.readFileSync(path.join(SAMPLE_DIR, file), 'utf8');
  return text.split('\n').slice(1).filter((line) => line !== '').map((line) => line.split(','));
}

const temp = makeTempDir();
let database: ProjectDatabase;
let connection: DuckDBConnection;
/** Records written per file, from the project's import log. */
let summary: { files: { file: string; table: string; rows: number }[] };

async function scalar(sql: string): Promise<number> {
  const reader = await connection.runAndReadAll(sql);
  return Number(reader.getRows()[0]?.[0]);
}

async function column(sql: string): Promise<unknown[]> {
  const reader = await connection.runAndReadAll(sql);
  return reader.getRows().map((row) => row[0]);
}

/** Risk of at least one out-of-school suspension for a group and for all other students, by school year. */
function ossRiskRatioSql(group: string, schoolFilter = 'true'): string {
  return `
    WITH students AS (
      SELECT e.student_id, e.school_year, ${group} AS in_group,
             EXISTS (SELECT 1 FROM discipline d WHERE d.student_id = e.student_id AND d.school_year = e.school_year
                       AND d.action_type = 'out_of_school_suspension') AS oss
      FROM enrollment e JOIN schools s USING (school_id) WHERE ${schoolFilter})
    SELECT school_year,
           avg(oss::INT) FILTER (WHERE in_group) / avg(oss::INT) FILTER (WHERE NOT in_group) AS risk_ratio
    FROM students GROUP BY school_year ORDER BY school_year`;
}

beforeAll(async () => {
  database = await importSampleInto(path.join(temp.dir, 'sample.duckdb'), { name: 'Sample', districtName: 'Riverside', appVersion: 'test' }, SAMPLE_DIR);
  connection = database.connection;
  const log = await connection.runAndReadAll('SELECT file_name, table_name, records_written FROM app.import_log ORDER BY import_id');
  summary = { files: log.getRowsJS().map(([file, table, rows]) => ({ file: String(file), table: String(table), rows: Number(rows) })) };
});

afterAll(() => {
  database?.close();
  temp.remove();
});

describe('sample district load', () => {
  it('loads one row per data line of each row-per-record file', async () => {
    const oneToOne: [string, string][] = [
      ['schools.csv', 'schools'], ['enrollment.csv', 'enrollment'], ['attendance.csv', 'attendance'],
      ['assessments.csv', 'assessments'], ['discipline.csv', 'discipline'], ['courses.csv', 'courses'],
      ['graduation.csv', 'graduation'], ['staff.csv', 'staff'],
    ];
    for (const [file, table] of oneToOne) {
      const lines = csvLines(file).length;
      expect(lines, file).toBeGreaterThan(0);
      expect(await scalar(`SELECT count(*) FROM ${table}`), file).toBe(lines);
      expect(summary.files.find((f) => f.file === file)?.rows, file).toBe(lines);
    }
  });

  it('keeps only completed training sessions and one survey row per answered item', async () => {
    const completed = csvLines('staff_training.csv').filter((fields) => fields[3] === 'Completed').length;
    expect(completed).toBeLessThan(csvLines('staff_training.csv').length);
    expect(await scalar('SELECT count(*) FROM training')).toBe(completed);

    const survey = csvLines('climate_survey.csv');
    const answered = survey.reduce((sum, fields) => sum + fields.slice(7).filter((cell) => cell !== '').length, 0);
    expect(await scalar('SELECT count(DISTINCT respondent_id) FROM surveys')).toBe(survey.length);
    expect(await scalar('SELECT count(*) FROM surveys')).toBe(answered);
    expect(await scalar('SELECT count(*) FROM surveys WHERE favorable <> (response >= 3)')).toBe(0);
  });

  it('maps every code to a canonical value', async () => {
    const races = new Set<unknown>(RACE_ETHNICITY_GROUPS.map((g) => g.code));
    for (const sql of [
      'SELECT DISTINCT race_ethnicity FROM enrollment',
      'SELECT DISTINCT race_ethnicity FROM staff WHERE race_ethnicity IS NOT NULL',
      'SELECT DISTINCT respondent_race_ethnicity FROM surveys WHERE respondent_race_ethnicity IS NOT NULL',
    ]) {
      for (const value of await column(sql)) expect(races.has(value), `${sql}: ${String(value)}`).toBe(true);
    }
    // Hispanic or Latino of any race: every student flagged Hispanic is in that group, whatever race they reported.
    expect(await scalar("SELECT count(*) FROM enrollment WHERE hispanic <> (race_ethnicity = 'hispanic_latino')")).toBe(0);
    expect(await scalar("SELECT count(*) FROM enrollment WHERE hispanic AND race_white")).toBeGreaterThan(0);
    expect(await column('SELECT DISTINCT sex FROM enrollment ORDER BY 1')).toEqual(['female', 'male', 'nonbinary']);
    expect(await column('SELECT DISTINCT grade FROM enrollment ORDER BY 1')).toEqual([-1, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(await column('SELECT DISTINCT school_year FROM enrollment ORDER BY 1')).toEqual([2022, 2023, 2024]);
    expect(await column('SELECT DISTINCT action_type FROM discipline ORDER BY 1')).toEqual([
      'expulsion', 'in_school_suspension', 'law_enforcement_referral', 'other', 'out_of_school_suspension',
    ]);
    expect(await column('SELECT DISTINCT course_type FROM courses ORDER BY 1')).toEqual([
      'algebra_grade8', 'ap', 'dual_enrollment', 'gifted_talented', 'honors', 'ib', 'standard',
    ]);
    expect(await column('SELECT DISTINCT outcome FROM graduation ORDER BY 1')).toEqual(['continuing', 'dropped_out', 'graduated', 'other']);
    expect(await column('SELECT DISTINCT level FROM schools ORDER BY 1')).toEqual(['elementary', 'high', 'middle']);
    expect(await column('SELECT DISTINCT pathway FROM schools ORDER BY 1')).toEqual(['anti_racism', 'mental_wellness', 'pbis', 'restorative_practices']);
    expect(await column('SELECT DISTINCT subject FROM assessments ORDER BY 1')).toEqual(['ela', 'math']);
  });

  it('keeps the leading zeros of ids', async () => {
    const firstStudent = csvLines('enrollment.csv')[0]?.[2];
    expect(firstStudent).toMatch(/^0\d+$/);
    expect(await scalar(`SELECT count(*) FROM enrollment WHERE student_id = '${firstStudent}'`)).toBeGreaterThan(0);
    expect(await scalar("SELECT count(*) FROM enrollment WHERE student_id NOT SIMILAR TO '0[0-9]{6}'")).toBe(0);
    expect(await scalar("SELECT count(*) FROM schools WHERE school_id NOT LIKE '0%'")).toBe(0);
    expect(await scalar("SELECT count(*) FROM staff WHERE staff_id NOT LIKE '0%'")).toBe(0);
    // Every outcome row joins back to an enrolled student by its text id.
    expect(await scalar('SELECT count(*) FROM assessments a ANTI JOIN enrollment e USING (student_id, school_year)')).toBe(0);
  });
});

describe('designed disparities', () => {
  it('suspends Black students and students with disabilities out of school 2-3.5 times as often', async () => {
    const black = (await connection.runAndReadAll(ossRiskRatioSql("race_ethnicity = 'black'"))).getRows();
    const swd = (await connection.runAndReadAll(ossRiskRatioSql('swd'))).getRows();
    const first = (rows: unknown[][]) => Number(rows.find((r) => r[0] === FIRST_YEAR)?.[1]);
    console.info(`OSS risk ratio ${FIRST_YEAR}: Black ${first(black).toFixed(2)}, SWD ${first(swd).toFixed(2)}`);
    expect(first(black)).toBeGreaterThan(2);
    expect(first(black)).toBeLessThan(3.5);
    expect(first(swd)).toBeGreaterThan(2);
    expect(first(swd)).toBeLessThan(3.5);
  });

  it('narrows the suspension gap at schools in full implementation of restorative practices', async () => {
    const reforming = "s.pathway = 'restorative_practices' AND s.implementation_phase = 'full_implementation'";
    const rows = (await connection.runAndReadAll(ossRiskRatioSql("race_ethnicity = 'black'", reforming))).getRows();
    const ratio = (year: number) => Number(rows.find((r) => r[0] === year)?.[1]);
    console.info(`OSS risk ratio for Black students at restorative full-implementation schools: ${ratio(FIRST_YEAR).toFixed(2)} -> ${ratio(LAST_YEAR).toFixed(2)}`);
    expect(ratio(LAST_YEAR)).toBeLessThan(ratio(FIRST_YEAR) - 0.5);
  });

  it('has race groups below the suppression minimum of 10 at some schools', async () => {
    const small = await scalar(`
      SELECT count(*) FROM (SELECT school_id, race_ethnicity, count(*) AS n FROM enrollment
                            WHERE school_year = ${LAST_YEAR} GROUP BY ALL) WHERE n < 10`);
    expect(small).toBeGreaterThan(0);
  });

  it('has proficiency gaps for low-income, English-learner, Black and Hispanic students', async () => {
    const rate = (filter: string) =>
      scalar(`SELECT avg(proficient::INT) FROM assessments a JOIN enrollment e USING (student_id, school_year)
              WHERE a.subject = 'ela' AND a.school_year = ${FIRST_YEAR} AND ${filter}`);
    const gaps = {
      econ: (await rate('NOT e.econ_disadv')) - (await rate('e.econ_disadv')),
      ell: (await rate('NOT e.ell')) - (await rate('e.ell')),
      black: (await rate("e.race_ethnicity = 'white'")) - (await rate("e.race_ethnicity = 'black'")),
      hispanic: (await rate("e.race_ethnicity = 'white'")) - (await rate("e.race_ethnicity = 'hispanic_latino'")),
    };
    console.info(`ELA proficiency gaps ${FIRST_YEAR} (points): ${Object.entries(gaps).map(([k, v]) => `${k} ${(100 * v).toFixed(1)}`).join(', ')}`);
    for (const gap of Object.values(gaps)) expect(gap).toBeGreaterThan(0.15);
  });

  it('has a chronic-absence gap that narrows more at community schools', async () => {
    const gap = (year: number, community: boolean) =>
      scalar(`
        SELECT avg((a.days_absent >= 0.1 * a.days_enrolled)::INT) FILTER (WHERE e.econ_disadv)
             - avg((a.days_absent >= 0.1 * a.days_enrolled)::INT) FILTER (WHERE NOT e.econ_disadv)
        FROM attendance a JOIN enrollment e USING (student_id, school_year) JOIN schools s ON s.school_id = e.school_id
        WHERE a.school_year = ${year} AND s.community_school = ${community}`);
    const community = [await gap(FIRST_YEAR, true), await gap(LAST_YEAR, true)];
    const others = [await gap(FIRST_YEAR, false), await gap(LAST_YEAR, false)];
    console.info(`Chronic-absence gap, low-income vs not (points): community schools ${community.map((g) => (100 * g).toFixed(1)).join(' -> ')}, others ${others.map((g) => (100 * g).toFixed(1)).join(' -> ')}`);
    expect(community[0]).toBeGreaterThan(0.1);
    expect(others[0]).toBeGreaterThan(0.1);
    expect((community[0] ?? 0) - (community[1] ?? 0)).toBeGreaterThan((others[0] ?? 0) - (others[1] ?? 0));
  });

  it('under-represents Black and Hispanic students in AP and IB', async () => {
    const share = (group: string, from: string) =>
      scalar(`SELECT avg((race_ethnicity = '${group}')::INT) FROM ${from}`);
    const advanced = `(SELECT DISTINCT student_id, school_year FROM courses WHERE course_type IN ('ap', 'ib')) JOIN enrollment USING (student_id, school_year)`;
    const upperGrades = 'enrollment WHERE grade BETWEEN 10 AND 12';
    for (const group of ['black', 'hispanic_latino']) {
      const index = (await share(group, advanced)) / (await share(group, upperGrades));
      console.info(`AP/IB composition index for ${group}: ${index.toFixed(2)}`);
      expect(index).toBeLessThan(0.8);
    }
  });

  it('gives high-poverty schools less experienced, less often certified teachers, and a whiter staff than student body', async () => {
    const teacher = (poor: boolean, measure: string) =>
      scalar(`
        WITH poverty AS (SELECT school_id, school_year, avg(econ_disadv::INT) AS share FROM enrollment GROUP BY ALL)
        SELECT avg(${measure}) FROM staff JOIN poverty USING (school_id, school_year)
        WHERE role = 'teacher' AND (share >= 0.6) = ${poor}`);
    expect(await teacher(true, 'years_experience')).toBeLessThan((await teacher(false, 'years_experience')) - 2);
    expect(await teacher(true, '(NOT certified)::INT')).toBeGreaterThan(await teacher(false, '(NOT certified)::INT'));
    const whiteStaff = await scalar("SELECT avg((race_ethnicity = 'white')::INT) FROM staff WHERE race_ethnicity IS NOT NULL");
    const whiteStudents = await scalar("SELECT avg((race_ethnicity = 'white')::INT) FROM enrollment");
    expect(whiteStaff).toBeGreaterThan(whiteStudents + 0.2);
  });

  it('trains most but not all new hires in anti-bias within 90 days of hire', async () => {
    const onTime = await scalar(`
      WITH hires AS (SELECT staff_id, min(hire_date) AS hired FROM staff GROUP BY staff_id HAVING min(hire_date) >= DATE '2021-07-01')
      SELECT avg((EXISTS (SELECT 1 FROM training t WHERE t.staff_id = h.staff_id AND t.program = 'anti_bias'
                           AND t.completed_date <= h.hired + INTERVAL 90 DAY))::INT) FROM hires h`);
    console.info(`New hires trained within 90 days: ${(100 * onTime).toFixed(1)}%`);
    expect(onTime).toBeGreaterThan(0.5);
    expect(onTime).toBeLessThan(0.95);
  });

  it('shows Black students rating discipline fairness lower than white students', async () => {
    const favorable = (race: string) =>
      scalar(`SELECT avg(favorable::INT) FROM surveys WHERE respondent_type = 'student' AND construct = 'fairness'
              AND respondent_race_ethnicity = '${race}'`);
    expect((await favorable('white')) - (await favorable('black'))).toBeGreaterThan(0.1);
  });
});
