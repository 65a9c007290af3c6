// `equitylens review rate|export|merge|agreement|reconcile|blind` as a review team runs them from scripts.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Result } from '../../analysis/api';
import { SAMPLE_DATA_DIR } from '../../analysis/app-paths';
import { createService } from '../../analysis/service/create-service';
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
  const service = createService({ dataDir: path.join(temp.dir, 'data'), sampleDataDir: SAMPLE_DATA_DIR, appVersion: 'test', host: 'cli' });
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

  it('answers bad team commands with one line and exit code 2', () => {
    for (const args of [
      ['review', 'rate', lead, '2.1.1', 'excellent', '--reviewer', 'Lee Tran'],
      ['review', 'rate', lead, '2.1.1', 'developing'],
      ['review', 'export', lead, '--reviewer', 'Lee Tran'],
      ['review', 'merge', lead, path.join(temp.dir, 'missing.json')],
      ['review', 'blind', lead, 'maybe'],
    ]) {
      const result = equitylens(...args);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
    }
  }, 180_000);
});
