// A seven-group district table and a seven-group state table with no all-students rows (the layout of
// the IDEA Data Center's disproportionality calculator): totals are derived from the seven federal groups,
// marked derived, and give the risk ratio and the alternate risk ratio, checked by arithmetic written here.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { makeTempDir } from '../support/temp-dir';

// Each test runs the command line several times; a shared 2-core machine makes that slow, not wrong.
vi.setConfig({ testTimeout: 400_000 });
const temp = makeTempDir();
afterAll(() => temp.remove());
const BIN = path.resolve('analysis/cli/equitylens.mjs');
const FILE = path.resolve('test/fixtures/report-cards/idc-seven-groups-no-totals.csv');
const project = path.join(temp.dir, 'idea.duckdb');

function equitylens(...args: string[]) {
  const result = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, EQUITYLENS_DATA_DIR: path.join(temp.dir, 'data') }, timeout: 120_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

// The fixture's counts, restated: [with the outcome, enrolled] for the district and for the state.
const DISTRICT: Record<string, [number, number]> = {
  hispanic_latino: [60, 500],
  american_indian_alaska_native: [12, 80],
  asian: [15, 300],
  black: [90, 600],
  native_hawaiian_pacific_islander: [11, 40],
  white: [150, 1800],
  two_or_more: [30, 280],
};
const STATE: Record<string, [number, number]> = {
  hispanic_latino: [6000, 60000],
  american_indian_alaska_native: [900, 8000],
  asian: [1500, 30000],
  black: [9000, 70000],
  native_hawaiian_pacific_islander: [400, 3000],
  white: [24000, 250000],
  two_or_more: [2500, 25000],
};
const sum = (table: Record<string, [number, number]>, i: 0 | 1) => Object.values(table).reduce((s, v) => s + v[i], 0);

let imported: Record<string, unknown>;
beforeAll(() => {
  expect(equitylens('init', project).code).toBe(0);
  const result = equitylens('import', project, FILE, '--json');
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  imported = JSON.parse(result.stdout).files[0];
});

describe('a district and a state table without total rows', () => {
  it('loads every row and lists the two totals it derived from the seven groups', () => {
    expect(imported).toMatchObject({ kind: 'aggregates', rowsRead: 14, rowsLoaded: 14, rowsRejected: 0 });
    expect(imported.derivedTotals).toEqual([
      { schoolYear: 2024, level: 'district', districtId: '0101', schoolId: null, measure: 'idea_identification', fromGroupType: 'race_ethnicity', numerator: sum(DISTRICT, 0), denominator: sum(DISTRICT, 1) },
      { schoolYear: 2024, level: 'state', districtId: null, schoolId: null, measure: 'idea_identification', fromGroupType: 'race_ethnicity', numerator: sum(STATE, 0), denominator: sum(STATE, 1) },
    ]);
    const text = equitylens('import', project, FILE, '--replace');
    expect(text.stdout).toContain('derived totals: 2 all-students row(s) added up from race_ethnicity');
  });

  it('gives each group its risk ratio against all others in the district and its alternate ratio against all others in the state', () => {
    const result = equitylens('disparity', project, '--measure', 'idea_identification', '--group-type', 'race_ethnicity', '--internal', '--json');
    expect(result.stderr).toBe('');
    const rows = JSON.parse(result.stdout).rows as Record<string, unknown>[];
    const X = sum(DISTRICT, 0);
    const N = sum(DISTRICT, 1);
    const SX = sum(STATE, 0);
    const SN = sum(STATE, 1);
    for (const [group, [x, n]] of Object.entries(DISTRICT)) {
      const row = rows.find((r) => r.groupValue === group)!;
      const riskRatio = x / n / ((X - x) / (N - n));
      const alternate = x / n / ((SX - STATE[group]![0]) / (SN - STATE[group]![1]));
      expect(row.riskRatio as number, group).toBeCloseTo(riskRatio, 4);
      expect(row.alternateRiskRatio as number, group).toBeCloseTo(alternate, 4);
    }
    // Black students: 90/600 = 0.15 against 278/3,000 in the district and 35,300/376,000 in the state.
    const black = rows.find((r) => r.groupValue === 'black')!;
    expect(Number((black.riskRatio as number).toFixed(4))).toBe(1.6187);
    expect(Number((black.alternateRiskRatio as number).toFixed(4))).toBe(1.5977);
  });

  it('compares with a named group when asked (the civil-rights convention: each group against White students)', () => {
    const result = equitylens('disparity', project, '--measure', 'idea_identification', '--group-type', 'race_ethnicity', '--reference', 'white', '--internal', '--json');
    expect(result.stderr).toBe('');
    const json = JSON.parse(result.stdout);
    expect(json).toMatchObject({ reference: 'white', internal: true });
    const [wx, wn] = DISTRICT.white!;
    for (const [group, [x, n]] of Object.entries(DISTRICT)) {
      const row = json.rows.find((r: Record<string, unknown>) => r.groupValue === group);
      if (group === 'white') expect(row).toMatchObject({ riskRatio: null, riskRatioNote: 'is_reference' });
      else expect(row.riskRatio as number, group).toBeCloseTo(x / n / (wx / wn), 4);
    }
    const text = equitylens('disparity', project, '--measure', 'idea_identification', '--group-type', 'race_ethnicity', '--reference', 'white', '--internal');
    expect(text.stdout).toContain('Risk ratio against White');
  });
});
