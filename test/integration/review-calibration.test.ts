// Reviewers as people, calibration and the disagreement appendix through the real service and DuckDB:
// each reviewer's distance from the agreed answers matches an independent computation from the template
// file itself, calibration never touches the review's ratings, and the report names the team.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RatingLevel, Result } from '../../analysis/api';
import { BUILT_SAMPLE_DIR, SAMPLE_DATA_DIR } from '../../analysis/app-paths';
import { createService, type EquityLensService } from '../../analysis/service/create-service';
import { validatedService } from '../../analysis/service/dispatch';
import { makeTempDir } from '../support/temp-dir';

const temp = makeTempDir();
const project = path.join(temp.dir, 'calibration.duckdb');
let service: EquityLensService;

function ok<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
}

// The agreed answers as the template file states them, read without the app's template code.
const templateFile = JSON.parse(fs.readFileSync(path.resolve('analysis/review/default-template.json'), 'utf8')) as { calibration: { id: string; criterionId: string; agreedLevel: RatingLevel }[] };
const AGREED = new Map(templateFile.calibration.map((v) => [v.id, v.agreedLevel]));
// The ordinal scale's positions, 1 to 3, written out here rather than taken from the app.
const POSITION: Record<RatingLevel, number> = { initiating: 1, developing: 2, established: 3 };
// Each reviewer's calibration answers (a vignette left out: not rated).
const ANSWERS: Record<string, Record<string, RatingLevel>> = {
  'Dana Whitfield': { 'cal-1': 'initiating', 'cal-2': 'developing', 'cal-3': 'developing', 'cal-4': 'established' },
  'Ben Cole': { 'cal-1': 'established', 'cal-2': 'developing', 'cal-3': 'initiating', 'cal-4': 'developing' },
  'Chi Park': { 'cal-1': 'developing', 'cal-3': 'established' },
};

beforeAll(async () => {
  // Validated as every host validates, so refused requests are refused here too.
  service = validatedService(createService({ dataDir: path.join(temp.dir, 'data'), sampleDataDir: SAMPLE_DATA_DIR, builtSampleDir: BUILT_SAMPLE_DIR, appVersion: 'test', host: 'cli' }));
  ok(await service.createProject({ path: project, name: 'Calibration', districtName: 'Riverside' }));
});
afterAll(async () => {
  await service.dispose();
  temp.remove();
});

describe('reviewers as people', () => {
  it('records role and organisation, keeps them when only the name is given, clears on empty, and undoes', async () => {
    const named = ok(await service.setReviewer({ name: 'Dana Whitfield', role: 'lead reviewer', organisation: 'Riverside Consulting' }));
    expect(named.reviewer).toBe('Dana Whitfield');
    expect(named.team.people).toEqual([{ name: 'Dana Whitfield', role: 'lead reviewer', organisation: 'Riverside Consulting' }]);
    // Naming yourself again (as the command line's --reviewer does) keeps what is on record.
    expect(ok(await service.setReviewer({ name: 'Dana Whitfield' })).team.people[0]).toMatchObject({ role: 'lead reviewer' });
    expect(ok(await service.setReviewer({ name: 'Dana Whitfield', organisation: '' })).team.people[0]).toEqual({ name: 'Dana Whitfield', role: 'lead reviewer', organisation: null });
    const log = ok(await service.listAuditLog({}));
    expect(log[0]).toMatchObject({ action: 'describe_reviewer', targetKind: 'reviewer_profile', targetId: 'Dana Whitfield', summary: "Recorded Dana Whitfield's role and organisation: Dana Whitfield, lead reviewer" });
    expect(ok(await service.undoLastChange({})).team.people[0]).toEqual({ name: 'Dana Whitfield', role: 'lead reviewer', organisation: 'Riverside Consulting' });
    // A name alone does not put someone on the team.
    expect(ok(await service.setReviewer({ name: 'Visitor Only' })).team.people.map((p) => p.name)).toEqual(['Dana Whitfield']);
    ok(await service.setReviewer({ name: 'Ben Cole', role: 'equity analyst', organisation: 'Riverside Unified School District' }));
    expect((await service.setReviewer({ name: 'Ben Cole', role: 'x'.repeat(121) })).ok).toBe(false);
  });
});

describe('calibration', () => {
  it('measures each reviewer against the agreed answers, as an independent computation does', async () => {
    for (const [reviewer, answers] of Object.entries(ANSWERS)) {
      for (const [vignetteId, level] of Object.entries(answers)) ok(await service.rateCalibration({ vignetteId, level, reviewer }));
    }
    const report = ok(await service.getCalibration({}));
    expect(report.vignettes.map((v) => [v.id, v.criterionId, v.agreedLevel])).toEqual(templateFile.calibration.map((v) => [v.id, v.criterionId, v.agreedLevel]));
    expect(report.vignettes.every((v) => v.scenario.length > 100 && v.reason.length > 40 && v.criterionTitle !== v.criterionId)).toBe(true);
    expect(report.reviewers.map((r) => r.reviewer)).toEqual(Object.keys(ANSWERS));
    for (const [reviewer, answers] of Object.entries(ANSWERS)) {
      const distances = Object.entries(answers).map(([id, level]) => Math.abs(POSITION[level] - POSITION[AGREED.get(id)!]));
      const got = report.reviewers.find((r) => r.reviewer === reviewer)!;
      expect(got.rated).toBe(distances.length);
      expect(got.exactMatches).toBe(distances.filter((d) => d === 0).length);
      expect(got.meanAbsoluteDistance).toBeCloseTo(distances.reduce((a, b) => a + b, 0) / distances.length, 12);
      expect(got.answers.map((a) => [a.vignetteId, a.level, a.distance])).toEqual(Object.entries(answers).map(([id, level], i) => [id, level, distances[i]]));
    }
    // Worked by hand from the file: Dana matches all four; Ben is 2, 0, 1 and 1 levels off.
    expect(report.reviewers.map((r) => [r.exactMatches, r.meanAbsoluteDistance])).toEqual([
      [4, 0],
      [1, 1],
      [0, 1],
    ]);
  });

  it('keeps calibration apart from the review, audits it, undoes it and refuses an unknown vignette', async () => {
    const review = ok(await service.getReview({}));
    expect(review.ratings).toEqual([]);
    expect(review.team.reviewers).toEqual([]);
    // Calibrating puts the reviewer on the team, in the order they joined.
    expect(review.team.people.map((p) => p.name)).toEqual(['Dana Whitfield', 'Ben Cole', 'Chi Park']);
    ok(await service.setReviewer({ name: 'Chi Park' }));
    ok(await service.rateCalibration({ vignetteId: 'cal-2', level: 'established' }));
    const log = ok(await service.listAuditLog({ limit: 1 }));
    expect(log[0]).toMatchObject({ actor: 'Chi Park', action: 'calibrate', targetKind: 'calibration_rating', targetId: 'cal-2:Chi Park', summary: 'Rated calibration vignette cal-2 (criterion 1.3.1) Established' });
    // Rating the same level again is no change, and is not logged.
    ok(await service.rateCalibration({ vignetteId: 'cal-2', level: 'established' }));
    expect(ok(await service.listAuditLog({ limit: 1 }))[0]!.auditId).toBe(log[0]!.auditId);
    ok(await service.undoLastChange({}));
    expect(ok(await service.getCalibration({})).reviewers.find((r) => r.reviewer === 'Chi Park')!.rated).toBe(2);
    // Undoing someone's only calibration rating takes them off the team again.
    ok(await service.rateCalibration({ vignetteId: 'cal-1', level: 'initiating', reviewer: 'Flo Nash' }));
    expect(ok(await service.getReview({})).team.people.map((p) => p.name)).toContain('Flo Nash');
    expect(ok(await service.undoLastChange({})).team.people.map((p) => p.name)).not.toContain('Flo Nash');
    const unknown = await service.rateCalibration({ vignetteId: 'cal-99', level: 'developing' });
    expect(unknown.ok).toBe(false);
    if (!unknown.ok) expect(unknown.error).toMatchObject({ code: 'not_found', message: expect.stringContaining('cal-1, cal-2, cal-3, cal-4') });
    expect((await service.rateCalibration({ vignetteId: 'cal-1', level: 'excellent' as RatingLevel })).ok).toBe(false);
  });

  it('refuses a template whose vignette names a criterion it does not have', async () => {
    const template = JSON.parse(fs.readFileSync(path.resolve('analysis/review/default-template.json'), 'utf8'));
    template.id = 'with-bad-vignette';
    template.calibration[0].criterionId = '9.9.9';
    const result = await service.importTemplate({ json: JSON.stringify(template) });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toContain('calibration[0].criterionId: "9.9.9" is not a criterion of this template');
  });
});

describe('a reviewer working apart', () => {
  it('brings calibration ratings, role and organisation with their ratings; the merge undoes as one', async () => {
    ok(await service.closeProject({}));
    const copy = path.join(temp.dir, 'eve.duckdb');
    fs.copyFileSync(project, copy);
    const apart = validatedService(createService({ dataDir: path.join(temp.dir, 'data-eve'), sampleDataDir: SAMPLE_DATA_DIR, builtSampleDir: BUILT_SAMPLE_DIR, appVersion: 'test', host: 'cli' }));
    ok(await apart.openProject({ path: copy }));
    ok(await apart.setReviewer({ name: 'Eve Stone', role: 'community member', organisation: 'Riverside Parent Council' }));
    ok(await apart.rateCalibration({ vignetteId: 'cal-2', level: 'established' }));
    ok(await apart.rateCalibration({ vignetteId: 'cal-4', level: 'established' }));
    const file = ok(await apart.exportReviewerWork({ reviewer: 'Eve Stone' }));
    await apart.dispose();

    ok(await service.openProject({ path: project }));
    ok(await service.setReviewer({ name: 'Dana Whitfield' }));
    const merged = ok(await service.mergeReviewerWork({ json: file.json }));
    expect(merged).toMatchObject({ reviewer: 'Eve Stone', added: 0, calibrationMerged: 2, profileFilled: true, skipped: [] });
    const eve = ok(await service.getCalibration({})).reviewers.find((r) => r.reviewer === 'Eve Stone')!;
    // cal-2 agreed Developing (1 level off), cal-4 agreed Established (a match).
    expect([eve.rated, eve.exactMatches, eve.meanAbsoluteDistance]).toEqual([2, 1, 0.5]);
    expect(ok(await service.getReview({})).team.people.find((p) => p.name === 'Eve Stone')).toEqual({ name: 'Eve Stone', role: 'community member', organisation: 'Riverside Parent Council' });
    // Merging again changes nothing; undoing the merge takes all of it back.
    expect(ok(await service.mergeReviewerWork({ json: file.json }))).toMatchObject({ calibrationMerged: 0, profileFilled: false });
    const undone = ok(await service.undoLastChange({}));
    expect(undone.team.people.map((p) => p.name)).not.toContain('Eve Stone');
    expect(ok(await service.getCalibration({})).reviewers.map((r) => r.reviewer)).not.toContain('Eve Stone');
  });
});

describe('the report', () => {
  const PLAN: Record<string, Record<string, RatingLevel>> = {
    'Dana Whitfield': { '1.1.1': 'initiating', '1.2.3': 'developing', '2.1.1': 'developing', '2.1.2': 'established' },
    'Ben Cole': { '1.1.1': 'initiating', '1.2.3': 'established', '2.1.1': 'initiating', '2.1.2': 'established' },
  };

  it('names the team with roles and states their calibration in the methods appendix', async () => {
    for (const [reviewer, plan] of Object.entries(PLAN)) {
      for (const [criterionId, level] of Object.entries(plan)) ok(await service.rateCriterion({ criterionId, level, rationale: `${reviewer}: ${criterionId}`, reviewer }));
    }
    const model = ok(await service.getReportModel({}));
    const team = model.methods.reviewTeam!;
    expect(team.people).toEqual([
      { name: 'Dana Whitfield', role: 'lead reviewer', organisation: 'Riverside Consulting' },
      { name: 'Ben Cole', role: 'equity analyst', organisation: 'Riverside Unified School District' },
    ]);
    expect(team.sentences).toContain('The team: Dana Whitfield, lead reviewer, Riverside Consulting; Ben Cole, equity analyst, Riverside Unified School District.');
    // Dana and Ben rated 8 vignettes between them: 5 matches, distances 0+0+0+0 and 2+0+1+1.
    expect(team.sentences).toContain(
      'Before the review, 2 reviewers rated 4 calibration vignettes with agreed answers; 5 of their 8 ratings matched the agreed level, and their mean absolute distance from it was 0.50 levels on the three-level scale.',
    );
    // Without asking, there is no disagreement appendix.
    expect(model.disagreementMap).toBeNull();
    expect(model.contents.map((c) => c.anchor)).not.toContain('disagreement-map');
  });

  it('adds the disagreement appendix on request: criteria in rubric order by reviewers, spread marked', async () => {
    const model = ok(await service.getReportModel({ disagreementMap: true }));
    expect(model.contents.at(-1)).toEqual({ anchor: 'disagreement-map', title: 'Appendix: Where the reviewers disagreed', level: 1 });
    const map = model.disagreementMap!;
    expect(map.reviewers).toEqual(['Dana Whitfield', 'Ben Cole']);
    const ids = Object.keys(PLAN['Dana Whitfield']!);
    expect(map.criteria.map((c) => c.criterionId)).toEqual(ids);
    for (const c of map.criteria) {
      const levels = map.reviewers.map((r) => PLAN[r]![c.criterionId]!);
      expect(c.levels).toEqual(levels);
      expect(c.spread).toBe(Math.max(...levels.map((l) => POSITION[l])) - Math.min(...levels.map((l) => POSITION[l])));
    }
    expect(map.disagreed).toBe(2);
    expect(map.criteria.find((c) => c.criterionId === '2.1.1')).toMatchObject({ domainNumber: 2, spread: 1, consensus: null });
    expect((await service.getReportModel({ disagreementMap: 'yes' as unknown as boolean })).ok).toBe(false);
  });
});
