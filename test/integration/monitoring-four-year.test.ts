// Monitoring on the four-year sample (sample-data/README.md, "A fourth year"): an action plan made on 2023-24
// data is re-measured once 2024-25 is loaded. Statuses are the documented ones; the figures and the
// significant-disproportionality flags are worked here by hand from the published counts.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BenchmarkProgress, BenchmarkSpec, ProgressReport } from '../../analysis/api';
import { createService } from '../../analysis/service/create-service';
import { SAMPLE_DATA_DIR } from '../../analysis/app-paths';
import { fourYearSample } from '../support/four-year-sample';
import { ok } from '../support/reviewed-project';
import { flat, pdfInfo, pdfPages, REPORT_PAGES_DIR, savePageImages } from '../support/poppler';
import { makeTempDir } from '../support/temp-dir';

const temp = makeTempDir();
afterAll(() => temp.remove());
const BIN = path.resolve('analysis/cli/equitylens.mjs');
let project = '';
let sampleDir = '';

function equitylens(...args: string[]) {
  const result = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, EQUITYLENS_DATA_DIR: path.join(temp.dir, 'cli') }, timeout: 120_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The plan the sample review would make on 2023-24 data, with the statuses sample-data/README.md documents. */
const PLAN: { title: string; benchmark: Omit<BenchmarkSpec, 'baselineYear'>; status: BenchmarkProgress['status'] }[] = [
  { title: 'Suspension rate of Black students to 7%', benchmark: { metricId: 'out_of_school_suspension', statistic: 'value', groupType: 'race_ethnicity', group: 'black', target: 7, targetYear: 2027 }, status: 'met' },
  { title: 'Suspension risk ratio of Black students to 1.5', benchmark: { metricId: 'out_of_school_suspension', statistic: 'risk_ratio', groupType: 'race_ethnicity', group: 'black', target: 1.5, targetYear: 2027 }, status: 'on_track' },
  { title: 'Suspension rate of Black students to 1% in two years', benchmark: { metricId: 'out_of_school_suspension', statistic: 'value', groupType: 'race_ethnicity', group: 'black', target: 1, targetYear: 2026 }, status: 'not_on_track' },
  { title: 'Chronic absence of Black students to 12%', benchmark: { metricId: 'chronic_absenteeism', statistic: 'value', groupType: 'race_ethnicity', group: 'black', target: 12, targetYear: 2027 }, status: 'not_on_track' },
  { title: 'Suspension rate of Pacific Islander students to 2%', benchmark: { metricId: 'out_of_school_suspension', statistic: 'value', groupType: 'race_ethnicity', group: 'native_hawaiian_pacific_islander', target: 2, targetYear: 2027 }, status: 'not_enough_data' },
];

beforeAll(async () => {
  const source = await fourYearSample();
  sampleDir = source.sampleDir;
  const service = createService({ dataDir: path.join(temp.dir, 'data'), sampleDataDir: source.sampleDir, builtSampleDir: source.builtDir, appVersion: source.appVersion, host: 'cli' });
  project = ok(await service.openSampleProject({})).path;
  ok(await service.setReviewer({ name: 'Dana Reyes' }));
  for (const { title, benchmark } of PLAN) {
    ok(await service.saveActionItem({ item: { domainId: 'd1', criterionId: null, title, owner: 'Student services', timeline: '2024-25 to 2026-27', status: 'planned', benchmark: { ...benchmark, baselineYear: 2024 } } }));
  }
  ok(await service.closeProject({}));
}, 180_000);

describe('the four-year sample district', () => {
  it('holds the committed three-year sample unchanged, line for line, plus 2024-25', () => {
    for (const file of fs.readdirSync(SAMPLE_DATA_DIR).filter((f) => f.endsWith('.csv'))) {
      const four = new Set(fs.readFileSync(path.join(sampleDir, file), 'utf8').split('\n'));
      const missing = fs.readFileSync(path.join(SAMPLE_DATA_DIR, file), 'utf8').split('\n').filter((line) => !four.has(line));
      expect(missing, file).toEqual([]);
    }
  });
});

describe('equitylens progress on the four-year sample', () => {
  let report: ProgressReport & { format: number };
  const item = (title: string) => report.items.find((i) => i.title === title)!;

  beforeAll(() => {
    const result = equitylens('progress', project, '--json');
    expect(result.stderr).toBe('');
    report = JSON.parse(result.stdout);
  });

  it('gives each benchmark its documented status', () => {
    expect(report).toMatchObject({ format: 1, latestYear: 2025, counts: { met: 1, on_track: 1, not_on_track: 2, not_enough_data: 1 } });
    expect(report.items.map((i) => [i.title, i.status])).toEqual(PLAN.map((p) => [p.title, p.status]));
  });

  it('re-measures the baseline year and the latest year from the published counts', () => {
    // Black students' out-of-school suspensions (published counts): 389 of 4,526 in 2023-24, 264 of 4,447 in 2024-25.
    const rate = item('Suspension rate of Black students to 7%');
    expect(rate.baseline).toMatchObject({ year: 2024, value: expect.closeTo((100 * 389) / 4526, 3), text: '8.6% in 2023-24' });
    expect(rate.latest).toMatchObject({ year: 2025, value: expect.closeTo((100 * 264) / 4447, 3), text: '5.9% in 2024-25' });
    expect(rate.series.map((p) => p.year)).toEqual([2022, 2023, 2024, 2025]);
    // Against all other students: (936 - 389) of (18,026 - 4,526) in 2023-24, (775 - 264) of (17,989 - 4,447) in 2024-25.
    const ratio = item('Suspension risk ratio of Black students to 1.5');
    expect(ratio.baseline!.value).toBeCloseTo(389 / 4526 / ((936 - 389) / (18026 - 4526)), 3);
    expect(ratio.latest!.value).toBeCloseTo(264 / 4447 / ((775 - 264) / (17989 - 4447)), 3);
    // The line from 2.12 (2023-24) to 1.5 (2026-27) is at 2.12 - 0.62 / 3 = 1.91 for 2024-25; 1.57 is ahead of it.
    expect(ratio.expected).toBeCloseTo(ratio.baseline!.value! - (ratio.baseline!.value! - 1.5) / 3, 6);
    expect(ratio.reason).toMatch(/better beyond the noise/);
    // Better beyond the noise, but the line to 1% by 2025-26 is at (8.59 + 1) / 2 = 4.8% for 2024-25.
    expect(item('Suspension rate of Black students to 1% in two years').reason).toMatch(/behind the straight line to the target, which is at 4\.8% for 2024-25/);
    expect(item('Chronic absence of Black students to 12%')).toMatchObject({ beyondNoise: false, reason: expect.stringMatching(/within the noise/) });
    expect(item('Suspension rate of Pacific Islander students to 2%').baseline!.text).toMatch(/^withheld to protect a group of fewer than 10 students/);
  });

  it('prints the same as a table with each reason', () => {
    const text = equitylens('progress', project).stdout;
    expect(text).toMatch(/^Benchmarks against the data through 2024-25: 1 met, 1 on track, 2 not on track, 1 not enough data\./);
    expect(text).toMatch(/Suspension rate of Black students to 7%\s+Out-of-school suspension, Black or African American\s+8\.6% in 2023-24\s+5\.9% in 2024-25\s+7\.0% by 2026-27\s+Met/);
  });
});

describe('the progress report for the board', () => {
  it('prints every benchmark with its figures, status and reason to a tagged PDF, and saves its pages to look at', () => {
    const out = path.join(temp.dir, 'progress.pdf');
    const run = equitylens('progress', project, '--out', out, '--paper', 'a4');
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/^Wrote .*progress\.pdf: \d+ pages, \d+ KiB, in [\d.]+ s\.\n$/);
    const info = pdfInfo(out);
    expect(info).toMatchObject({ tagged: true, title: 'Progress on the action plan · Riverside Unified School District (sample)' });
    expect(info.pageSize).toMatch(/\(A4\)$/);
    const text = flat(pdfPages(out).join(' '));
    expect(text).toContain('5 benchmarks against the data through 2024-25: 1 met, 1 on track, 2 not on track, 1 not enough data.');
    for (const { title } of PLAN) expect(text).toContain(title);
    expect(text).toMatch(/Suspension rate of Black students to 7% Met Out-of-school suspension, Black or African American · Owner: Student services BASELINE 8\.6% in 2023-24 LATEST 5\.9% in 2024-25 TARGET 7\.0% by 2026-27/);
    expect(text).toContain('5.9% in 2024-25 reaches the target of 7.0%.');
    expect(text).toContain('withheld to protect a group of fewer than 10 students');
    expect(text).toContain('Met: the latest figure is at or beyond the target.');
    savePageImages(out, REPORT_PAGES_DIR, 'progress');
  });
});

describe('significant disproportionality over the four years', () => {
  it('flags, counts consecutive years and judges reasonable progress as worked here from the published counts', () => {
    const json = JSON.parse(equitylens('disparity', project, '--measure', 'out_of_school_suspension', '--group-type', 'race_ethnicity', '--json').stdout);
    type Row = { schoolYear: number; groupValue: string; isTotal: boolean; numerator: number; denominator: number; [key: string]: unknown };
    const rows = json.rows as Row[];
    const black = (year: number) => rows.find((r) => r.schoolYear === year && r.groupValue === 'black')!;
    const all = (year: number) => rows.find((r) => r.schoolYear === year && r.isTotal)!;
    const ratio = (year: number) => black(year).numerator / black(year).denominator / ((all(year).numerator - black(year).numerator) / (all(year).denominator - black(year).denominator));
    // Worked by hand: 2.61, 2.34, 2.12, 1.57 against a threshold of 2 with 3 years in a row before a flag.
    expect([2022, 2023, 2024, 2025].map((y) => Number(ratio(y).toFixed(2)))).toEqual([2.61, 2.34, 2.12, 1.57]);
    // 2023-24: over in 2021-22, 2022-23 and 2023-24: flagged. Fell each year (2.61 > 2.34 > 2.12), but the second
    // fall is (2.34 - 2.12) / 2.34 = 9.3%, short of 10%. With no progress standard set, the group is identified.
    expect(black(2024)).toMatchObject({ yearsOverThreshold: 3, flagged: true, loweredTwoYears: true, loweredTwoYearsByPercent: false, identified: true });
    // 2024-25: 1.57 is under the threshold: the count restarts and nothing is flagged; it still fell each of two years.
    expect(black(2025)).toMatchObject({ yearsOverThreshold: 0, flagged: false, loweredTwoYears: true, loweredTwoYearsByPercent: false, identified: false, studentsNeeded: 0 });
    // 2022-23: only one prior year, so progress over two years cannot be judged.
    expect(black(2023)).toMatchObject({ yearsOverThreshold: 2, flagged: false, loweredTwoYears: null });
  });
});
