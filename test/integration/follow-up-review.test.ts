// A follow-up review, as a district runs one a year later: the sample review (2023-24 data) is frozen as the
// baseline, the 2024-25 exports are imported into the same project, a criterion is re-rated, and the plan's
// benchmarks are re-measured. Through the real service and the command line on a real DuckDB file.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { tableFromIPC } from 'apache-arrow';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILT_SAMPLE_DIR, SAMPLE_DATA_DIR } from '../../analysis/app-paths';
import { SAMPLE_FILES } from '../../analysis/import/sample-district';
import { createService, type EquityLensService } from '../../analysis/service/create-service';
import { fourthYearFiles } from '../support/four-year-sample';
import { buildReviewedProject, ok } from '../support/reviewed-project';
import { makeTempDir } from '../support/temp-dir';

const temp = makeTempDir();
const project = path.join(temp.dir, 'riverside.duckdb');
const dataDir = path.join(temp.dir, 'data');
const BIN = path.resolve('analysis/cli/equitylens.mjs');
let service: EquityLensService;

function equitylens(...args: string[]) {
  const result = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, EQUITYLENS_DATA_DIR: dataDir }, timeout: 120_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(async () => {
  service = createService({ dataDir, sampleDataDir: SAMPLE_DATA_DIR, builtSampleDir: BUILT_SAMPLE_DIR, appVersion: 'test', host: 'cli' });
  ok(await service.createProject({ path: project, name: 'Riverside equity review', districtName: 'Riverside Unified School District', withSampleData: true }));
  await buildReviewedProject(service);
}, 240_000);
afterAll(async () => {
  await service?.dispose();
  temp.remove();
});

describe('a follow-up review', () => {
  it('starts from a rated review, carrying its ratings over, as one change Undo reverses', async () => {
    const before = ok(await service.getReview({}));
    expect(before.baseline).toBeNull();
    const started = ok(await service.startFollowUp({ label: '2023-24 review' }));
    expect(started.baseline).toMatchObject({ label: '2023-24 review', startedBy: 'Dana Reyes', dataThrough: 2024, counts: { findings: 7, recommendations: 4 } });
    expect(started.baseline!.ratings).toEqual(before.ratings.map((r) => ({ criterionId: r.criterionId, level: r.level, rationale: r.rationale })));
    // Carried over: the current review still holds every rating, editable.
    expect(started.ratings.map((r) => r.level)).toEqual(before.ratings.map((r) => r.level));
    expect(started.lastChange).toMatchObject({ action: 'start_follow_up', summary: expect.stringMatching(/^Started the follow-up "2023-24 review": the review so far \(11 ratings, 7 findings, \d+ action items\) is its baseline$/) });
    expect(ok(await service.undoLastChange({})).baseline).toBeNull();
    ok(await service.startFollowUp({ label: '2023-24 review' }));
  });

  it('takes the next year’s exports into the same project', async () => {
    const files = await fourthYearFiles(path.join(temp.dir, 'year-four'));
    expect(files).not.toContain('schools.csv');
    for (const file of SAMPLE_FILES.filter((f) => files.includes(f))) {
      const result = ok(await service.runImport({ taskId: `year-four-${file}`, path: path.join(temp.dir, 'year-four', file) }));
      expect(result.outcome, file).toBe('imported');
    }
    expect(ok(await service.getProjectInfo({}))!.schoolYears).toEqual([2022, 2023, 2024, 2025]);
    // The same district as the four-year sample: 17,989 students enrolled in 2024-25 (monitoring-four-year.test.ts).
    const table = tableFromIPC(ok(await service.getMetricTable({ metricId: 'out_of_school_suspension', groupBy: ['race_ethnicity'], filters: { years: [2025] } })));
    const total = table.toArray().map((r) => r.toJSON()).find((r) => r.is_total)!;
    expect(Number(total.denominator)).toBe(17989);
    expect(Number(total.numerator)).toBe(775);
  }, 240_000);

  it('shows each criterion’s baseline rating beside its current one, in the review and its command line', async () => {
    ok(await service.rateCriterion({ criterionId: '1.2.3', level: 'developing', rationale: 'District-wide restorative practice cut the suspension ratio to 1.57 in 2024-25.' }));
    const review = ok(await service.getReview({}));
    expect(review.baseline!.ratings.find((r) => r.criterionId === '1.2.3')!.level).toBe('initiating');
    expect(review.ratings.find((r) => r.criterionId === '1.2.3')!.level).toBe('developing');
    // The report prints the baseline beside each rating.
    const model = ok(await service.getReportModel({}));
    expect(model.baseline).toEqual({ label: '2023-24 review', dataThrough: 2024 });
    const criterion = model.domains[0]!.clusters.flatMap((c) => c.criteria).find((c) => c.criterionId === '1.2.3')!;
    expect(criterion).toMatchObject({ baselineLevel: 'initiating', level: 'developing' });
    ok(await service.closeProject({}));
    const json = JSON.parse(equitylens('review', project, '--json').stdout);
    expect(json.baseline).toMatchObject({ label: '2023-24 review', dataThrough: 2024 });
    const row = json.domains[0].clusters.flatMap((c: { criteria: unknown[] }) => c.criteria).find((c: { id: string }) => c.id === '1.2.3');
    expect(row).toMatchObject({ baselineLevel: 'initiating', rating: { level: 'developing' } });
    expect(equitylens('review', project).stdout).toMatch(/1\.2\.3\s+Initiating\s+-> Developing\s+Exclusionary discipline/);
  });

  it('re-measures the plan made on 2023-24 against 2024-25', () => {
    const report = JSON.parse(equitylens('progress', project, '--json').stdout);
    expect(report.latestYear).toBe(2025);
    // The seeded benchmark for 1.2.3: Black students' suspension risk ratio, 2.12 in 2023-24, target 1.5 by 2026-27.
    const seeded = report.items.find((i: { criterionId: string }) => i.criterionId === '1.2.3');
    expect(seeded).toMatchObject({ status: 'on_track', baseline: { year: 2024, value: expect.closeTo(2.12, 2) }, latest: { year: 2025, value: expect.closeTo(1.57, 2) } });
  });

  it('starts with one line from the command line, and refuses without ratings to keep or a label', () => {
    const other = path.join(temp.dir, 'second.duckdb');
    expect(equitylens('init', other, '--sample').code).toBe(0);
    const unrated = equitylens('review', 'follow-up', other, '--label', 'Spring 2024 review', '--reviewer', 'Sam Okafor');
    expect(unrated.code).not.toBe(0);
    expect(unrated.stderr).toBe('equitylens: A follow-up starts from a review with ratings: rate the criteria first, then start the follow-up.\n');
    expect(equitylens('review', 'rate', other, '1.1.1', 'initiating', '--reviewer', 'Sam Okafor').code).toBe(0);
    const run = equitylens('review', 'follow-up', other, '--label', 'Spring 2024 review', '--reviewer', 'Sam Okafor');
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/^Started a follow-up of "Spring 2024 review": 1 rating, 0 findings and 0 action items are its baseline\./);
    const missing = equitylens('review', 'follow-up', other, '--reviewer', 'Sam Okafor');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe('equitylens: Name the baseline: --label "2023-24 review".\n');
  });
});
