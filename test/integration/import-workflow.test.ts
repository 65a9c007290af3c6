// Importing through the service, end to end on real DuckDB: every format gives the same records, mapping
// profiles are reused for next year's file, a file seen before is skipped or replaced, progress events
// arrive, cancel and failures leave the project exactly as it was, wide layouts and race flag columns.
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportMapping, ServiceEvent } from '../../analysis/api';
import { ProjectDatabase } from '../../analysis/engine/project-database';
import { createService, type EquityLensService } from '../../analysis/service/create-service';
import { projectSnapshot } from '../support/project-snapshot';
import { makeTempDir } from '../support/temp-dir';

const temp = makeTempDir('equitylens-import-');
let service: EquityLensService;
let count = 0;
const events: ServiceEvent[] = [];

const HEADER = ['StudentID', 'SchoolYear', 'SchoolCode', 'Grade', 'Gender', 'RaceEthnicity', 'EntryDate'];
const ROWS = [
  ['0001', '2023-24', '0101', 'KG', 'F', 'WH', '2023-08-23'],
  ['0002', '2023-24', '0101', '01', 'M', 'BL', '2023-08-23'],
  ['0003', '2023-24', '0102', '02', 'F', 'HI', '2023-09-05'],
  ['0004', '2023-24', '0102', '03', 'X', 'D', '2023-08-23'],
];
const EXPECTED = [
  ['0001', 2024, '0101', 0, 'female', 'white'],
  ['0002', 2024, '0101', 1, 'male', 'black'],
  ['0003', 2024, '0102', 2, 'female', 'hispanic_latino'],
  ['0004', 2024, '0102', 3, 'nonbinary', null],
];

const file = (name: string) => path.join(temp.dir, name);
const delimited = (delimiter: string) => [HEADER, ...ROWS].map((r) => r.join(delimiter)).join('\n') + '\n';
const taskId = () => `wf-task-${String(++count).padStart(4, '0')}`;

async function newProject(): Promise<string> {
  const project = file(`project-${++count}.duckdb`);
  const created = await service.createProject({ path: project, name: 'Workflow', districtName: 'Test' });
  if (!created.ok) throw new Error(created.error.message);
  return project;
}

/** Reads the project on a connection of its own (the service's is closed first, then reopened). */
async function withProject<T>(project: string, body: (database: ProjectDatabase) => Promise<T>): Promise<T> {
  await service.closeProject({});
  const database = await ProjectDatabase.open(project);
  try {
    return await body(database);
  } finally {
    database.close();
    await service.openProject({ path: project });
  }
}

const rowsOf = (project: string, sql: string) => withProject(project, async (db) => (await db.connection.runAndReadAll(sql)).getRowsJS());
const ENROLLMENT = 'SELECT student_id, school_year, school_id, grade, sex, race_ethnicity FROM enrollment ORDER BY student_id';

beforeAll(async () => {
  service = createService({ dataDir: file('data'), sampleDataDir: file('none'), builtSampleDir: file('none'), appVersion: 'test', host: 'cli' });
  service.onEvent((event) => events.push(event));
  fs.writeFileSync(file('export.csv'), delimited(','));
  fs.writeFileSync(file('export.tsv'), delimited('\t'));
  fs.writeFileSync(file('export-pipe.txt'), delimited('|'));
  fs.writeFileSync(file('export-semicolon.csv'), delimited(';'));
  fs.writeFileSync(file('export.json'), JSON.stringify(ROWS.map((r) => Object.fromEntries(HEADER.map((h, i) => [h, r[i]])))));
  fs.writeFileSync(file('export.ndjson'), ROWS.map((r) => JSON.stringify(Object.fromEntries(HEADER.map((h, i) => [h, r[i]])))).join('\n') + '\n');
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Enrollment');
  sheet.addRow(HEADER);
  for (const r of ROWS) sheet.addRow([...r.slice(0, 6), new Date(`${r[6]}T00:00:00Z`)]);
  await workbook.xlsx.writeFile(file('export.xlsx'));
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  await connection.run(`COPY (SELECT * FROM read_csv('${file('export.csv')}', all_varchar = true)) TO '${file('export.parquet')}' (FORMAT parquet)`);
  connection.closeSync();
  instance.closeSync();
});
afterAll(async () => {
  await service?.dispose();
  temp.remove();
});

describe('formats', () => {
  for (const name of ['export.csv', 'export.tsv', 'export-pipe.txt', 'export-semicolon.csv', 'export.xlsx', 'export.parquet', 'export.json', 'export.ndjson']) {
    it(`${name} imports to the same records`, async () => {
      const project = await newProject();
      const inspected = await service.inspectImportFile({ path: file(name) });
      if (!inspected.ok) throw new Error(inspected.error.message);
      expect(inspected.value.kind).toBe('enrollment');
      const result = await service.runImport({ taskId: taskId(), path: file(name) });
      if (!result.ok) throw new Error(result.error.message);
      expect(result.value.quality).toMatchObject({ rowsRead: 4, rowsLoaded: 4, rowsRejected: 0 });
      expect(result.value.quality!.unmappedCodes).toEqual([{ field: 'race_ethnicity', column: 'RaceEthnicity', code: 'D', count: 1 }]);
      expect(await rowsOf(project, ENROLLMENT)).toEqual(EXPECTED);
    });
  }

  it('says which delimiter, encoding and sheet it read', async () => {
    await newProject();
    const tsv = await service.inspectImportFile({ path: file('export.tsv') });
    const xlsx = await service.inspectImportFile({ path: file('export.xlsx') });
    if (!tsv.ok || !xlsx.ok) throw new Error('inspection failed');
    expect(tsv.value.file).toMatchObject({ format: 'csv', delimiter: '\t', encoding: 'UTF-8' });
    expect(xlsx.value.file).toMatchObject({ format: 'xlsx', sheets: ['Enrollment'], sheet: 'Enrollment', headerRow: 1 });
    expect(tsv.value.file.sha256).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('mapping review and profiles', () => {
  it('recomputes the code review for an edited mapping, and imports with the user\'s choices', async () => {
    const project = await newProject();
    const first = await service.inspectImportFile({ path: file('export.csv') });
    if (!first.ok) throw new Error(first.error.message);
    expect(first.value.codes.find((c) => c.code === 'D')).toMatchObject({ field: 'race_ethnicity', status: 'unmapped', count: 1 });
    // The user decides that D means not reported, and that EntryDate is not imported (it was not anyway).
    const mapping: ImportMapping = { ...first.value.mapping, codes: [...first.value.mapping.codes, { field: 'race_ethnicity', code: 'D', value: null }] };
    const again = await service.inspectImportFile({ path: file('export.csv'), mapping });
    if (!again.ok) throw new Error(again.error.message);
    expect(again.value.codes.find((c) => c.code === 'D')).toMatchObject({ status: 'not_reported' });
    // Unmapping a required column shows up as a gap before anything is imported.
    const gap = await service.inspectImportFile({ path: file('export.csv'), mapping: { ...mapping, columns: mapping.columns.map((c) => (c.source === 'SchoolYear' ? { ...c, target: null } : c)) } });
    if (!gap.ok) throw new Error(gap.error.message);
    expect(gap.value.missingRequired).toEqual(['school_year']);
    const refused = await service.runImport({ taskId: taskId(), path: file('export.csv'), mapping: { ...mapping, columns: mapping.columns.map((c) => (c.source === 'SchoolYear' ? { ...c, target: null } : c)) } });
    expect(refused).toMatchObject({ ok: false, error: { code: 'file_refused', message: expect.stringMatching(/has no column for School year/) } });

    const result = await service.runImport({ taskId: taskId(), path: file('export.csv'), mapping, saveProfileAs: 'SIS enrollment' });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.quality!.unmappedCodes).toEqual([]);
    expect(result.value.profileSaved).toBe('SIS enrollment');
    const profiles = await service.listMappingProfiles({});
    expect(profiles).toMatchObject({ ok: true, value: [{ name: 'SIS enrollment', kind: 'enrollment', headers: HEADER }] });
    expect(await rowsOf(project, 'SELECT count(*)::INTEGER FROM enrollment WHERE race_ethnicity IS NULL')).toEqual([[1]]);
  });

  it("reuses the saved profile for next year's file with the same headers", async () => {
    const nextYear = [HEADER, ['0001', '2024-25', '0101', '01', 'F', 'WH', '2024-08-22'], ['0004', '2024-25', '0102', '04', 'X', 'D', '2024-08-22']];
    fs.writeFileSync(file('export-2025.csv'), nextYear.map((r) => r.join(',')).join('\n') + '\n');
    const inspected = await service.inspectImportFile({ path: file('export-2025.csv') });
    if (!inspected.ok) throw new Error(inspected.error.message);
    expect(inspected.value.profile).toBe('SIS enrollment');
    expect(inspected.value.codes.find((c) => c.code === 'D')).toMatchObject({ status: 'not_reported', note: 'Your choice.' });
    const result = await service.runImport({ taskId: taskId(), path: file('export-2025.csv') });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.quality).toMatchObject({ rowsLoaded: 2, unmappedCodes: [] });
    const history = await service.listImports({});
    expect(history).toMatchObject({ ok: true, value: [{ fileName: 'export-2025.csv', profileName: 'SIS enrollment' }, { fileName: 'export.csv', profileName: 'SIS enrollment' }] });
  });
});

describe('files imported before', () => {
  it('is detected by its hash: nothing loaded twice unless replaced', async () => {
    const project = await newProject();
    const first = await service.runImport({ taskId: taskId(), path: file('export.csv') });
    if (!first.ok) throw new Error(first.error.message);
    const before = await withProject(project, (db) => projectSnapshot(db.connection));

    // A copy under another name is the same file: the hash says so.
    fs.copyFileSync(file('export.csv'), file('export-copy.csv'));
    const inspected = await service.inspectImportFile({ path: file('export-copy.csv') });
    expect(inspected.ok && inspected.value.previousImports.map((p) => p.importId)).toEqual([first.value.importId]);
    const duplicate = await service.runImport({ taskId: taskId(), path: file('export-copy.csv') });
    expect(duplicate).toMatchObject({ ok: true, value: { outcome: 'duplicate', importId: null, quality: null, previousImport: { importId: first.value.importId } } });
    const skipped = await service.runImport({ taskId: taskId(), path: file('export.csv'), onDuplicate: 'skip' });
    expect(skipped).toMatchObject({ ok: true, value: { outcome: 'skipped' } });
    expect(await withProject(project, (db) => projectSnapshot(db.connection))).toEqual(before);

    const replaced = await service.runImport({ taskId: taskId(), path: file('export.csv'), onDuplicate: 'replace' });
    if (!replaced.ok) throw new Error(replaced.error.message);
    expect(replaced.value.outcome).toBe('imported');
    expect(await rowsOf(project, ENROLLMENT)).toEqual(EXPECTED);
    const history = await service.listImports({});
    expect(history.ok && history.value.map((h) => [h.importId, h.replacedBy])).toEqual([
      [replaced.value.importId, null],
      [first.value.importId, replaced.value.importId],
    ]);
  });

  it('does not load records that another file already loaded (same keys), and says so', async () => {
    const project = await newProject();
    await service.runImport({ taskId: taskId(), path: file('export.csv') });
    const other = await service.runImport({ taskId: taskId(), path: file('export.tsv') });
    if (!other.ok) throw new Error(other.error.message);
    expect(other.value.quality).toMatchObject({ rowsRead: 4, rowsLoaded: 0, rowsRejected: 4, rejectedByReason: [{ reason: 'duplicate_key', count: 4 }] });
    expect(await rowsOf(project, 'SELECT count(*)::INTEGER FROM enrollment')).toEqual([[4]]);
  });
});

describe('tasks: progress, cancel, atomicity', () => {
  const big = () => file('big.csv');
  beforeAll(() => {
    const lines = [HEADER.join(',')];
    for (let i = 0; i < 400_000; i++) lines.push(`${String(i).padStart(7, '0')},2023-24,01${String(i % 50).padStart(2, '0')},0${1 + (i % 9)},${i % 2 ? 'F' : 'M'},${['WH', 'BL', 'HI', 'AS'][i % 4]},2023-08-23`);
    fs.writeFileSync(big(), lines.join('\n') + '\n');
  });

  it('reports progress with row counts, and the end of the task', async () => {
    await newProject();
    events.length = 0;
    const id = taskId();
    const result = await service.runImport({ taskId: id, path: big() });
    if (!result.ok) throw new Error(result.error.message);
    const mine = events.filter((e) => e.taskId === id);
    const phases = mine.filter((e): e is Extract<ServiceEvent, { type: 'progress' }> => e.type === 'progress').map((e) => e.phase);
    expect(phases).toEqual(expect.arrayContaining(['reading', 'validating', 'loading', 'done']));
    expect(mine.find((e) => e.type === 'progress' && e.phase === 'done')).toMatchObject({ done: 400_000, total: 400_000 });
    expect(mine.at(-1)).toEqual({ type: 'task-ended', taskId: id, kind: 'import', outcome: 'done' });
  });

  it('cancels on request: the project is exactly as it was, even while replacing a file', async () => {
    const project = await newProject();
    const first = await service.runImport({ taskId: taskId(), path: big() });
    if (!first.ok) throw new Error(first.error.message);
    const before = await withProject(project, (db) => projectSnapshot(db.connection));
    // Replacing deletes the earlier rows first; cancelling while it loads must undo that too.
    const id = taskId();
    const stop = service.onEvent((event) => {
      if (event.type === 'progress' && event.taskId === id && event.phase === 'loading') void service.cancelTask({ taskId: id });
    });
    const result = await service.runImport({ taskId: id, path: big(), onDuplicate: 'replace' });
    stop();
    expect(result).toMatchObject({ ok: false, error: { code: 'cancelled', message: 'Cancelled. Nothing was changed.' } });
    expect(events.filter((e) => e.taskId === id).at(-1)).toMatchObject({ type: 'task-ended', outcome: 'cancelled' });
    expect(await withProject(project, (db) => projectSnapshot(db.connection))).toEqual(before);
    // And the project still works.
    expect((await service.getProjectInfo({})).ok).toBe(true);
  });

  it('creating a project with the sample is all or nothing: a broken file leaves no project behind', async () => {
    const sample = file('broken-sample');
    fs.cpSync(path.resolve('sample-data/district'), sample, { recursive: true });
    fs.writeFileSync(path.join(sample, 'climate_survey.csv'), 'Nothing,Here\n1,2\n');
    const isolated = createService({ dataDir: file('data2'), sampleDataDir: sample, builtSampleDir: file('built2'), appVersion: 'test', host: 'cli' });
    try {
      const target = file('sample-broken.duckdb');
      const result = await isolated.createProject({ path: target, name: 'Sample', districtName: 'Riverside', withSampleData: true });
      expect(result.ok).toBe(false);
      expect(fs.existsSync(target)).toBe(false);
    } finally {
      await isolated.dispose();
    }
  });
});

describe('checks across tables', () => {
  it('reports orphans (students and schools the project does not have) and impossible values, in the import and in the project report', async () => {
    await newProject();
    fs.writeFileSync(file('schools.csv'), 'SchoolCode,SchoolName,SchoolType\n0101,Lincoln,Elementary School\n');
    fs.writeFileSync(file('students.csv'), 'StudentID,SchoolYear,SchoolCode\n0001,2023-24,0101\n0002,2023-24,0999\n');
    fs.writeFileSync(
      file('incidents.csv'),
      'IncidentID,StuID,SchoolID,SchoolYear,IncidentDate,ActionCode,DaysRemoved\ni1,0001,0101,2023-24,2024-03-01,OSS,2\ni2,0077,0101,2023-24,2024-03-02,ISS,1\ni3,0001,0101,2023-24,2022-01-15,OSS,1\n',
    );
    fs.writeFileSync(file('scores.csv'), 'student_number,test_year,subject,scale_score\n0001,2024,ELA,2450\n0002,2024,Math,-20\n');
    for (const name of ['schools.csv', 'students.csv']) expect((await service.runImport({ taskId: taskId(), path: file(name) })).ok).toBe(true);
    const enrollmentReport = await service.getQualityReport({});
    expect(enrollmentReport.ok && enrollmentReport.value?.issues.find((i) => i.check === 'orphan')).toMatchObject({ column: 'school_id', count: 1, lines: [3] });

    const incidents = await service.runImport({ taskId: taskId(), path: file('incidents.csv') });
    if (!incidents.ok) throw new Error(incidents.error.message);
    expect(incidents.value.quality).toMatchObject({ rowsRead: 3, rowsLoaded: 2, rowsRejected: 1 });
    expect(incidents.value.quality!.rejects).toEqual([{ line: 4, column: 'IncidentDate', reason: 'impossible_value', message: 'The incident date is outside the school year (July to June).' }]);
    expect(incidents.value.quality!.issues.find((i) => i.check === 'orphan')).toMatchObject({ column: 'student_id', count: 1, lines: [3] });

    const scores = await service.runImport({ taskId: taskId(), path: file('scores.csv'), kind: 'assessments' });
    if (!scores.ok) throw new Error(scores.error.message);
    expect(scores.value.quality!.rejects).toEqual([{ line: 3, column: 'scale_score', reason: 'impossible_value', message: 'A scale score cannot be negative.' }]);

    const project = await service.getProjectQuality({});
    if (!project.ok) throw new Error(project.error.message);
    expect(project.value.imports.map((i) => i.fileName)).toEqual(['scores.csv', 'incidents.csv', 'students.csv', 'schools.csv']);
    expect(project.value.checks).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ table: 'enrollment', check: 'orphan', count: 1 }),
        expect.objectContaining({ table: 'discipline', check: 'orphan', count: 1 }),
      ]),
    );
  });
});

describe('layouts and codes', () => {
  it('reads a wide report card (a count and a percent per group) into aggregates, deriving denominators', async () => {
    const project = await newProject();
    fs.writeFileSync(
      file('report-card-chronic-absenteeism.csv'),
      ['School Year,School Name,All Students Count,All Students %,Black Count,Black %,Students with Disabilities Count,Students with Disabilities %', '2023-24,Lincoln,40,10.0,12,15.0,0,0', '2023-24,Grant,25,5.0,,,6,12.0'].join('\n') + '\n',
    );
    const result = await service.runImport({ taskId: taskId(), path: file('report-card-chronic-absenteeism.csv') });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value).toMatchObject({ kind: 'aggregates', mapping: { layout: 'wide' } });
    expect(result.value.quality).toMatchObject({ rowsRead: 2, rowsLoaded: 2, recordsWritten: 5 });
    expect(
      await rowsOf(project, 'SELECT school_id, measure, level, group_type, group_value, numerator, denominator, denominator_derived FROM aggregates ORDER BY school_id, group_type, group_value'),
    ).toEqual([
      ['Grant', 'chronic_absenteeism', 'school', 'all', 'all', 25, 500, true],
      ['Grant', 'chronic_absenteeism', 'school', 'swd', 'yes', 6, 50, true],
      ['Lincoln', 'chronic_absenteeism', 'school', 'all', 'all', 40, 400, true],
      ['Lincoln', 'chronic_absenteeism', 'school', 'race_ethnicity', 'black', 12, 80, true],
      ['Lincoln', 'chronic_absenteeism', 'school', 'swd', 'yes', 0, null, null],
    ]);
  });

  it('derives race/ethnicity from one flag column per race (OneRoster) and the 2024 MENA category, with Hispanic of any race', async () => {
    const project = await newProject();
    fs.writeFileSync(
      file('oneroster-demographics.csv'),
      [
        'sourcedId,SchoolYear,SchoolCode,americanIndianOrAlaskaNative,asian,blackOrAfricanAmerican,nativeHawaiianOrOtherPacificIslander,white,middleEasternOrNorthAfrican,hispanicOrLatinoEthnicity',
        's1,2024,0101,false,false,true,false,false,false,false',
        's2,2024,0101,false,true,false,false,true,false,false',
        's3,2024,0101,false,false,false,false,true,false,true',
        's4,2024,0101,false,false,false,false,false,true,false',
        's5,2024,0101,false,false,false,false,false,false,false',
      ].join('\n') + '\n',
    );
    const result = await service.runImport({ taskId: taskId(), path: file('oneroster-demographics.csv'), kind: 'enrollment' });
    if (!result.ok) throw new Error(result.error.message);
    expect(await rowsOf(project, 'SELECT student_id, race_ethnicity, hispanic, race_black, race_white, race_mena FROM enrollment ORDER BY 1')).toEqual([
      ['s1', 'black', false, true, false, false],
      ['s2', 'two_or_more', false, false, true, false],
      ['s3', 'hispanic_latino', true, false, true, false],
      ['s4', 'middle_eastern_north_african', false, false, false, true],
      ['s5', null, false, false, false, false],
    ]);
  });

  it('reads a long survey file (one row per answer), the construct from the item id and favorable from the scale', async () => {
    const project = await newProject();
    fs.writeFileSync(
      file('survey-long.csv'),
      ['Respondent ID,Respondent Type,School Code,Survey Year,Item,Response', 'r1,Student,0101,Spring 2024,BEL_01,4', 'r1,Student,0101,Spring 2024,SAF_02,2', 'r2,Parent,0101,Spring 2024,FWEL_01,3', 'r2,Parent,0101,Spring 2024,XYZ_01,1'].join('\n') + '\n',
    );
    const result = await service.runImport({ taskId: taskId(), path: file('survey-long.csv') });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value).toMatchObject({ kind: 'surveys', mapping: { layout: 'rows' } });
    expect(await rowsOf(project, 'SELECT respondent_id, respondent_type, school_year, item, construct, response, favorable FROM surveys ORDER BY respondent_id, item')).toEqual([
      ['r1', 'student', 2024, 'BEL_01', 'belonging', 4, true],
      ['r1', 'student', 2024, 'SAF_02', 'safety', 2, false],
      ['r2', 'family', 2024, 'FWEL_01', 'welcoming', 3, true],
      ['r2', 'family', 2024, 'XYZ_01', 'XYZ', 1, false],
    ]);
  });

  it('reads Ed-Fi descriptor URIs as their codes', async () => {
    const project = await newProject();
    fs.writeFileSync(
      file('edfi-students.csv'),
      ['StudentUniqueId,SchoolId,SchoolYear,SexDescriptor,EntryGradeLevelDescriptor', '605001,255901,2024,uri://ed-fi.org/SexDescriptor#Female,uri://ed-fi.org/GradeLevelDescriptor#Ninth grade', '605002,255901,2024,uri://ed-fi.org/SexDescriptor#Male,uri://ed-fi.org/GradeLevelDescriptor#Kindergarten'].join('\n') + '\n',
    );
    const result = await service.runImport({ taskId: taskId(), path: file('edfi-students.csv') });
    if (!result.ok) throw new Error(result.error.message);
    expect(await rowsOf(project, 'SELECT student_id, sex, grade FROM enrollment ORDER BY 1')).toEqual([
      ['605001', 'female', 9],
      ['605002', 'male', 0],
    ]);
  });
});
