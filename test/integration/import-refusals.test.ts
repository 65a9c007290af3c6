// Refuse rather than guess, from the command line: a file of rates without counts and a mapping that puts
// ids in a count column are refused with a sentence that names what is wrong, exit 1, and leave the
// project file byte for byte as it was. `inspect` shows the same verdict without importing.
import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { makeTempDir } from '../support/temp-dir';

// Each test runs the command line several times; a shared 2-core machine makes that slow, not wrong.
vi.setConfig({ testTimeout: 400_000 });
const temp = makeTempDir();
afterAll(() => temp.remove());
const BIN = path.resolve('analysis/cli/equitylens.mjs');
const RATES = path.resolve('test/fixtures/report-cards/chronic_absenteeism_rates_only.csv');
const IDS = path.resolve('test/fixtures/report-cards/cohort_graduation_division_ids.csv');
const project = path.join(temp.dir, 'refusals.duckdb');

function equitylens(...args: string[]) {
  const result = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, EQUITYLENS_DATA_DIR: path.join(temp.dir, 'data') }, timeout: 120_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
const digest = () => crypto.createHash('sha256').update(fs.readFileSync(project)).digest('hex');

beforeAll(() => {
  expect(equitylens('init', project).code).toBe(0);
});

describe('files that would load wrong are refused', () => {
  it('refuses a file of rates with no counts, naming the rate column and what is missing', () => {
    const before = digest();
    const result = equitylens('import', project, RATES);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/has rates \("Chronic Absenteeism Rate"\) but no counts: .*number of students with the outcome \(numerator\).*Nothing was imported/);
    expect(digest()).toBe(before);
  });

  it('never maps an id column to a count by itself, and refuses it when asked to', () => {
    const inspected = JSON.parse(equitylens('inspect', IDS, '--json').stdout);
    expect(inspected.mapping.find((m: { column: string }) => m.column === 'Division Number')).toMatchObject({ field: 'district_id' });
    expect(inspected.mapping.find((m: { column: string }) => m.column === 'Total Graduates')).toMatchObject({ field: 'numerator' });
    expect(inspected.mapping.find((m: { column: string }) => m.column === 'Students in Cohort')).toMatchObject({ field: 'denominator' });
    expect(inspected.problems).toEqual([]);
    expect(inspected.measures).toEqual([expect.objectContaining({ measure: 'graduation_4_year', metricId: 'graduation_4_year', confidence: 1 })]);

    const before = digest();
    const result = equitylens('import', project, IDS, '--map', 'Division Number=numerator', '--map', 'Total Graduates=');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('"Division Number" holds identifiers (its header names a code or number of something), not quantities: it cannot be the numerator.');
    expect(digest()).toBe(before);
    const shown = JSON.parse(equitylens('inspect', IDS, '--map', 'Division Number=numerator', '--json').stdout);
    expect(shown.problems).toEqual([expect.stringContaining('"Division Number" holds identifiers')]);
  });

  it('inspect names the refusal of a rates-only file too, without a project', () => {
    const result = equitylens('inspect', RATES, '--json');
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout);
    expect(json).toMatchObject({ format: 1, kind: 'aggregates', file: { fileName: 'chronic_absenteeism_rates_only.csv', rowsInspected: 6 } });
    expect(json.mapping.find((m: { column: string }) => m.column === 'District Name')).toMatchObject({ field: 'district_id', confidence: expect.any(Number), reason: expect.any(String) });
    expect(json.problems).toEqual([expect.stringContaining('but no counts')]);
  });

  it('bad --map arguments and unknown measures are usage errors (exit 2); a metric with no data exits 1 and names the measures that exist', () => {
    const bad = equitylens('import', project, IDS, '--map', 'No Such Column=numerator');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--map: the file has no column "No Such Column"');
    const loaded = equitylens('import', project, IDS, '--json');
    expect(loaded.code).toBe(0);
    expect(JSON.parse(loaded.stdout).files[0]).toMatchObject({ rowsRead: 3, rowsLoaded: 3, rowsRejected: 0 });
    const missing = equitylens('metric', project, 'chronic_absenteeism', '--by', 'race_ethnicity');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('Its report-card measures are: graduation_4_year.');
    const unknown = equitylens('metric', project, 'no_such_measure', '--by', 'race_ethnicity');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('"no_such_measure" is neither a metric id nor a measure');
  });

  it('flags a file whose school names are state names as a likely mis-kinded file', () => {
    const file = path.resolve('test/fixtures/report-cards/chronic_absence_state_rows_as_schools.csv');
    const json = JSON.parse(equitylens('import', project, file, '--json').stdout).files[0];
    expect(json.issues).toContainEqual(expect.objectContaining({ check: 'mis_kinded', severity: 'warning', column: 'school_id', count: 2, message: expect.stringContaining('2 of 2 records name a state as their school') }));
  });
});
