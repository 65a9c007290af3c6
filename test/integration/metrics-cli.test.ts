// The metric commands as a user runs them: metrics, metric (text, --json, --csv) and disparity, and
// one-line failures with exit code 2 for bad arguments.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir } from '../support/temp-dir';

const temp = makeTempDir();
afterAll(() => temp.remove());
const BIN = path.resolve('analysis/cli/equitylens.mjs');
const project = path.join(temp.dir, 'sample.duckdb');

function equitylens(...args: string[]) {
  const result = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, EQUITYLENS_DATA_DIR: path.join(temp.dir, 'data') }, timeout: 120_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(async () => {
  expect(equitylens('init', project, '--sample').code).toBe(0);
  // A school whose name a spreadsheet would run as a formula.
  const instance = await DuckDBInstance.create(project);
  const connection = await instance.connect();
  await connection.run("UPDATE schools SET school_name = '=HYPERLINK(\"http://x\",\"click\")' WHERE school_id = '0301'");
  connection.closeSync();
  instance.closeSync();
});

describe('equitylens metrics / metric / disparity', () => {
  it('metrics lists every metric id with its definition', () => {
    const text = equitylens('metrics', project);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/out_of_school_suspension\s+Out-of-school suspension: The share of enrolled students/);
    const json = JSON.parse(equitylens('metrics', project, '--json').stdout);
    expect(json.format).toBe(1);
    expect(json.metrics.find((m: { id: string }) => m.id === 'chronic_absenteeism')).toMatchObject({ domain: 1, kind: 'proportion', unit: 'percent' });
  });

  it('metric prints a suppressed table, and --json rows with every statistic', () => {
    const text = equitylens('metric', project, 'out_of_school_suspension', '--by', 'race_ethnicity', '--year', '2024');
    expect(text.stderr).toBe('');
    expect(text.stdout).toMatch(/Black or African American\s+4,526\s+389\s+8\.6%.*2\.12\s+flagged \(3 yrs\)/);
    expect(text.stdout).toMatch(/Native Hawaiian or Other Pacific Islander\s+73\s+<10\s+<13\.7%/);
    const json = JSON.parse(equitylens('metric', project, 'out_of_school_suspension', '--by', 'race_ethnicity,swd', '--year', '2024', '--reference', 'white', '--json').stdout);
    expect(json).toMatchObject({ format: 1, metric: { id: 'out_of_school_suspension' }, internal: false, request: { groupBy: ['race_ethnicity', 'swd'], reference: { kind: 'group', group: 'white' } } });
    const row = json.rows.find((r: Record<string, unknown>) => r.groupValue === 'black' && r.facetValue === 'true');
    expect(Object.keys(row)).toEqual(expect.arrayContaining(['value', 'valueLower', 'valueUpper', 'gap', 'riskRatio', 'alternateRiskRatio', 'weightedRiskRatio', 'compositionIndex', 'yearsOverThreshold', 'change', 'funnelLower95', 'suppressionReason']));
    expect(row.referenceLabel).toBe('White');
    expect(json.rows.every((r: Record<string, unknown>) => r.numerator === null || (r.numerator as number) >= 10)).toBe(true);
  });

  it('metric --internal marks its output as unsuppressed', () => {
    const text = equitylens('metric', project, 'out_of_school_suspension', '--by', 'race_ethnicity', '--year', '2022', '--internal');
    expect(text.stdout).toMatch(/INTERNAL VIEW/);
    expect(text.stdout).toMatch(/Native Hawaiian or Other Pacific Islander\s+74\s+1\s+1\.4%/);
  });

  it('metric --csv neutralises cells a spreadsheet would run as formulas, and keeps numbers as numbers', () => {
    const csv = equitylens('metric', project, 'graduation_4_year', '--by', 'school', '--year', '2024', '--csv');
    expect(csv.code).toBe(0);
    const lines = csv.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^metric_id,school_year,/);
    expect(csv.stdout).toContain(`"'=HYPERLINK(""http://x"",""click"")"`);
    expect(csv.stdout).not.toMatch(/(^|,)=HYPERLINK/m);
    // Negative gaps stay numbers.
    expect(csv.stdout).toMatch(/,-0\.\d+,/);
  });

  it('disparity prints the IDEA table and its --json', () => {
    const text = equitylens('disparity', project, '--measure', 'out_of_school_suspension', '--group-type', 'swd');
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/minimum cell size 10, n-size 30/);
    expect(text.stdout).toMatch(/2022\s+Students with disabilities.*2\.42/);
    const json = JSON.parse(equitylens('disparity', project, '--measure', 'out_of_school_suspension', '--group-type', 'race_ethnicity', '--year', '2024', '--json').stdout);
    expect(json).toMatchObject({ format: 1, measure: 'out_of_school_suspension', groupType: 'race_ethnicity', settings: { riskRatio: { threshold: 2 } } });
    expect(json.rows.find((r: Record<string, unknown>) => r.groupValue === 'black')).toMatchObject({ flagged: true, yearsOverThreshold: 3, riskRatioMethod: 'risk_ratio', groupCellTest: true, groupNTest: true });
  });

  it('disparity judges significant disproportionality over years: progress under both standards and students needed', () => {
    // Students with disabilities' ratios in the sample README: 2.42, 2.08, 2.03. Each year fell (any reduction);
    // the second fall is 2.4%, short of the 10% standard. Without a progress standard the group is identified.
    const json = JSON.parse(equitylens('disparity', project, '--measure', 'out_of_school_suspension', '--group-type', 'swd', '--year', '2024', '--json').stdout);
    type Row = { groupValue: string; numerator: number; denominator: number; [key: string]: unknown };
    const swd = json.rows.find((r: Row) => r.groupValue === 'true') as Row;
    const others = json.rows.find((r: Row) => r.groupValue === 'false') as Row;
    expect(swd).toMatchObject({ flagged: true, loweredTwoYears: true, loweredTwoYearsByPercent: false, identified: true });
    // At most 2 x (others' risk) x n students may be suspended for the ratio to be within the threshold.
    expect(swd.studentsNeeded).toBe(swd.numerator - Math.floor((2 * others.numerator * swd.denominator) / others.denominator));
    expect(swd.studentsNeeded).toBeGreaterThan(0);
    expect(equitylens('disparity', project, '--measure', 'out_of_school_suspension', '--group-type', 'swd').stdout).toMatch(/2024\s+Students with disabilities.*3\s+yes\s+fell each year\s+yes\s+\d+/);
  });

  it('answers bad arguments with one line and exit code 2', () => {
    const cases = [
      equitylens('metric', project, 'out_of_school_suspension'),
      equitylens('metric', project, 'no_such_metric', '--by', 'sex'),
      equitylens('metric', project, 'out_of_school_suspension', '--by', 'shoe_size'),
      equitylens('metric', project, 'out_of_school_suspension', '--by', 'sex', '--year', 'last'),
      equitylens('metric', project, 'out_of_school_suspension', '--by', 'sex', '--json', '--csv'),
      equitylens('metric', project, 'out_of_school_suspension', '--by', 'sex', '--reference', "white'; --"),
      equitylens('disparity', project, '--group-type', 'sex'),
      equitylens('disparity', project, '--measure', 'nothing_here', '--group-type', 'sex'),
      equitylens('metrics', path.join(temp.dir, 'missing.duckdb')),
    ];
    for (const result of cases) {
      expect(result.code, result.stderr).toBe(2);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
      expect(result.stderr).toMatch(/^equitylens: /);
    }
  });
});
