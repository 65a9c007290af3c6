// `equitylens review rate|export|merge|agreement|reconcile|blind|reviewer|calibrate|calibration` and
// `equitylens report --disagreement-map` as a review team runs them from scripts.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Result } from '../../analysis/api';
import { BUILT_SAMPLE_DIR, SAMPLE_DATA_DIR } from '../../analysis/app-paths';
import { createService } from '../../analysis/service/create-service';
import { flat, pdfPages } from '../support/poppler';
import { makeTempDir } from '../support/temp-dir';

const temp = makeTempDir();
afterAll(() => temp.remove());
const BIN = path.resolve('analysis/cli/equitylens.mjs');
const lead = path.join(temp.dir, 'lead.duckdb');
const copy = path.join(temp.dir, 'copy.duckdb');

function equitylens(...args: string[]) {
  const result = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, EQUITYLENS_DATA_DIR: path.join(temp.dir, 'data') }, timeout: 120_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
function ok<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

beforeAll(async () => {
  const service = createService({ dataDir: path.join(temp.dir, 'data'), sampleDataDir: SAMPLE_DATA_DIR, builtSampleDir: BUILT_SAMPLE_DIR, appVersion: 'test', host: 'cli' });
  ok(await service.createProject({ path: lead, name: 'Team', districtName: 'Riverside' }));
  ok(await service.getReview({}));
  await service.dispose();
  fs.copyFileSync(lead, copy);
});

describe('equitylens review (teams)', () => {
  it('rates on two copies, merges, reports agreement and reconciles', () => {
    expect(equitylens('review', 'rate', lead, '2.1.1', 'developing', '--reviewer', 'Lee Tran', '--rationale', 'Plan exists, uneven use.')).toMatchObject({ code: 0, stdout: 'Lee Tran rated 2.1.1 Developing.\n' });
    expect(equitylens('review', 'rate', lead, '2.1.2', 'established', '--reviewer', 'Lee Tran').code).toBe(0);
    expect(equitylens('review', 'rate', copy, '2.1.1', 'initiating', '--reviewer', 'Mo Diaz').code).toBe(0);
    expect(equitylens('review', 'rate', copy, '2.1.2', 'established', '--reviewer', 'Mo Diaz').code).toBe(0);
    const file = path.join(temp.dir, 'mo.json');
    expect(equitylens('review', 'export', copy, '--reviewer', 'Mo Diaz', '--out', file).code).toBe(0);
    const merged = equitylens('review', 'merge', lead, file, '--reviewer', 'Lee Tran', '--json');
    expect(merged.code).toBe(0);
    expect(JSON.parse(merged.stdout)).toMatchObject({ format: 1, reviewer: 'Mo Diaz', added: 2, updated: 0, conflicts: [] });

    const agreement = JSON.parse(equitylens('review', 'agreement', lead, '--json').stdout);
    expect(agreement.reviewers).toEqual(['Lee Tran', 'Mo Diaz']);
    // Two criteria, two reviewers: one agreeing pair of two.
    expect(agreement.scopes.find((s: { scope: string }) => s.scope === 'overall').figures.find((f: { id: string }) => f.id === 'exact_agreement').value).toBe(0.5);
    expect(agreement.criteria[0]).toMatchObject({ criterionId: '2.1.1', spread: 1 });

    expect(equitylens('review', 'reconcile', lead, '2.1.1', 'developing', '--reason', 'Agreed at the team meeting.', '--reviewer', 'Lee Tran')).toMatchObject({ code: 0, stdout: 'Consensus for 2.1.1: Developing.\n' });
    const review = JSON.parse(equitylens('review', lead, '--json').stdout);
    const criterion = review.domains[1].clusters[0].criteria.find((c: { id: string }) => c.id === '2.1.1');
    expect(criterion.rating).toMatchObject({ level: 'developing', rationale: 'Agreed at the team meeting.' });
  }, 300_000); // eleven command-line runs, each starting Node and DuckDB

  it('records who the reviewers are, their calibration, and prints the disagreement appendix', () => {
    expect(equitylens('review', 'reviewer', lead, 'Lee Tran', '--role', 'lead reviewer', '--organisation', 'Riverside Consulting')).toMatchObject({
      code: 0,
      stdout: 'The reviewer is Lee Tran, lead reviewer, Riverside Consulting.\n',
    });
    expect(equitylens('review', 'calibrate', lead, 'cal-1', 'developing', '--reviewer', 'Lee Tran')).toMatchObject({ code: 0, stdout: 'Lee Tran rated cal-1 Developing; the agreed answer is Initiating (1 level apart).\n' });
    expect(equitylens('review', 'calibrate', lead, 'cal-4', 'initiating', '--reviewer', 'Lee Tran').code).toBe(0);
    expect(equitylens('review', 'calibrate', lead, 'cal-3', 'developing', '--reviewer', 'Mo Diaz')).toMatchObject({ code: 0, stdout: 'Mo Diaz rated cal-3 Developing; the agreed answer is Developing (a match).\n' });
    const calibration = JSON.parse(equitylens('review', 'calibration', lead, '--json').stdout);
    expect(calibration.format).toBe(1);
    // Independently: cal-1 agreed Initiating (Lee 1 level off), cal-4 agreed Established (Lee 2 off), cal-3 agreed Developing (Mo exact).
    expect(calibration.reviewers).toEqual([
      { reviewer: 'Lee Tran', rated: 2, exactMatches: 0, meanAbsoluteDistance: 1.5, answers: [{ vignetteId: 'cal-1', level: 'developing', distance: 1 }, { vignetteId: 'cal-4', level: 'initiating', distance: 2 }] },
      { reviewer: 'Mo Diaz', rated: 1, exactMatches: 1, meanAbsoluteDistance: 0, answers: [{ vignetteId: 'cal-3', level: 'developing', distance: 0 }] },
    ]);
    expect(equitylens('review', 'calibration', lead).stdout).toContain('Lee Tran: 0 of 2 rated match the agreed answer; mean absolute distance 1.50 levels');
    expect(JSON.parse(equitylens('review', 'reviewer', lead, '--json').stdout)).toEqual({
      format: 1,
      reviewer: 'Lee Tran',
      people: [
        { name: 'Lee Tran', role: 'lead reviewer', organisation: 'Riverside Consulting' },
        { name: 'Mo Diaz', role: null, organisation: null },
      ],
    });

    const out = path.join(temp.dir, 'team-report.pdf');
    const printed = equitylens('report', lead, '--out', out, '--disagreement-map');
    expect(printed.code, printed.stderr).toBe(0);
    const text = flat(pdfPages(out).join('\n'));
    expect(text).toContain('The team: Lee Tran, lead reviewer, Riverside Consulting; Mo Diaz.');
    expect(text).toContain('Before the review, 2 reviewers rated 4 calibration vignettes with agreed answers; 1 of their 3 ratings matched the agreed level');
    expect(text).toContain('Appendix: Where the reviewers disagreed');
    expect(text).toContain('2 criteria rated by two or more of 2 reviewers; they disagreed on 1. 2.1.1: Lee Tran Developing, Mo Diaz Initiating; consensus Developing.');
  }, 600_000); // seven command-line runs and a printed report (which builds the app on first use)

  it('answers bad team commands with one line and exit code 2', () => {
    for (const args of [
      ['review', 'rate', lead, '2.1.1', 'excellent', '--reviewer', 'Lee Tran'],
      ['review', 'rate', lead, '2.1.1', 'developing'],
      ['review', 'export', lead, '--reviewer', 'Lee Tran'],
      ['review', 'merge', lead, path.join(temp.dir, 'missing.json')],
      ['review', 'blind', lead, 'maybe'],
      ['review', 'calibrate', lead, 'cal-1', 'developing'],
      ['review', 'calibrate', lead, 'cal-1', 'superb', '--reviewer', 'Lee Tran'],
      ['review', 'reviewer', lead, '--role', 'analyst'],
    ]) {
      const result = equitylens(...args);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
    }
  }, 180_000);
});
