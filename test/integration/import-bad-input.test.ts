// The bad-input corpus: malformed and hostile exports, each with the clear error or the reject report it
// must give, through the real service and a real DuckDB project. Nothing crashes, and after every failure
// the project is exactly as it was (every table's rows and contents, and the import log).
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ErrorCode, ImportResult, QualityReport, RejectReason } from '../../analysis/api';
import { ProjectDatabase } from '../../analysis/engine/project-database';
import { createService, type EquityLensService } from '../../analysis/service/create-service';
import { makeFixtures } from '../fixtures/bad-input/make-fixtures';
import { projectSnapshot } from '../support/project-snapshot';
import { makeTempDir } from '../support/temp-dir';

const COMMITTED = path.resolve('test/fixtures/bad-input');
const temp = makeTempDir('equitylens-bad-input-');
const GENERATED = path.join(temp.dir, 'generated');
let service: EquityLensService;
let projectCount = 0;

interface Failure {
  file: string;
  error: RegExp;
  code?: ErrorCode;
  sheet?: string;
}

interface Import {
  file: string;
  kind: string;
  read: number;
  loaded: number;
  rejected: number;
  /** Rejected rows per reason, with their lines. */
  rejects?: Partial<Record<RejectReason, number[]>>;
  /** Issues (warnings, notes) the report must hold. */
  issues?: RegExp[];
  unmapped?: string[];
  /** SQL over the project and the rows it must return. */
  sql?: [string, unknown[][]][];
  sheet?: string;
}

const fixture = (file: string) => (fs.existsSync(path.join(COMMITTED, file)) ? path.join(COMMITTED, file) : path.join(GENERATED, file));

const FAILURES: Failure[] = [
  { file: 'empty.csv', error: /^empty\.csv is empty \(0 bytes\)/ },
  { file: 'header-only.csv', error: /has a header row but no data rows/ },
  { file: 'binary-junk.csv', error: /^This file is not text: it holds binary data/ },
  { file: 'not-a-parquet.parquet', error: /is named \.parquet but is not a Parquet file/ },
  { file: 'not-a-workbook.xlsx', error: /is named \.xlsx but is not an Excel workbook/ },
  { file: 'old-excel.xls', error: /is an old Excel \(\.xls\) workbook/ },
  { file: 'zip-archive.zip', error: /is a zip archive, not a spreadsheet/ },
  { file: 'invalid-json.json', error: /is not JSON records/ },
  { file: 'ndjson-broken-line.ndjson', error: /is not JSON records/ },
  { file: 'json-not-records.json', error: /does not look like any kind of data this app imports/ },
  { file: 'unknown-columns.csv', error: /does not look like any kind of data this app imports/ },
  { file: 'only-delimiters.csv', error: /does not look like any kind of data this app imports/ },
  { file: 'whitespace-only.csv', error: /does not look like any kind of data this app imports/ },
  { file: 'missing-required.csv', error: /has no column for School year \(required for enrollment and demographics\)/, code: 'file_refused' },
  { file: 'merged-cells.xlsx', sheet: 'Nope', error: /has no sheet named "Nope"\. Its sheets: "Read me", "Staff 2024", "Summary"/ },
  { file: 'merged-cells.xlsx', sheet: 'Read me', error: /does not look like any kind of data|no rows with data|header row but no data rows/ },
  { file: 'ragged-rows.csv', sheet: 'Sheet1', error: /is not a workbook, so it has no sheets/ },
  { file: 'no-such-file.csv', error: /^There is no file at /, code: 'not_found' },
];

const IMPORTS: Import[] = [
  { file: 'ragged-rows.csv', kind: 'enrollment', read: 5, loaded: 3, rejected: 2, rejects: { parse_error: [3, 4] }, issues: [/fewer fields than the header/, /more fields than the header/] },
  { file: 'unbalanced-quotes.csv', kind: 'enrollment', read: 2, loaded: 1, rejected: 1, rejects: { parse_error: [3] }, issues: [/unbalanced quotes/, /a quote that is never closed/] },
  {
    file: 'duplicate-headers.csv',
    kind: 'enrollment',
    read: 2,
    loaded: 2,
    rejected: 0,
    issues: [/Two columns are named "StudentID"; the later one is read as "StudentID_1"/],
    sql: [['SELECT student_id FROM enrollment ORDER BY 1', [['0001'], ['0002']]]],
  },
  { file: 'header-quotes.csv', kind: 'enrollment', read: 2, loaded: 2, rejected: 0, sql: [['SELECT student_id, school_year, school_id, sex FROM enrollment ORDER BY 1', [['0001', 2024, '0101', 'female'], ['0002', 2024, '0101', 'male']]]] },
  { file: 'header-semicolons.csv', kind: 'enrollment', read: 2, loaded: 2, rejected: 0, sql: [['SELECT school_id FROM enrollment ORDER BY 1', [['0101'], ['0102']]]] },
  {
    file: 'header-sql.csv',
    kind: 'enrollment',
    read: 2,
    loaded: 2,
    rejected: 0,
    sql: [
      ['SELECT count(*)::INTEGER FROM enrollment', [[2]]],
      ['SELECT count(*)::INTEGER FROM app.import_log', [[1]]],
    ],
  },
  { file: 'header-unicode.csv', kind: 'enrollment', read: 2, loaded: 2, rejected: 0, sql: [['SELECT school_id FROM enrollment ORDER BY 1', [['0101'], ['0102']]]] },
  { file: 'header-500-chars.csv', kind: 'enrollment', read: 2, loaded: 2, rejected: 0 },
  {
    file: 'formula-strings.csv',
    kind: 'schools',
    read: 4,
    loaded: 3,
    rejected: 1,
    rejects: { invalid_value: [2] },
    issues: [/look like spreadsheet formulas\. They are kept as plain text and never evaluated/],
    sql: [['SELECT school_id, school_name FROM schools ORDER BY 1', [['0102', '=1+1'], ['0103', '@SUM(A1:A2)'], ['0104', 'Grant High']]]],
  },
  {
    file: 'dates-several-formats.csv',
    kind: 'staff',
    read: 7,
    loaded: 7,
    rejected: 0,
    issues: [/Hire date: 2 value\(s\) could not be read as dates/],
    sql: [
      [
        "SELECT staff_id, strftime(hire_date, '%Y-%m-%d') FROM staff ORDER BY 1",
        [['000001', '2019-08-11'], ['000002', '2021-08-23'], ['000003', '2020-03-15'], ['000004', '2018-01-05'], ['000005', null], ['000006', null], ['000007', '2022-07-01']],
      ],
    ],
  },
  { file: 'impossible-attendance.csv', kind: 'attendance', read: 6, loaded: 1, rejected: 5, rejects: { impossible_value: [3, 4, 5, 7], invalid_value: [6] }, issues: [/More days absent than days enrolled/, /Days absent cannot be negative/, /Days enrolled must be from 0 to 366/] },
  { file: 'duplicate-keys.csv', kind: 'enrollment', read: 5, loaded: 3, rejected: 2, rejects: { duplicate_key: [4, 6] }, issues: [/repeat the key of another record/] },
  { file: 'blank-lines.csv', kind: 'enrollment', read: 3, loaded: 3, rejected: 0, issues: [/about 6 data lines for 3 rows/] },
  {
    file: 'semicolon-decimal-comma.csv',
    kind: 'attendance',
    read: 2,
    loaded: 2,
    rejected: 0,
    sql: [['SELECT student_id, days_enrolled, days_absent FROM attendance ORDER BY 1', [['0001', 180, 12.5], ['0002', 175.5, 3]]]],
  },
  {
    file: 'bad-codes-and-years.csv',
    kind: 'enrollment',
    read: 6,
    loaded: 2,
    rejected: 4,
    rejects: { unmapped_code: [4, 7], missing_required: [5, 6] },
    unmapped: ['school_year:1850-51', 'school_year:2023-25', 'grade:13', 'sex:Q', 'race_ethnicity:ZZ'],
    sql: [['SELECT student_id, grade, sex, race_ethnicity FROM enrollment ORDER BY 1', [['0001', 0, 'female', 'white'], ['0002', null, null, null]]]],
  },
  {
    file: 'discipline-bad-values.csv',
    kind: 'discipline',
    read: 4,
    loaded: 1,
    rejected: 3,
    rejects: { unmapped_code: [3], missing_required: [4], impossible_value: [5] },
    issues: [/The code "XYZ" is not mapped to a discipline action/, /Days removed must be from 0 to 366/],
    unmapped: ['action_type:XYZ'],
  },
  { file: 'utf8-bom.csv', kind: 'enrollment', read: 3, loaded: 3, rejected: 0, sql: [['SELECT min(student_id), max(school_id) FROM enrollment', [['0001', '0102']]]] },
  { file: 'utf16le-bom.csv', kind: 'enrollment', read: 3, loaded: 3, rejected: 0, sql: [['SELECT min(student_id), max(school_id) FROM enrollment', [['0001', '0102']]]] },
  { file: 'utf16le-nobom.csv', kind: 'enrollment', read: 3, loaded: 3, rejected: 0 },
  { file: 'utf16be-bom.csv', kind: 'enrollment', read: 3, loaded: 3, rejected: 0, issues: [/Converted from UTF-16 \(big-endian\) to UTF-8/] },
  { file: 'latin1.csv', kind: 'enrollment', read: 3, loaded: 3, rejected: 0 },
  {
    file: 'windows-1252.csv',
    kind: 'schools',
    read: 2,
    loaded: 2,
    rejected: 0,
    issues: [/Converted from Windows-1252 \(Latin-1\) to UTF-8/],
    sql: [['SELECT school_id, school_name FROM schools ORDER BY 1', [['0101', '\u201cPeña\u201d Elementary \u2013 North'], ['0102', 'O\u2019Neill Middle']]]],
  },
  {
    file: 'mixed-line-endings.csv',
    kind: 'enrollment',
    read: 3,
    loaded: 3,
    rejected: 0,
    issues: [/Line endings are mixed/],
    sql: [['SELECT student_id, school_id, sex FROM enrollment ORDER BY 1', [['0001', '0101', 'female'], ['0002', '0101', 'male'], ['0003', '0102', 'female']]]],
  },
  { file: 'sep-line.csv', kind: 'enrollment', read: 3, loaded: 3, rejected: 0, issues: [/names the separator \("sep=;"\)/], sql: [['SELECT student_id, school_id FROM enrollment ORDER BY 1', [['0001', '0101'], ['0002', '0101'], ['0003', '0102']]]] },
  { file: 'mixed-encodings.csv', kind: 'enrollment', read: 3, loaded: 2, rejected: 1, rejects: { parse_error: [3] }, issues: [/mixes encodings/, /not valid text in the file's encoding/] },
  { file: 'huge-field.csv', kind: 'enrollment', read: 3, loaded: 2, rejected: 1, rejects: { parse_error: [3] }, issues: [/longer than 2 MB/] },
  {
    file: 'merged-cells.xlsx',
    kind: 'staff',
    read: 5,
    loaded: 5,
    rejected: 0,
    issues: [/Read sheet "Staff 2024" \(headers on row 3\) of 3 sheets/, /Rows above row 3 \(titles or notes\) were skipped/],
    sql: [
      [
        "SELECT staff_id, school_id, role, strftime(hire_date, '%Y-%m-%d'), years_experience FROM staff ORDER BY 1",
        [
          ['000101', '0101', 'teacher', '2019-08-12', 5],
          ['000102', '0101', 'counselor', '2021-01-04', 3],
          ['000103', '0102', 'teacher', '2020-03-15', 8],
          ['000104', '0103', 'teacher', '2022-08-01', 1],
          ['000105', null, 'teacher', '2023-08-01', 0],
        ],
      ],
    ],
  },
  { file: 'merged-cells.xlsx', sheet: 'Staff 2024', kind: 'staff', read: 5, loaded: 5, rejected: 0 },
  {
    file: 'unexpected-types.parquet',
    kind: 'enrollment',
    read: 2,
    loaded: 2,
    rejected: 0,
    issues: [/2 columns hold nested values; they are read as text/, /1 column holds binary data/],
    sql: [['SELECT student_id, school_id, school_year, sex FROM enrollment ORDER BY 1', [['101', '1101', 2024, 'female'], ['102', '1102', 2024, 'male']]]],
  },
];

beforeAll(async () => {
  await makeFixtures(GENERATED);
  service = createService({ dataDir: path.join(temp.dir, 'data'), sampleDataDir: path.join(temp.dir, 'no-sample'), builtSampleDir: path.join(temp.dir, 'no-sample'), appVersion: 'test', host: 'cli' });
});
afterAll(async () => {
  await service?.dispose();
  temp.remove();
});

async function freshProject(): Promise<string> {
  const file = path.join(temp.dir, `project-${++projectCount}.duckdb`);
  const created = await service.createProject({ path: file, name: 'Bad input', districtName: 'Test District' });
  expect(created.ok).toBe(true);
  return file;
}

async function importFixture(file: string, sheet?: string) {
  return service.runImport({ taskId: `bad-input-${projectCount}-${Date.now()}`, path: fixture(file), ...(sheet ? { sheet } : {}) });
}

/** The open project's snapshot, read on a connection of its own (the service keeps its own). */
async function snapshot(file: string): Promise<Record<string, string>> {
  await service.closeProject({});
  const database = await ProjectDatabase.open(file);
  try {
    return await projectSnapshot(database.connection);
  } finally {
    database.close();
    expect((await service.openProject({ path: file })).ok).toBe(true);
  }
}

describe('bad-input corpus', () => {
  it('has at least 30 files', () => {
    const committed = fs.readdirSync(COMMITTED).filter((f) => !f.endsWith('.ts'));
    const generated = fs.readdirSync(GENERATED);
    expect(committed.length + generated.length).toBeGreaterThanOrEqual(30);
    // Every file of the corpus has an expectation.
    const expected = new Set([...FAILURES, ...IMPORTS].map((e) => e.file));
    for (const file of [...committed, ...generated]) expect(expected.has(file), file).toBe(true);
  });

  for (const failure of FAILURES) {
    it(`${failure.file}${failure.sheet ? ` (sheet ${failure.sheet})` : ''}: refused with a clear reason, the project unchanged`, async () => {
      const project = await freshProject();
      // Something in the project first, so "unchanged" means more than "still empty".
      const seeded = await importFixture('header-quotes.csv');
      expect(seeded.ok).toBe(true);
      const before = await snapshot(project);
      const result = await importFixture(failure.file, failure.sheet);
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.error.code).toBe(failure.code ?? 'bad_request');
      expect(result.error.message).toMatch(failure.error);
      expect(result.error.message.split('\n')).toHaveLength(1);
      // Internals never reach the user: no SQL, no DuckDB error classes, no stack frames.
      expect(result.error.message).not.toMatch(/SELECT |read_csv|read_json|read_parquet|Binder Error|Parser Error|Conversion Error|\bat .+:\d+:\d+/);
      expect(await snapshot(project)).toEqual(before);
    });
  }

  for (const expected of IMPORTS) {
    it(`${expected.file}${expected.sheet ? ` (sheet ${expected.sheet})` : ''}: ${expected.rejected > 0 ? 'imported with a reject report' : 'imported'}`, async () => {
      const project = await freshProject();
      const result = await importFixture(expected.file, expected.sheet);
      if (!result.ok) throw new Error(`${expected.file}: ${result.error.message}`);
      const value: ImportResult = result.value;
      expect(value.outcome).toBe('imported');
      expect(value.kind).toBe(expected.kind);
      const report = value.quality as QualityReport;
      expect({ read: report.rowsRead, loaded: report.rowsLoaded, rejected: report.rowsRejected }).toEqual({ read: expected.read, loaded: expected.loaded, rejected: expected.rejected });
      expect(report.rowsRead).toBe(report.rowsLoaded + report.rowsRejected);
      const byReason: Partial<Record<RejectReason, number[]>> = {};
      for (const reject of report.rejects) (byReason[reject.reason] ??= []).push(reject.line ?? -1);
      for (const lines of Object.values(byReason)) lines.sort((a, b) => a - b);
      expect(byReason).toEqual(expected.rejects ?? {});
      const text = [...report.issues.map((i) => i.message), ...report.rejects.map((r) => r.message)].join('\n');
      for (const issue of expected.issues ?? []) expect(text).toMatch(issue);
      expect(report.unmappedCodes.map((u) => `${u.field}:${u.code}`).sort()).toEqual([...(expected.unmapped ?? [])].sort());
      // Rejects never echo the rows: no message holds a student id, a name or the long field.
      for (const reject of report.rejects) expect(reject.message).not.toMatch(/0001|Peña|Zürich|xxxxxxxxxx|HYPERLINK/);
      if (expected.sql) {
        await service.closeProject({});
        const database = await ProjectDatabase.open(project);
        try {
          for (const [sql, rows] of expected.sql) expect((await database.connection.runAndReadAll(sql)).getRowsJS(), sql).toEqual(rows);
        } finally {
          database.close();
        }
      }
    });
  }

  it('leaves the project file byte for byte as it was after a failed import (closed and reopened)', async () => {
    const project = await freshProject();
    expect((await importFixture('header-quotes.csv')).ok).toBe(true);
    await service.closeProject({});
    const before = fs.readFileSync(project);
    expect((await service.openProject({ path: project })).ok).toBe(true);
    for (const file of ['binary-junk.csv', 'missing-required.csv', 'old-excel.xls']) expect((await importFixture(file)).ok).toBe(false);
    await service.closeProject({});
    expect(fs.readFileSync(project).equals(before)).toBe(true);
    expect(fs.existsSync(`${project}.wal`)).toBe(false);
  });
});
