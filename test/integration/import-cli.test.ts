// `equitylens import` and `equitylens quality` as a user runs them: --json shapes with the Texas and VDOE
// figures, readable text, and one-line failures with a non-zero exit.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir } from '../support/temp-dir';

const temp = makeTempDir();
afterAll(() => temp.remove());
const BIN = path.resolve('analysis/cli/equitylens.mjs');
const TEXAS = path.resolve('../shared/real-data/opensdp_synth_texas_student_level.csv');
const VDOE = path.resolve('../shared/real-data/vdoe_chronic_absenteeism_by_subgroup_charlottesville_albemarle_2017-2024.csv');
const project = path.join(temp.dir, 'review.duckdb');

function equitylens(...args: string[]) {
  const result = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, EQUITYLENS_DATA_DIR: path.join(temp.dir, 'data') }, timeout: 120_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(() => {
  expect(equitylens('init', project).code).toBe(0);
});

describe('equitylens import', () => {
  it('imports several files with --json: kind, mapping with confidences, rows, unmapped codes, issues', () => {
    const result = equitylens('import', project, TEXAS, VDOE, '--json');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout);
    expect(json).toMatchObject({ format: 1, project });
    const [texas, vdoe] = json.files;
    expect(texas).toMatchObject({
      file: TEXAS,
      fileName: 'opensdp_synth_texas_student_level.csv',
      outcome: 'imported',
      error: null,
      kind: 'enrollment',
      layout: 'rows',
      rowsRead: 30134,
      rowsLoaded: 30134,
      rowsRejected: 0,
      recordsWritten: 30134,
      unmappedCodes: [{ field: 'race_ethnicity', column: 'race_ethnicity', code: 'D', count: 667 }],
    });
    expect(texas.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(texas.mapping.find((m: { column: string }) => m.column === 'sid')).toMatchObject({ field: 'student_id', confidence: expect.any(Number), reason: expect.stringContaining('sid') });
    expect(texas.mapping.find((m: { column: string }) => m.column === 'rdg_ss')).toMatchObject({ field: null, confidence: 0 });
    expect(texas.issues.some((i: { check: string; count: number }) => i.check === 'unmapped_code' && i.count === 667)).toBe(true);
    expect(vdoe).toMatchObject({ kind: 'aggregates', rowsRead: 3222, rowsLoaded: 3222, rowsRejected: 0, constants: expect.arrayContaining([{ field: 'measure', value: 'chronic_absenteeism' }]) });
    expect(vdoe.mapping.find((m: { column: string }) => m.column === 'subgroup')).toMatchObject({ field: 'group' });
  });

  it('prints a readable summary, and does not load a file twice unless told to', () => {
    const again = equitylens('import', project, TEXAS);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/already imported into enrollment \(import #1, .*\)\. Nothing loaded: use --replace/);
    const replaced = equitylens('import', project, TEXAS, '--replace');
    expect(replaced.code).toBe(0);
    expect(replaced.stdout).toMatch(/^opensdp_synth_texas_student_level\.csv -> enrollment, import #3\n {2}rows read 30,134, loaded 30,134, rejected 0; 30,134 records written/);
    expect(replaced.stdout).toMatch(/unmapped code: race_ethnicity "D" \(667 rows\)/);
  });

  it('answers a file that cannot be imported with one line and a non-zero exit, and still imports the others', () => {
    const junk = path.join(temp.dir, 'junk.csv');
    fs.writeFileSync(junk, Buffer.from([0, 1, 2, 3, 255, 254, 0, 7, 9, 0]));
    for (const args of [
      [junk],
      [path.join(temp.dir, 'missing.csv')],
      [TEXAS, '--kind', 'students'],
      [TEXAS, '--replace', '--skip'],
    ]) {
      const result = equitylens('import', project, ...args);
      expect(result.code, result.stderr).toBe(2);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
      expect(result.stderr).toMatch(/^equitylens: /);
    }
    expect(equitylens('import', project, junk).stderr).toMatch(/^equitylens: junk\.csv: This file is not text/);
    const mixed = equitylens('import', project, junk, VDOE, '--skip', '--json');
    expect(mixed.code).toBe(2);
    expect(mixed.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^equitylens: junk\.csv: /)]);
    expect(JSON.parse(mixed.stdout).files.map((f: { outcome: string }) => f.outcome)).toEqual(['failed', 'skipped']);
  });
});

describe('equitylens quality', () => {
  it('prints every import and the checks across tables as JSON', () => {
    const result = equitylens('quality', project, '--json');
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout);
    expect(json).toMatchObject({ format: 1, project });
    expect(json.imports.map((i: { fileName: string; importId: number }) => [i.importId, i.fileName])).toEqual([
      [3, 'opensdp_synth_texas_student_level.csv'],
      [2, 'vdoe_chronic_absenteeism_by_subgroup_charlottesville_albemarle_2017-2024.csv'],
      [1, 'opensdp_synth_texas_student_level.csv'],
    ]);
    expect(json.imports[0]).toMatchObject({ table: 'enrollment', rowsRead: 30134, rowsLoaded: 30134, rowsRejected: 0, unmappedCodes: [{ code: 'D', count: 667 }], rejects: [] });
    expect(Array.isArray(json.checks)).toBe(true);
  });

  it('prints a readable report, and refuses a missing project with exit 2', () => {
    const text = equitylens('quality', project);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/#3 opensdp_synth_texas_student_level\.csv -> enrollment/);
    expect(text.stdout).toMatch(/Project checks:/);
    const missing = equitylens('quality', path.join(temp.dir, 'nope.duckdb'));
    expect(missing.code).toBe(2);
    expect(missing.stderr.trim().split('\n')).toHaveLength(1);
  });
});
