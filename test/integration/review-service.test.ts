// The guided review through the real service on the sample district: suggestions, ratings, evidence,
// roll-ups, audit log, undo, and reopening the project to find everything as it was.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ErrorCode, Result, ReviewState } from '../../analysis/api';
import { BUILT_SAMPLE_DIR, SAMPLE_DATA_DIR } from '../../analysis/app-paths';
import { createService, type EquityLensService } from '../../analysis/service/create-service';
import { createDispatcher } from '../../analysis/service/dispatch';
import { makeTempDir } from '../support/temp-dir';

const temp = makeTempDir();
const file = path.join(temp.dir, 'review.duckdb');
let service: EquityLensService;

function ok<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
}
function failed(result: Result<unknown>): { code: ErrorCode; message: string } {
  if (result.ok) throw new Error('expected the call to fail');
  return result.error;
}

beforeAll(async () => {
  service = createService({ dataDir: path.join(temp.dir, 'data'), sampleDataDir: SAMPLE_DATA_DIR, builtSampleDir: BUILT_SAMPLE_DIR, appVersion: 'test', host: 'web' });
  ok(await service.createProject({ path: file, name: 'Review test', districtName: 'Riverside', withSampleData: true }));
});
afterAll(async () => {
  await service.dispose();
  temp.remove();
});

describe('review service', () => {
  let opened: ReviewState;

  it('starts the review with the built-in template and data-suggested ratings with reasons', async () => {
    opened = ok(await service.getReview({}));
    expect(opened.templateRef).toEqual({ templateId: 'district-equity-sqr', version: 1, name: 'District Systems Quality Review: Equity Lens' });
    expect(opened.ratings).toEqual([]);
    expect(opened.reviewer).toBeNull();
    expect(opened.rollupRule).toBe('median');
    expect(opened.progress.map((p) => p.rated)).toEqual([0, 0, 0, 0]);
    expect(opened.progress.reduce((n, p) => n + p.total, 0)).toBe(41);
    // The sample README documents Black students' OSS risk ratio as 2.61, 2.34, 2.12.
    const discipline = opened.suggestions.find((s) => s.criterionId === '1.2.3')!;
    expect(discipline.level).toBe('initiating');
    expect(discipline.reason.startsWith(
      'Suggested: Initiating. Out-of-school suspension risk ratio for Black or African American students 2.12 in 2023-24, over 2 in each of 3 years (2.61, 2.34, 2.12). Not judged (a year missing or too few students): American Indian or Alaska Native students, Native Hawaiian or Other Pacific Islander students. ',
    )).toBe(true);
    // The signals behind it follow: the signals engine's test of the same gap.
    expect(discipline.reason).toMatch(/ 1 signal: Black or African American students, out-of-school suspension 2\.1 times the rate of all other students in 2023-24 \(q < 0\.001\)\.( Within schools, \d+ more signals? for these groups\.)?$/);
    // The engine's published figures decide: where it withholds a risk ratio (small cells or the IDEA
    // cell and n-size tests), the group is not judged rather than judged on a figure nobody can see.
    for (const group of ['american_indian_alaska_native', 'native_hawaiian_pacific_islander']) {
      const figures = discipline.figures.filter((f) => f.group === group);
      expect(figures.length, group).toBe(3);
      expect(figures.some((f) => f.value === null)).toBe(true);
    }
    // Students with disabilities: 2.42, 2.08, 2.03 in the README.
    expect(opened.suggestions.find((s) => s.criterionId === '1.2.4')!.reason).toContain('(2.42, 2.08, 2.03)');
    // Only Domain 1 criteria carry metric rules.
    expect(opened.suggestions.every((s) => s.criterionId.startsWith('1.'))).toBe(true);
    expect(opened.suggestions.length).toBe(10);
    expect(opened.lastChange).toBeNull();
  }, 180_000); // The first review reads every suggestion metric's linked suppression decisions, built once per data version.

  it('asks who the reviewer is before the first change', async () => {
    const error = failed(await service.rateCriterion({ criterionId: '1.2.3', level: 'initiating', rationale: '' }));
    expect(error).toEqual({ code: 'bad_request', message: 'Enter your name as the reviewer first: the audit log records who made each change.' });
    const state = ok(await service.setReviewer({ name: 'Dana Reyes' }));
    expect(state.reviewer).toBe('Dana Reyes');
  });

  it('requires a rationale only when the rating differs from the suggestion', async () => {
    const error = failed(await service.rateCriterion({ criterionId: '1.2.3', level: 'developing', rationale: '  ' }));
    expect(error.code).toBe('bad_request');
    expect(error.message).toBe('Give a rationale: your rating (Developing) differs from the data-suggested level (Initiating).');
    let state = ok(await service.rateCriterion({ criterionId: '1.2.3', level: 'developing', rationale: 'Restorative schools have cut the gap sharply.' }));
    expect(state.ratings).toEqual([
      expect.objectContaining({ criterionId: '1.2.3', level: 'developing', rationale: 'Restorative schools have cut the gap sharply.', suggestedLevel: 'initiating', reviewer: 'Dana Reyes' }),
    ]);
    // Agreeing with the suggestion, or a criterion without one, needs no rationale.
    ok(await service.rateCriterion({ criterionId: '1.2.4', level: 'initiating', rationale: '' }));
    state = ok(await service.rateCriterion({ criterionId: '2.4.2', level: 'developing', rationale: '' }));
    expect(state.progress.map((p) => p.rated)).toEqual([2, 1, 0, 0]);
    expect(failed(await service.rateCriterion({ criterionId: '9.9.9', level: 'developing', rationale: 'x' })).code).toBe('not_found');
  });

  it('adds evidence of each kind; one item supports several criteria; triangulation shows what is missing', async () => {
    const interview = ok(
      await service.addEvidence({
        evidence: { kind: 'interview', title: 'Assistant principals on suspensions', source: 'Assistant principals, three middle schools', date: '2024-03-12', note: 'Suspension is the default for defiance.' },
        criterionIds: ['1.2.3', '1.2.4'],
      }),
    );
    expect(interview.evidence).toMatchObject({ kind: 'interview', category: 'stakeholder_voice', criterionIds: ['1.2.3', '1.2.4'], date: '2024-03-12', createdBy: 'Dana Reyes' });
    const chart = ok(
      await service.addEvidence({
        evidence: { kind: 'metric_view', view: { metricId: 'oss_risk_ratio', groupType: 'race_ethnicity', chartKind: 'ratio_by_year', title: 'OSS risk ratio by race/ethnicity, by year' } },
        criterionIds: ['1.2.3'],
      }),
    );
    // A link in the form the Review stored before views named registry metrics is read in today's form.
    expect(chart.evidence.view).toEqual({
      metricId: 'out_of_school_suspension',
      groupType: 'race_ethnicity',
      filters: { metric: 'out_of_school_suspension', view: 'trend', by: 'race_ethnicity' },
      chartKind: 'trend',
      title: 'OSS risk ratio by race/ethnicity, by year',
    });
    const policy = ok(await service.addEvidence({ evidence: { kind: 'document', title: 'Code of conduct 2023', reference: 'board-policy/5131.pdf' }, criterionIds: [] }));
    let state = ok(await service.linkEvidence({ evidenceId: policy.evidence.evidenceId, criterionId: '1.2.3' }));
    const tri = (id: string) => state.triangulation.find((t) => t.criterionId === id)!;
    expect(tri('1.2.3')).toEqual({ criterionId: '1.2.3', present: ['quantitative', 'stakeholder_voice', 'observation_document'], missing: [], missingExpected: [] });
    expect(tri('1.2.4')).toEqual({ criterionId: '1.2.4', present: ['stakeholder_voice'], missing: ['quantitative', 'observation_document'], missingExpected: ['quantitative', 'observation_document'] });
    state = ok(await service.linkEvidence({ evidenceId: chart.evidence.evidenceId, criterionId: '1.2.4' }));
    state = ok(await service.unlinkEvidence({ evidenceId: chart.evidence.evidenceId, criterionId: '1.2.4' }));
    expect(state.evidence.find((e) => e.evidenceId === chart.evidence.evidenceId)!.criterionIds).toEqual(['1.2.3']);
    // Hosts validate every payload through the dispatcher before it reaches the service.
    const dispatch = createDispatcher(service);
    const badDate = await dispatch('addEvidence', { evidence: { kind: 'observation', title: 'Walkthrough', source: 'Classrooms', date: '2024-02-30' }, criterionIds: [] });
    expect(failed(badDate)).toEqual({ code: 'bad_request', message: 'evidence.date: That date does not exist' });
  });

  it('rolls up by the chosen rule, with an override that needs a reason', async () => {
    let state = ok(await service.getReview({}));
    const engagement = () => state.rollups.find((r) => r.scope === 'cluster' && r.id === 'd1.engagement')!;
    // Developing and Initiating: the median of two takes the lower.
    expect(engagement()).toMatchObject({ computed: 'initiating', effective: 'initiating', distribution: { initiating: 1, developing: 1, established: 0, unrated: 2 } });
    expect(failed(await service.overrideRollup({ scope: 'cluster', id: 'd1.engagement', level: 'developing', reason: ' ' })).message).toBe('Give a reason for overriding the roll-up.');
    state = ok(await service.overrideRollup({ scope: 'cluster', id: 'd1.engagement', level: 'developing', reason: 'Attendance work is strong.' }));
    expect(engagement()).toMatchObject({ computed: 'initiating', effective: 'developing', override: { level: 'developing', reason: 'Attendance work is strong.', reviewer: 'Dana Reyes' } });
    state = ok(await service.setRollupRule({ rule: 'rounded_mean' }));
    expect(state.rollupRule).toBe('rounded_mean');
    // The override flows up: the cluster's four criteria count at Developing, and Domain 1 has no other rating.
    expect(state.rollups.find((r) => r.scope === 'domain' && r.id === 'd1')!.computed).toBe('developing');
  });

  it('keeps an audit log of who, what, before, after and when, and undoes the last change', async () => {
    const log = ok(await service.listAuditLog({}));
    expect(log.map((e) => e.action)).toEqual([
      'set_rollup_rule',
      'override_rollup',
      'unlink_evidence',
      'link_evidence',
      'link_evidence',
      'add_evidence',
      'add_evidence',
      'add_evidence',
      'rate',
      'rate',
      'rate',
      'set_reviewer',
    ]);
    // A rating is the reviewer's own: its audit target names the criterion and the reviewer.
    const rating = log.find((e) => e.action === 'rate' && e.targetId === '1.2.3:Dana Reyes')!;
    expect(rating).toMatchObject({ actor: 'Dana Reyes', targetKind: 'individual_rating', before: null, summary: 'Rated 1.2.3 Developing: "Restorative schools have cut the gap sharply."' });
    expect(rating.after).toMatchObject({ level: 'developing', suggestedLevel: 'initiating', reviewer: 'Dana Reyes' });
    expect(Math.abs(Date.parse(rating.at) - Date.now())).toBeLessThan(120_000);
    expect(log[0]).toMatchObject({ before: { rollupRule: 'median' }, after: { rollupRule: 'rounded_mean' } });

    let state = ok(await service.undoLastChange({}));
    expect(state.rollupRule).toBe('median');
    state = ok(await service.undoLastChange({}));
    expect(state.rollups.find((r) => r.id === 'd1.engagement')!.override).toBeNull();
    expect(state.lastChange?.action).toBe('unlink_evidence');
    const after = ok(await service.listAuditLog({ limit: 3 }));
    expect(after.map((e) => [e.action, e.summary])).toEqual([
      ['undo', 'Undid: Overrode the roll-up of Attendance and discipline: Developing ("Attendance work is strong.")'],
      ['undo', 'Undid: Set the roll-up rule to Rounded mean'],
      ['set_rollup_rule', 'Set the roll-up rule to Rounded mean'],
    ]);
    expect(after[2]!.undoneBy).toBe(after[1]!.auditId);
  });

  it('undoes adding evidence and a rating as well', async () => {
    ok(await service.addEvidence({ evidence: { kind: 'focus_group', title: 'Student focus group', source: 'Grade 11 students', date: '2024-04-02' }, criterionIds: ['1.4.1'] }));
    let state = ok(await service.undoLastChange({}));
    expect(state.evidence.map((e) => e.title)).not.toContain('Student focus group');
    ok(await service.rateCriterion({ criterionId: '1.2.4', level: null, rationale: '' }));
    state = ok(await service.undoLastChange({}));
    expect(state.ratings.find((r) => r.criterionId === '1.2.4')?.level).toBe('initiating');
  });

  it('shows exactly the same review after the project is closed and reopened', async () => {
    const before = ok(await service.getReview({}));
    const log = ok(await service.listAuditLog({}));
    ok(await service.closeProject({}));
    ok(await service.openProject({ path: file }));
    expect(ok(await service.getReview({}))).toEqual(before);
    expect(ok(await service.listAuditLog({}))).toEqual(log);
  });

  it('duplicates, edits, exports and imports templates; the project records the template and version used', async () => {
    const copy = ok(await service.duplicateTemplate({ templateId: 'district-equity-sqr', name: 'Riverside variant' }));
    expect(copy).toMatchObject({ templateId: 'district-equity-sqr-copy', version: 1, name: 'Riverside variant', builtin: false, inUse: false, criteria: 41 });
    expect(failed(await service.updateTemplate({ templateId: 'district-equity-sqr', template: opened.template })).message).toMatch(/built-in template cannot be edited/);
    const record = ok(await service.getTemplate({ templateId: copy.templateId }));
    const edited = structuredClone(record.template);
    edited.domains[0]!.clusters[0]!.criteria[0]!.title = 'Reading proficiency by group';
    const v2 = ok(await service.updateTemplate({ templateId: copy.templateId, template: edited }));
    expect(v2.version).toBe(2);
    const bad = structuredClone(edited) as unknown as { domains: { clusters: { criteria: { descriptors: Record<string, string> }[] }[] }[] };
    delete bad.domains[0]!.clusters[1]!.criteria[2]!.descriptors.established;
    expect(failed(await service.updateTemplate({ templateId: copy.templateId, template: bad as never })).message).toBe(
      'The template was not saved. domains[0].clusters[1].criteria[2].descriptors.established: required',
    );

    let state = ok(await service.useTemplate({ templateId: copy.templateId }));
    expect(state.templateRef).toEqual({ templateId: 'district-equity-sqr-copy', version: 2, name: 'Riverside variant' });
    expect(state.template.domains[0]!.clusters[0]!.criteria[0]!.title).toBe('Reading proficiency by group');
    // Ratings follow criterion ids into the other template.
    expect(state.ratings.map((r) => r.criterionId)).toEqual(['1.2.3', '1.2.4', '2.4.2']);

    const exported = ok(await service.exportTemplate({ templateId: copy.templateId }));
    expect(exported.fileName).toBe('district-equity-sqr-copy-v2.json');
    const imported = ok(await service.importTemplate({ json: exported.json }));
    expect(imported).toMatchObject({ templateId: 'district-equity-sqr-copy-2', version: 1, name: 'Riverside variant' });
    const roundTrip = ok(await service.getTemplate({ templateId: imported.templateId }));
    expect({ ...roundTrip.template, id: 'x' }).toEqual({ ...edited, id: 'x' });
    expect(failed(await service.importTemplate({ json: '{"schemaVersion": 1, "id": "t", "name": "T", "domains": [{"id": "d", "number": 1, "name": "D", "clusters": []}]}' })).message).toBe(
      'The template was not imported. domains[0].clusters: must hold at least one cluster',
    );

    const templates = ok(await service.listTemplates({}));
    expect(templates.map((t) => [t.templateId, t.version, t.inUse])).toEqual([
      ['district-equity-sqr', 1, false],
      ['district-equity-sqr-copy', 2, true],
      ['district-equity-sqr-copy-2', 1, false],
    ]);
    // Undoing the switch puts the review back on the built-in template.
    state = ok(await service.undoLastChange({}));
    expect(state.templateRef.templateId).toBe('district-equity-sqr-copy');
    expect(state.lastChange?.action).toBe('use_template');
    state = ok(await service.undoLastChange({}));
    expect(state.templateRef).toEqual({ templateId: 'district-equity-sqr', version: 1, name: 'District Systems Quality Review: Equity Lens' });
  });

  it('takes concurrent calls one at a time, each saved whole', async () => {
    const before = ok(await service.listAuditLog({})).length;
    const results = await Promise.all([
      service.rateCriterion({ criterionId: '3.1.1', level: 'developing', rationale: '' }),
      service.getReview({}),
      service.rateCriterion({ criterionId: '3.1.2', level: 'initiating', rationale: '' }),
      service.addEvidence({ evidence: { kind: 'observation', title: 'Grade 7 walkthrough', source: 'Six classrooms', date: '2024-04-10' }, criterionIds: ['3.2.1'] }),
      service.rateCriterion({ criterionId: '3.2.1', level: 'established', rationale: '' }),
      service.listAuditLog({}),
    ]);
    for (const result of results) ok(result as Result<unknown>);
    const state = ok(await service.getReview({}));
    expect(state.ratings.filter((r) => r.criterionId.startsWith('3.')).map((r) => [r.criterionId, r.level])).toEqual([
      ['3.1.1', 'developing'],
      ['3.1.2', 'initiating'],
      ['3.2.1', 'established'],
    ]);
    expect(ok(await service.listAuditLog({})).length).toBe(before + 4);
  });
});
