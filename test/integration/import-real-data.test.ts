// The must-shows on real third-party files (../shared/real-data, see its SOURCES.md), imported with no manual
// mapping through the service: the OpenSDP synthetic Texas student file and the VDOE chronic-absenteeism
// report card. Figures are checked against the files themselves, independently of the importer.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportResult } from '../../analysis/api';
import { ProjectDatabase } from '../../analysis/engine/project-database';
import { createService, type EquityLensService } from '../../analysis/service/create-service';
import { makeTempDir } from '../support/temp-dir';

const REAL = path.resolve('../shared/real-data');
const TEXAS = path.join(REAL, 'opensdp_synth_texas_student_level.csv');
const VDOE = path.join(REAL, 'vdoe_chronic_absenteeism_by_subgroup_charlottesville_albemarle_2017-2024.csv');
const temp = makeTempDir();
const project = path.join(temp.dir, 'real.duckdb');
let service: EquityLensService;
let texas: ImportResult;
let vdoe: ImportResult;
let database: ProjectDatabase;

/** The file's own rows, split on commas outside quotes (neither file quotes a comma). */
function rows(file: string): string[][] {
  return fs
    .readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .slice(1)
    .filter((line) => line !== '')
    .map((line) => line.split(',').map((cell) => cell.replace(/^"|"$/g, '')));
}

const query = async (sql: string) => (await database.connection.runAndReadAll(sql)).getRowsJS();

beforeAll(async () => {
  service = createService({ dataDir: path.join(temp.dir, 'data'), sampleDataDir: path.join(temp.dir, 'none'), builtSampleDir: path.join(temp.dir, 'none'), appVersion: 'test', host: 'cli' });
  expect((await service.createProject({ path: project, name: 'Real data', districtName: 'Real' })).ok).toBe(true);
  const t = await service.runImport({ taskId: 'real-texas-0001', path: TEXAS });
  const v = await service.runImport({ taskId: 'real-vdoe-0001', path: VDOE });
  if (!t.ok || !v.ok) throw new Error(`${t.ok ? '' : t.error.message} ${v.ok ? '' : v.error.message}`);
  texas = t.value;
  vdoe = v.value;
  await service.closeProject({});
  database = await ProjectDatabase.open(project);
});
afterAll(async () => {
  database?.close();
  await service?.dispose();
  temp.remove();
});

describe('OpenSDP synthetic Texas student file', () => {
  it('is detected as enrollment and mapped with no manual mapping', () => {
    expect(texas.outcome).toBe('imported');
    expect(texas.kind).toBe('enrollment');
    const target = Object.fromEntries(texas.suggestions.map((s) => [s.source, s.target]));
    expect(target).toMatchObject({ sid: 'student_id', school_code: 'school_id', grade_level: 'grade', year: 'school_year', male: 'sex', race_ethnicity: 'race_ethnicity', eco_dis: 'econ_disadv', lep: 'ell', iep: 'swd', migrant: 'migrant' });
    for (const s of texas.suggestions.filter((s) => s.target)) expect(s.confidence, s.source).toBeGreaterThan(0.5);
  });

  it('accounts for all 30,134 rows', async () => {
    const q = texas.quality!;
    expect(rows(TEXAS)).toHaveLength(30134);
    expect({ read: q.rowsRead, loaded: q.rowsLoaded, rejected: q.rowsRejected }).toEqual({ read: 30134, loaded: 30134, rejected: 0 });
    expect(await query('SELECT count(*)::INTEGER FROM enrollment')).toEqual([[30134]]);
  });

  it('reports the undefined race code D as unmapped with its count, 667', () => {
    expect(texas.quality!.unmappedCodes).toEqual([{ field: 'race_ethnicity', column: 'race_ethnicity', code: 'D', count: 667 }]);
    expect(rows(TEXAS).filter((r) => r[5] === 'D')).toHaveLength(667);
  });

  it('maps the race codes to the federal groups, N to not reported, and loads D as missing', async () => {
    const byCode = new Map<string, number>();
    for (const r of rows(TEXAS)) byCode.set(r[5]!, (byCode.get(r[5]!) ?? 0) + 1);
    const counts = Object.fromEntries((await query('SELECT coalesce(race_ethnicity, \'(missing)\'), count(*)::INTEGER FROM enrollment GROUP BY 1')).map(([k, n]) => [k, n]));
    expect(counts).toEqual({
      white: byCode.get('W'),
      hispanic_latino: byCode.get('H'),
      black: byCode.get('B'),
      asian: byCode.get('A'),
      '(missing)': byCode.get('D')! + byCode.get('N')!,
    });
    // Hispanic is read from the race code, as the 1997 standard's combined format means.
    expect(await query("SELECT count(*)::INTEGER FROM enrollment WHERE hispanic <> (race_ethnicity = 'hispanic_latino')")).toEqual([[0]]);
  });

  it('keeps ids as zero-padded text and reads NA as missing', async () => {
    expect(await query("SELECT student_id, school_id FROM enrollment WHERE student_id = '000000069' ORDER BY school_year LIMIT 1")).toEqual([['000000069', '000000003']]);
    expect(await query("SELECT count(*)::INTEGER FROM enrollment WHERE NOT regexp_full_match(student_id, '\\d{9}') OR NOT regexp_full_match(school_id, '\\d{9}')")).toEqual([[0]]);
    // title_1 is not a field; migrant is all NA: loaded as missing, never as "no".
    expect(await query('SELECT count(migrant)::INTEGER FROM enrollment')).toEqual([[0]]);
    const econ = rows(TEXAS).filter((r) => r[6] !== '0').length;
    expect(await query('SELECT count(*) FILTER (WHERE econ_disadv)::INTEGER, count(*) FILTER (WHERE NOT econ_disadv)::INTEGER FROM enrollment')).toEqual([[econ, 30134 - econ]]);
    expect(await query('SELECT min(school_year), max(school_year) FROM enrollment')).toEqual([[2002, 2014]]);
    expect(await query("SELECT count(*)::INTEGER FROM enrollment WHERE sex NOT IN ('female', 'male') OR sex IS NULL")).toEqual([[0]]);
  });
});

describe('VDOE chronic absenteeism report card', () => {
  it('imports every row into aggregates, with the measure and level given for the whole file', async () => {
    expect(vdoe.kind).toBe('aggregates');
    const q = vdoe.quality!;
    expect({ read: q.rowsRead, loaded: q.rowsLoaded, rejected: q.rowsRejected }).toEqual({ read: 3222, loaded: 3222, rejected: 0 });
    expect(vdoe.mapping.constants).toEqual(expect.arrayContaining([{ field: 'measure', value: 'chronic_absenteeism' }, { field: 'level', value: 'school' }]));
    expect(await query('SELECT DISTINCT measure, level FROM aggregates')).toEqual([['chronic_absenteeism', 'school']]);
    expect(await query('SELECT min(school_year), max(school_year), count(DISTINCT school_id)::INTEGER FROM aggregates')).toEqual([[2017, 2024, 41]]);
  });

  it('maps every subgroup to a group type and group', async () => {
    const groups = (await query('SELECT group_type, group_value, count(*)::INTEGER FROM aggregates GROUP BY ALL ORDER BY 1, 2')).map(([t, v, n]) => `${t}:${v}=${n}`);
    const fromFile = new Map<string, number>();
    for (const r of rows(VDOE)) fromFile.set(r[3]!, (fromFile.get(r[3]!) ?? 0) + 1);
    expect(groups).toEqual(
      [
        `all:all=${fromFile.get('All Students')}`,
        `econ_disadv:yes=${fromFile.get('Economically Disadvantaged')}`,
        `ell:yes=${fromFile.get('English Learners')}`,
        `foster:yes=${fromFile.get('Foster Care')}`,
        `homeless:yes=${fromFile.get('Homeless')}`,
        `military_connected:yes=${fromFile.get('Military Connected')}`,
        `race_ethnicity:american_indian_alaska_native=${fromFile.get('American Indian')}`,
        `race_ethnicity:asian=${fromFile.get('Asian')}`,
        `race_ethnicity:black=${fromFile.get('Black')}`,
        `race_ethnicity:hispanic_latino=${fromFile.get('Hispanic')}`,
        `race_ethnicity:native_hawaiian_pacific_islander=${fromFile.get('Native Hawaiian')}`,
        `race_ethnicity:two_or_more=${fromFile.get('Multiple Races')}`,
        `race_ethnicity:white=${fromFile.get('White')}`,
        `swd:yes=${fromFile.get('Students with Disabilities')}`,
      ].sort(),
    );
    expect(vdoe.quality!.unmappedCodes).toEqual([]);
  });

  it('derives the denominator from the count and percent, marks it derived, and leaves it missing where the percent is 0', async () => {
    const file = rows(VDOE);
    const withPercent = file.filter((r) => Number(r[5]) > 0);
    expect(await query('SELECT count(*) FILTER (WHERE denominator_derived)::INTEGER, count(*) FILTER (WHERE denominator IS NULL)::INTEGER FROM aggregates')).toEqual([
      [withPercent.length, file.length - withPercent.length],
    ]);
    // Agnor-Hurt Elementary, All Students, 2016-17: 31 students at 6.4% -> 484.
    expect(await query("SELECT numerator, denominator FROM aggregates WHERE school_id = 'Agnor-Hurt Elementary' AND school_year = 2017 AND group_type = 'all'")).toEqual([[31, 484]]);
    expect(vdoe.quality!.issues.some((i) => i.check === 'derived' && /Denominator derived from the count and the percent/.test(i.message))).toBe(true);
    // The publisher wrote 0 for suppressed cells: those rows are flagged, not silently taken as zero of zero.
    expect(vdoe.quality!.issues.find((i) => i.check === 'derived' && i.severity === 'warning')).toMatchObject({ count: file.length - withPercent.length, message: expect.stringMatching(/0 for a suppressed cell/) });
  });
});
