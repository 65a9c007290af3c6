// Report-card files in their publishers' layouts, end to end from the command line: every row accounted
// for (read = loaded + rejected), and the loaded records and figures checked against arithmetic done here
// on the fixture's own text, apart from the importer and the engine.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { makeTempDir } from '../support/temp-dir';

// Each test runs the command line several times; a shared 2-core machine makes that slow, not wrong.
vi.setConfig({ testTimeout: 400_000 });
const temp = makeTempDir();
afterAll(() => temp.remove());
const BIN = path.resolve('analysis/cli/equitylens.mjs');
const FIXTURES = path.resolve('test/fixtures/report-cards');
const NYC = path.join(FIXTURES, 'nyc-doe-demographic-snapshot-school.csv');
const VA_GRAD = path.join(FIXTURES, 'vdoe-cohort-graduation-state-division-school.csv');
const CDE = path.join(FIXTURES, 'cde-chronic-absenteeism-2023-24.txt');
const VDOE = path.resolve('../shared/real-data/vdoe_chronic_absenteeism_by_subgroup_charlottesville_albemarle_2017-2024.csv');

function equitylens(...args: string[]) {
  const result = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, EQUITYLENS_DATA_DIR: path.join(temp.dir, 'data') }, timeout: 180_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function newProject(name: string): string {
  const project = path.join(temp.dir, `${name}.duckdb`);
  expect(equitylens('init', project).code).toBe(0);
  return project;
}

/** The fixture as rows of text keyed by header (none of these files quote a comma). */
function csvRows(file: string): Record<string, string>[] {
  const [header, ...lines] = fs.readFileSync(file, 'utf8').trim().split('\n');
  const names = header!.split(',');
  return lines.map((line) => Object.fromEntries(line.split(',').map((v, i) => [names[i]!, v])));
}

async function query(project: string, sql: string): Promise<Record<string, unknown>[]> {
  const instance = await DuckDBInstance.create(project, { access_mode: 'READ_ONLY' });
  const connection = await instance.connect();
  try {
    const reader = await connection.runAndReadAll(sql);
    return reader.getRowObjectsJS() as Record<string, unknown>[];
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

function imported(stdout: string) {
  const file = JSON.parse(stdout).files[0];
  expect(file.rowsRead).toBe(file.rowsLoaded + file.rowsRejected);
  return file;
}

describe("NYC DOE's school demographic snapshot (one row per school, # and % per group, Total Enrollment)", () => {
  it('loads every group of every school against the total column, keyed by DBN', async () => {
    const project = newProject('nyc');
    const result = equitylens('import', project, NYC, '--json');
    expect(result.stderr).toBe('');
    const file = imported(result.stdout);
    const rows = csvRows(NYC);
    const groups = Object.keys(rows[0]!).filter((h) => h.startsWith('# '));
    expect(file).toMatchObject({ kind: 'aggregates', layout: 'wide', rowsRead: rows.length, rowsLoaded: rows.length, rowsRejected: 0, recordsWritten: rows.length * groups.length });
    expect(file.mapping.find((m: { column: string }) => m.column === 'DBN')).toMatchObject({ field: 'school_id' });
    const records = await query(project, 'SELECT school_id, group_type, group_value, numerator, denominator, denominator_derived, school_year FROM aggregates');
    // Two schools share a name; their DBNs keep them apart.
    expect(new Set(records.map((r) => r.school_id))).toEqual(new Set(rows.map((r) => r.DBN)));
    for (const row of rows) {
      const own = records.filter((r) => r.school_id === row.DBN);
      expect(own).toHaveLength(groups.length);
      const counts = own.map((r) => r.numerator).sort((a, b) => Number(a) - Number(b));
      expect(counts).toEqual(groups.map((g) => Number(row[g])).sort((a, b) => a - b));
      for (const r of own) expect(r).toMatchObject({ denominator: Number(row['Total Enrollment']), denominator_derived: false, school_year: 2026 });
    }
    const black = records.find((r) => r.school_id === '01M015' && r.group_value === 'black')!;
    expect(black.numerator).toBe(Number(rows[0]!['# Black']));
    expect(file.issues.filter((i: { column: string | null }) => i.column?.startsWith('% '))).toEqual([]);
  });

  it('names the column when schools keyed by name collide, and suggests the unique code column', () => {
    const project = newProject('nyc-names');
    const file = imported(equitylens('import', project, NYC, '--map', 'School Name=school_id', '--map', 'DBN=', '--json').stdout);
    const names = csvRows(NYC).map((r) => r['School Name']);
    const repeats = names.length - new Set(names).size;
    expect(file).toMatchObject({ rowsRejected: repeats, rejectedByReason: [{ reason: 'duplicate_key', count: repeats }] });
    expect(file.issues).toContainEqual(expect.objectContaining({ check: 'duplicate_key', column: 'School Name', message: expect.stringContaining('"DBN" is unique on every row: import with --map "DBN=school_id"') }));
  });

  it('checks each percent against count / total and warns beyond rounding', () => {
    const project = newProject('nyc-off');
    const off = path.join(FIXTURES, 'nyc-doe-demographic-snapshot-percent-off.csv');
    const row = csvRows(off)[0]!;
    // The fixture's first school says 30.0% Black; its counts say otherwise by more than half a point.
    expect(Math.abs(100 * Number(row['# Black']) / Number(row['Total Enrollment']) - 100 * Number(row['% Black']))).toBeGreaterThan(0.5);
    const file = imported(equitylens('import', project, off, '--json').stdout);
    expect(file.issues).toContainEqual(expect.objectContaining({ severity: 'warning', column: '% Black', count: 1, message: expect.stringContaining('differs from count / total by more than rounding') }));
  });
});

describe("Virginia's cohort graduation file (state, division and school rows; all students as subgroup None)", () => {
  const project = path.join(temp.dir, 'va.duckdb');

  it('shows "None" in the code review; unmapped, those rows are rejected and named; mapped with --code, every row loads', () => {
    newProject('va');
    const inspected = JSON.parse(equitylens('inspect', VA_GRAD, '--json').stdout);
    expect(inspected.codes.find((c: { code: string }) => c.code === 'None')).toMatchObject({ field: 'group', status: 'not_reported', note: expect.stringContaining('unless you map it') });
    const rows = csvRows(VA_GRAD);
    const none = rows.filter((r) => r.Subgroup === 'None').length;
    const first = imported(equitylens('import', project, VA_GRAD, '--json').stdout);
    expect(first).toMatchObject({ rowsRead: rows.length, rowsRejected: none });
    // "Level" is matched by a short generic header: applied, but named as a guess.
    expect(first.issues).toContainEqual(expect.objectContaining({ severity: 'warning', message: expect.stringContaining('Guessed with low confidence: "Level" as level') }));
    // The README's mapping line for this layout.
    const second = imported(equitylens('import', project, VA_GRAD, '--replace', '--code', 'group:None=all:all', '--save-profile', 'va-cohort', '--json').stdout);
    expect(second).toMatchObject({ rowsRead: rows.length, rowsLoaded: rows.length, rowsRejected: 0, derivedTotals: [] });
    // The saved profile keeps the choice: next year's file needs no options.
    const third = imported(equitylens('import', project, VA_GRAD, '--replace', '--profile', 'va-cohort', '--json').stdout);
    expect(third).toMatchObject({ rowsLoaded: rows.length, rowsRejected: 0 });
  });

  it("gives a division's figures from the publisher's division rows, not re-summed schools, with the state's for the alternate ratio", () => {
    const rows = csvRows(VA_GRAD);
    const result = equitylens('metric', project, 'graduation_4_year', '--by', 'race_ethnicity', '--district', '002', '--internal', '--json');
    expect(result.stderr).toBe('');
    const table = JSON.parse(result.stdout).rows as Record<string, number | string | boolean | null>[];
    const row = (level: string, sub: string, division = '') => rows.find((r) => r.Level === level && r.Subgroup === sub && r['Division Number'] === division)!;
    const division = row('Division', 'Black', '002');
    const black = table.find((r) => r.groupValue === 'black')!;
    expect(black).toMatchObject({ numerator: Number(division['Total Graduates']), denominator: Number(division['Students in Cohort']) });
    const schools = rows.filter((r) => r.Level === 'School' && r.Subgroup === 'Black' && r['Division Number'] === '002');
    expect(schools.reduce((s, r) => s + Number(r['Total Graduates']), 0)).not.toBe(black.numerator);
    const total = table.find((r) => r.isTotal)!;
    expect(total).toMatchObject({ numerator: Number(row('Division', 'None', '002')['Total Graduates']), denominator: Number(row('Division', 'None', '002')['Students in Cohort']) });
    const stateAll = row('State', 'None');
    const stateBlack = row('State', 'Black');
    const stateOthers = (Number(stateAll['Total Graduates']) - Number(stateBlack['Total Graduates'])) / (Number(stateAll['Students in Cohort']) - Number(stateBlack['Students in Cohort']));
    expect(black.alternateRiskRatio as number).toBeCloseTo(Number(division['Total Graduates']) / Number(division['Students in Cohort']) / stateOthers, 10);
  });
});

describe("Virginia's school chronic-absenteeism file (real data: two divisions, 0 written for suppressed cells)", () => {
  it('keeps the divisions apart and marks zero cells as suppressed in source', async () => {
    const project = newProject('vdoe');
    const file = imported(equitylens('import', project, VDOE, '--json').stdout);
    const rows = csvRows(VDOE);
    expect(file).toMatchObject({ rowsRead: rows.length, rowsLoaded: rows.length, rowsRejected: 0 });
    expect(file.mapping.find((m: { column: string }) => m.column === 'division')).toMatchObject({ field: 'district_id' });
    expect(JSON.parse(equitylens('info', project, '--json').stdout).districts).toEqual([...new Set(rows.map((r) => r.division))].sort());
    const [status] = await query(project, "SELECT count(*)::INTEGER AS n FROM aggregates WHERE source_status = 'suppressed_in_source'");
    expect(status!.n).toBe(rows.filter((r) => Number(r.n_students) === 0 && !(Number(r.percent) > 0)).length);

    const result = equitylens('metric', project, 'chronic_absenteeism', '--by', 'race_ethnicity', '--district', 'CCS', '--year', '2024', '--internal', '--json');
    expect(result.stderr).toBe('');
    const black = (JSON.parse(result.stdout).rows as Record<string, unknown>[]).find((r) => r.groupValue === 'black')!;
    const mine = rows.filter((r) => r.division === 'CCS' && r.school_year === '2023-2024' && r.subgroup === 'Black' && Number(r.percent) > 0);
    const x = mine.reduce((s, r) => s + Number(r.n_students), 0);
    const n = mine.reduce((s, r) => s + Math.round(Number(r.n_students) / (Number(r.percent) / 100)), 0);
    expect(black).toMatchObject({ numerator: x, denominator: n });
  });
});

describe("California's chronic-absenteeism download (tab-separated, T/C/D/S levels, category codes, * for suppressed)", () => {
  it('keeps starred cells as suppressed in source and reads district figures from the district rows', async () => {
    const project = newProject('cde');
    const lines = fs.readFileSync(CDE, 'utf8').trim().split('\n').map((l) => l.split('\t'));
    const [header, ...data] = lines as [string[], ...string[][]];
    const rows = data.map((cells) => Object.fromEntries(cells.map((v, i) => [header[i]!, v])));
    const file = imported(equitylens('import', project, CDE, '--json').stdout);
    expect(file).toMatchObject({ rowsRead: rows.length, rowsLoaded: rows.length, rowsRejected: 0 });
    // County rows (C) are not a level EquityLens models: named as an unmapped code, never guessed.
    expect(file.unmappedCodes).toEqual([{ field: 'level', column: 'Aggregate Level', code: 'C', count: rows.filter((r) => r['Aggregate Level'] === 'C').length }]);
    const [status] = await query(project, "SELECT count(*)::INTEGER AS n FROM aggregates WHERE source_status = 'suppressed_in_source'");
    expect(status!.n).toBe(rows.filter((r) => r.ChronicAbsenteeismCount === '*').length);

    const result = equitylens('metric', project, 'chronic_absenteeism', '--by', 'race_ethnicity', '--district', '61259', '--internal', '--json');
    expect(result.stderr).toBe('');
    const table = JSON.parse(result.stdout).rows as Record<string, unknown>[];
    for (const [code, group] of [['RB', 'black'], ['RW', 'white'], ['TA', 'all']] as const) {
      const own = rows.find((r) => r['Aggregate Level'] === 'D' && r['Reporting Category'] === code)!;
      const row = table.find((r) => (group === 'all' ? r.isTotal : r.groupValue === group))!;
      expect(row).toMatchObject({ numerator: Number(own.ChronicAbsenteeismCount), denominator: Number(own.ChronicAbsenteeismEligibleCumulativeEnrollment) });
    }
  });
});
