// The `equitylens` command as a user runs it: init, info (text and --json), and one-line failures.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CANONICAL_TABLE_NAMES } from '../../analysis/engine/canonical-schema';
import { LATEST_SCHEMA_VERSION } from '../../analysis/engine/migrations';
import { makeTempDir } from '../support/temp-dir';

const temp = makeTempDir();
afterAll(() => temp.remove());
const BIN = path.resolve('analysis/cli/equitylens.mjs');

function equitylens(...args: string[]) {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    env: { ...process.env, EQUITYLENS_DATA_DIR: path.join(temp.dir, 'data') },
    timeout: 120_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('equitylens command line', () => {
  const project = path.join(temp.dir, 'sample.duckdb');

  it('init --sample creates a project, and info --json lists every table with its row count', () => {
    const init = equitylens('init', project, '--sample');
    expect(init.stderr).toBe('');
    expect(init.code).toBe(0);
    expect(init.stdout).toMatch(/^Created .*sample\.duckdb with the sample district/);

    const info = equitylens('info', project, '--json');
    expect(info.code).toBe(0);
    const json = JSON.parse(info.stdout);
    expect(json.format).toBe(1);
    expect(json.project).toMatchObject({ path: project, name: 'Sample review', schemaVersion: LATEST_SCHEMA_VERSION });
    expect(json.tables.map((t: { table: string }) => t.table)).toEqual([...CANONICAL_TABLE_NAMES]);
    const rows = Object.fromEntries(json.tables.map((t: { table: string; rows: number }) => [t.table, t.rows]));
    // Every table the sample exports feeds is filled; aggregates come only from report-card imports.
    for (const table of CANONICAL_TABLE_NAMES.filter((t) => t !== 'aggregates')) expect(rows[table], table).toBeGreaterThan(0);
    expect(json.schoolYears).toEqual([2022, 2023, 2024]);
    expect(json.schools.length).toBeGreaterThanOrEqual(20);
  });

  it('info prints a readable summary', () => {
    const info = equitylens('info', project);
    expect(info.code).toBe(0);
    expect(info.stdout).toMatch(/School years: 2021-22, 2022-23, 2023-24/);
    expect(info.stdout).toMatch(/enrollment\s+[\d,]+/);
  });

  it('answers bad arguments and paths with one line and exit code 2', () => {
    const cases = [
      equitylens('info'),
      equitylens('info', path.join(temp.dir, 'missing.duckdb')),
      equitylens('info', project, '--bogus'),
      equitylens('frobnicate'),
      equitylens('init', project), // already exists
      equitylens('serve', project, '--port', 'eighty'),
    ];
    for (const result of cases) {
      expect(result.code, result.stderr).toBe(2);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
      expect(result.stderr).toMatch(/^equitylens: /);
    }
  });

  it('refuses a file that is not a review project, leaving it untouched', () => {
    const notes = path.join(temp.dir, 'notes.duckdb');
    fs.writeFileSync(notes, 'meeting notes');
    const result = equitylens('info', notes);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/not an EquityLens review project/);
    expect(fs.readFileSync(notes, 'utf8')).toBe('meeting notes');
  });
});
