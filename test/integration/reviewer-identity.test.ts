// Reviewer identity: the first change asks who is rating; the answer (name, role, organisation) is remembered
// on this computer, so the next review starts as that reviewer; the operating-system account is never used.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Result } from '../../analysis/api';
import { BUILT_SAMPLE_DIR, SAMPLE_DATA_DIR } from '../../analysis/app-paths';
import { createService, type EquityLensService } from '../../analysis/service/create-service';
import { validatedService } from '../../analysis/service/dispatch';
import { makeTempDir } from '../support/temp-dir';

const temp = makeTempDir();
const services: EquityLensService[] = [];
const serviceWith = (dataDir: string) => {
  const service = validatedService(createService({ dataDir, sampleDataDir: SAMPLE_DATA_DIR, builtSampleDir: BUILT_SAMPLE_DIR, appVersion: 'test', host: 'desktop' }));
  services.push(service);
  return service;
};
afterAll(async () => {
  for (const service of services) await service.dispose();
  temp.remove();
});

function ok<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
}

describe('reviewer identity', () => {
  const laptop = path.join(temp.dir, 'laptop');

  it('asks on a computer where nobody has said who they are, and never offers the account name', async () => {
    const service = serviceWith(laptop);
    ok(await service.createProject({ path: path.join(temp.dir, 'first.duckdb'), name: 'First', districtName: 'Riverside' }));
    const review = ok(await service.getReview({}));
    expect(review.reviewer).toBeNull();
    expect(review.suggestedReviewer).toBeNull();
    const refused = await service.rateCriterion({ criterionId: '1.2.3', level: 'developing', rationale: 'Gap narrowing.' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'bad_request', message: expect.stringMatching(/^Enter your name as the reviewer first/) } });
    expect(JSON.stringify(review)).not.toContain(`"${os.userInfo().username}"`);
  });

  it('remembers the name, role and organisation, and the next review on this computer starts as that reviewer', async () => {
    const service = services[0]!;
    ok(await service.setReviewer({ name: 'Dana Whitfield', role: 'Lead reviewer', organisation: 'Riverside Consulting' }));
    ok(await service.rateCriterion({ criterionId: '1.2.3', level: 'developing', rationale: 'Gap narrowing.' }));
    expect(JSON.parse(fs.readFileSync(path.join(laptop, 'reviewer.json'), 'utf8'))).toEqual({ name: 'Dana Whitfield', role: 'Lead reviewer', organisation: 'Riverside Consulting' });

    ok(await service.createProject({ path: path.join(temp.dir, 'second.duckdb'), name: 'Second', districtName: 'Lakeside' }));
    const review = ok(await service.getReview({}));
    expect(review.reviewer).toBe('Dana Whitfield');
    expect(review.suggestedReviewer).toBe('Dana Whitfield');
    const rated = ok(await service.rateCriterion({ criterionId: '2.1.1', level: 'initiating', rationale: 'No equity goals in the plan.' }));
    expect(rated.ratings.find((r) => r.criterionId === '2.1.1')).toMatchObject({ level: 'initiating', reviewer: 'Dana Whitfield' });
    const log = ok(await service.listAuditLog({}));
    expect(log[0]).toMatchObject({ actor: 'Dana Whitfield', action: 'rate' });
  });

  it('a name given again without a role keeps the role on record; another computer knows nobody', async () => {
    const service = services[0]!;
    ok(await service.setReviewer({ name: 'Dana Whitfield' }));
    expect(JSON.parse(fs.readFileSync(path.join(laptop, 'reviewer.json'), 'utf8'))).toMatchObject({ role: 'Lead reviewer', organisation: 'Riverside Consulting' });
    await service.closeProject({});

    const other = serviceWith(path.join(temp.dir, 'other-laptop'));
    ok(await other.openProject({ path: path.join(temp.dir, 'first.duckdb') }));
    // The project records its reviewer, so opening it elsewhere keeps who rated it.
    expect(ok(await other.getReview({})).reviewer).toBe('Dana Whitfield');
    await other.closeProject({});
    ok(await other.createProject({ path: path.join(temp.dir, 'third.duckdb'), name: 'Third', districtName: 'Hillside' }));
    expect(ok(await other.getReview({})).reviewer).toBeNull();
  });
});
