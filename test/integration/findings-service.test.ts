// Findings, recommendations and the action plan through the real service on the sample district in a real
// DuckDB file: persistence across reopening, the shared audit log and Undo, seeding, baselines, validation.
import path from 'node:path';
import { tableFromIPC } from 'apache-arrow';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ActionItem, ActionItemInput, BenchmarkSpec, ErrorCode, Result } from '../../analysis/api';
import { BUILT_SAMPLE_DIR, SAMPLE_DATA_DIR } from '../../analysis/app-paths';
import { createService, type EquityLensService } from '../../analysis/service/create-service';
import { createDispatcher } from '../../analysis/service/dispatch';
import { ok } from '../support/reviewed-project';
import { makeTempDir } from '../support/temp-dir';

const temp = makeTempDir();
const file = path.join(temp.dir, 'findings.duckdb');
let service: EquityLensService;

/** The saved item as a save request carries it, with another benchmark. */
function asInput(item: ActionItem, benchmark: BenchmarkSpec): ActionItemInput {
  const { domainId, criterionId, title, owner, timeline, status } = item;
  return { domainId, criterionId, title, owner, timeline, status, benchmark };
}

function failed(result: Result<unknown>): { code: ErrorCode; message: string } {
  if (result.ok) throw new Error('expected the call to fail');
  return result.error;
}

beforeAll(async () => {
  service = createService({ dataDir: path.join(temp.dir, 'data'), sampleDataDir: SAMPLE_DATA_DIR, builtSampleDir: BUILT_SAMPLE_DIR, appVersion: 'test', host: 'web' });
  ok(await service.createProject({ path: file, name: 'Findings test', districtName: 'Riverside', withSampleData: true }));
});
afterAll(async () => {
  await service.dispose();
  temp.remove();
});

describe('findings and the action plan', () => {
  it('starts empty, with a cover drawn from the project, and asks for the reviewer before the first change', async () => {
    const state = ok(await service.getFindings({}));
    expect(state).toMatchObject({ findings: [], recommendations: [], actionItems: [], lastChange: null });
    expect(state.cover).toEqual({ title: 'Systems Quality Review Through the Lens of Equity', reviewStart: null, reviewEnd: null, reviewers: [], preparedFor: null, siteVisitStart: null, siteVisitEnd: null });
    const error = failed(await service.saveFinding({ finding: { domainId: 'd1', type: 'strength', title: 'T', text: 'x', criterionIds: [], evidenceIds: [] } }));
    expect(error.message).toBe('Enter your name as the reviewer first: the audit log records who made each change.');
    ok(await service.setReviewer({ name: 'Dana Reyes' }));
  });

  it('saves a finding linked to criteria and evidence, edits it, and records both in the audit log', async () => {
    const evidence = ok(await service.addEvidence({ evidence: { kind: 'interview', title: 'Dean of students', source: 'Lincoln Middle', date: '2024-10-01' }, criterionIds: ['1.2.3'] })).evidence;
    let state = ok(
      await service.saveFinding({ finding: { domainId: 'd1', type: 'limiting_factor', title: '  Suspensions  ', text: 'Black students are suspended at twice the rate.', criterionIds: ['1.2.3', '1.2.3'], evidenceIds: [evidence.evidenceId] } }),
    );
    expect(state.findings).toEqual([
      expect.objectContaining({ domainId: 'd1', type: 'limiting_factor', title: 'Suspensions', criterionIds: ['1.2.3'], evidenceIds: [evidence.evidenceId], author: 'Dana Reyes' }),
    ]);
    const id = state.findings[0]!.findingId;
    state = ok(await service.saveFinding({ findingId: id, finding: { domainId: 'd1', type: 'area_for_growth', title: 'Suspension gap', text: 'Narrowing, but still wide.', criterionIds: ['1.2.3'], evidenceIds: [] } }));
    expect(state.findings).toHaveLength(1);
    expect(state.findings[0]).toMatchObject({ findingId: id, type: 'area_for_growth', title: 'Suspension gap', evidenceIds: [] });
    expect(state.lastChange).toMatchObject({ action: 'edit_finding', targetKind: 'finding', targetId: String(id), summary: 'Edited area for growth "Suspension gap"' });
    const log = ok(await service.listAuditLog({ limit: 3 }));
    expect(log.map((e) => e.action)).toEqual(['edit_finding', 'add_finding', 'add_evidence']);
    expect(log[0]!.before).toMatchObject({ type: 'limiting_factor', title: 'Suspensions' });
    expect(log[0]!.after).toMatchObject({ type: 'area_for_growth', title: 'Suspension gap' });
  });

  it('undoes finding changes with the review’s Undo, one at a time', async () => {
    ok(await service.undoLastChange({}));
    let state = ok(await service.getFindings({}));
    expect(state.findings[0]).toMatchObject({ type: 'limiting_factor', title: 'Suspensions' });
    ok(await service.undoLastChange({}));
    state = ok(await service.getFindings({}));
    expect(state.findings).toEqual([]);
    // Redo by hand, for the tests below.
    ok(await service.saveFinding({ finding: { domainId: 'd1', type: 'limiting_factor', title: 'Suspensions', text: 'Twice the rate.', criterionIds: ['1.2.3'], evidenceIds: [] } }));
  });

  it('refuses links to criteria, evidence, findings and domains that do not exist', async () => {
    const base = { domainId: 'd1', type: 'strength' as const, title: 'T', text: 'x', criterionIds: [] as string[], evidenceIds: [] as number[] };
    expect(failed(await service.saveFinding({ finding: { ...base, criterionIds: ['9.9.9'] } }))).toEqual({ code: 'not_found', message: 'The review\'s template has no criterion "9.9.9".' });
    expect(failed(await service.saveFinding({ finding: { ...base, evidenceIds: [999] } })).message).toBe('There is no evidence item 999 in this review.');
    expect(failed(await service.saveFinding({ finding: { ...base, domainId: 'd9' } })).message).toBe('The review\'s template has no domain "d9".');
    expect(failed(await service.saveRecommendation({ recommendation: { domainId: 'd1', priority: 'high', text: 'Do it', findingIds: [999] } })).message).toBe('There is no finding 999.');
    expect(failed(await service.deleteFindingsRecord({ kind: 'action_item', id: 999 })).message).toBe('There is no action item 999.');
    // The dispatcher validates shapes before the service sees them.
    const dispatch = createDispatcher(service);
    const bad = await dispatch('saveFinding', { finding: { ...base, type: 'opinion' } });
    expect(bad).toMatchObject({ ok: false, error: { code: 'bad_request' } });
    expect(await dispatch('exportFindings', { format: 'csv' })).toEqual({ ok: false, error: { code: 'bad_request', message: 'table: A CSV export holds one table: name it (findings, recommendations, action_plan or ratings)' } });
  });

  it('saves recommendations with a priority, linked to findings', async () => {
    const finding = ok(await service.getFindings({})).findings[0]!;
    const state = ok(await service.saveRecommendation({ recommendation: { domainId: 'd1', priority: 'high', text: 'Adopt restorative practices.', findingIds: [finding.findingId] } }));
    expect(state.recommendations).toEqual([expect.objectContaining({ domainId: 'd1', priority: 'high', text: 'Adopt restorative practices.', findingIds: [finding.findingId] })]);
  });

  it('seeds draft action items from the criteria rated Initiating, with baselines from the published figures, as one undoable change', async () => {
    expect(ok(await service.seedActionPlan({})).created).toBe(0);
    ok(await service.rateCriterion({ criterionId: '1.2.3', level: 'initiating', rationale: '' }));
    ok(await service.rateCriterion({ criterionId: '4.2.1', level: 'initiating', rationale: 'Partnerships do not reach the east side.' }));
    ok(await service.rateCriterion({ criterionId: '1.2.1', level: 'developing', rationale: '' }));
    const seeded = ok(await service.seedActionPlan({}));
    expect(seeded.created).toBe(2);
    const items = seeded.state.actionItems;
    expect(items.map((i) => [i.criterionId, i.status, i.owner])).toEqual([
      ['1.2.3', 'draft', 'To be assigned'],
      ['4.2.1', 'draft', 'To be assigned'],
    ]);
    expect(items[0]!.title).toBe('Address exclusionary discipline across racial and ethnic groups');
    // 1.2.3's rule reads the OSS risk ratio; the worst group is Black students (2.12 in 2023-24 per the sample README).
    expect(items[0]!.benchmark).toEqual({ metricId: 'out_of_school_suspension', statistic: 'risk_ratio', groupType: 'race_ethnicity', group: 'black', target: 1.5, targetYear: 2027, baselineYear: 2024 });
    expect(items[0]!.baseline).toMatchObject({ year: 2024, value: 2.12, text: '2.12 in 2023-24', suppressed: false, groupLabel: 'Black or African American', statisticLabel: 'Risk ratio' });
    expect(items[1]!.benchmark).toBeNull();
    expect(seeded.state.lastChange).toMatchObject({ action: 'seed_action_plan', summary: 'Seeded 2 draft action items from criteria rated Initiating (1.2.3, 4.2.1)' });
    // Seeding again adds nothing: each Initiating criterion has its item.
    expect(ok(await service.seedActionPlan({})).created).toBe(0);
    ok(await service.undoLastChange({}));
    expect(ok(await service.getFindings({})).actionItems).toEqual([]);
    expect(ok(await service.seedActionPlan({})).created).toBe(2);
  });

  it('computes a baseline the way the metric table publishes it, and says when it is withheld', async () => {
    const withBaseline = ok(
      await service.saveActionItem({
        item: { domainId: 'd1', criterionId: null, title: 'Cut suspensions', owner: 'Student services', timeline: '2025-26', status: 'planned', benchmark: { metricId: 'out_of_school_suspension', statistic: 'value', groupType: 'race_ethnicity', group: 'black', target: 4, targetYear: 2027 } },
      }),
    ).actionItems.find((i) => i.title === 'Cut suspensions')!;
    const table = tableFromIPC(ok(await service.getMetricTable({ metricId: 'out_of_school_suspension', groupBy: ['race_ethnicity'], filters: { years: [2024] } })));
    const black = table.toArray().map((r) => r.toJSON()).find((r) => r.group_value === 'black' && !r.is_total)!;
    expect(withBaseline.baseline!.value).toBeCloseTo(Math.round(Number(black.value) * 10000) / 100, 2);
    expect(withBaseline.baseline!.text).toBe(`${(Number(black.value) * 100).toFixed(1)}% in 2023-24`);
    // Saved without a baseline year, the benchmark records the latest year with data; an edit keeps it.
    expect(withBaseline.benchmark!.baselineYear).toBe(2024);
    const earlier = ok(
      await service.saveActionItem({ actionId: withBaseline.actionId, item: asInput(withBaseline, { ...withBaseline.benchmark!, baselineYear: 2022 }) }),
    ).actionItems.find((i) => i.actionId === withBaseline.actionId)!;
    expect(earlier.baseline).toMatchObject({ year: 2022, text: expect.stringMatching(/ in 2021-22$/) });
    const { baselineYear: _dropped, ...unstated } = earlier.benchmark!;
    const kept = ok(await service.saveActionItem({ actionId: withBaseline.actionId, item: asInput(withBaseline, { ...unstated, target: 3.5 }) })).actionItems.find((i) => i.actionId === withBaseline.actionId)!;
    expect(kept.benchmark).toMatchObject({ target: 3.5, baselineYear: 2022 });
    expect(failed(await service.saveActionItem({ item: asInput(withBaseline, { ...withBaseline.benchmark!, baselineYear: 2027 }) })).message).toMatch(/target year must come after the baseline year/);
    // Native Hawaiian or Other Pacific Islander students are fewer than 10 with a suspension: the rate is withheld.
    const withheld = ok(
      await service.saveActionItem({
        item: { domainId: 'd1', criterionId: null, title: 'Small group', owner: 'x', timeline: 'y', status: 'draft', benchmark: { metricId: 'out_of_school_suspension', statistic: 'value', groupType: 'race_ethnicity', group: 'native_hawaiian_pacific_islander', target: 2, targetYear: 2027 } },
      }),
    ).actionItems.find((i) => i.title === 'Small group')!;
    expect(withheld.baseline).toMatchObject({ value: null, suppressed: true });
    expect(withheld.baseline!.text).toMatch(/^withheld to protect a group of fewer than 10 students/);
    expect(failed(await service.saveActionItem({ item: { domainId: 'd1', criterionId: null, title: 'x', owner: 'x', timeline: 'y', status: 'draft', benchmark: { metricId: 'out_of_school_suspension', statistic: 'gap', groupType: null, group: null, target: 1, targetYear: 2027 } } })).message).toBe(
      'A gap or risk-ratio benchmark is for one group: choose the group.',
    );
    expect(failed(await service.saveActionItem({ item: { domainId: 'd1', criterionId: null, title: 'x', owner: 'x', timeline: 'y', status: 'draft', benchmark: { metricId: 'no_such_metric', statistic: 'value', groupType: null, group: null, target: 1, targetYear: 2027 } } })).message).toBe(
      'There is no metric "no_such_metric".',
    );
  });

  it('keeps everything in the project file: reopening finds findings, recommendations, plan and cover as saved', async () => {
    ok(await service.setReportCover({ title: 'Equity review 2024', reviewStart: '2024-09-01', reviewEnd: '2024-12-15', reviewers: ['Dana Reyes', ' Marcus Bell '], preparedFor: 'Board of Education' }));
    const before = ok(await service.getFindings({}));
    ok(await service.closeProject({}));
    ok(await service.openProject({ path: file }));
    const after = ok(await service.getFindings({}));
    expect(after).toEqual(before);
    expect(after.cover).toEqual({ title: 'Equity review 2024', reviewStart: '2024-09-01', reviewEnd: '2024-12-15', reviewers: ['Dana Reyes', 'Marcus Bell'], preparedFor: 'Board of Education', siteVisitStart: null, siteVisitEnd: null });
    expect(after.actionItems.length).toBe(4);
  });

  it('deletes a record as an audited change that Undo restores', async () => {
    const item = ok(await service.getFindings({})).actionItems.find((i) => i.title === 'Small group')!;
    let state = ok(await service.deleteFindingsRecord({ kind: 'action_item', id: item.actionId }));
    expect(state.actionItems.some((i) => i.actionId === item.actionId)).toBe(false);
    expect(state.lastChange).toMatchObject({ action: 'delete_action_item', summary: 'Deleted action item "Small group"' });
    ok(await service.undoLastChange({}));
    state = ok(await service.getFindings({}));
    expect(state.actionItems.find((i) => i.actionId === item.actionId)).toEqual(item);
  });
});
