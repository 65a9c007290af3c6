// The report tells the truth about the review: a rating with no evidence prints "unsupported", a domain
// rated in part prints "provisional (k of n rated)", the summary claims triangulation only for what has it,
// a cluster override moves its domain, and a review with nothing rated prints as a data profile.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReportModel, RubricTemplate } from '../../analysis/api';
import { BUILT_SAMPLE_DIR, SAMPLE_DATA_DIR } from '../../analysis/app-paths';
import { printReportPdf } from '../../analysis/report/print/print-report';
import { createService, type EquityLensService } from '../../analysis/service/create-service';
import { flat, pdfInfo, pdfPages, REPORT_PAGES_DIR, savePageImages } from '../support/poppler';
import { ok } from '../support/reviewed-project';
import { makeTempDir } from '../support/temp-dir';

const temp = makeTempDir();
let service: EquityLensService;
let profile: ReportModel;
/** Counted from the template file itself, not from the service. */
const template = JSON.parse(fs.readFileSync(path.resolve('analysis/review/default-template.json'), 'utf8')) as RubricTemplate;
const domainOneTotal = template.domains[0]!.clusters.reduce((n, c) => n + c.criteria.length, 0);

beforeAll(async () => {
  service = createService({ dataDir: path.join(temp.dir, 'data'), sampleDataDir: SAMPLE_DATA_DIR, builtSampleDir: BUILT_SAMPLE_DIR, appVersion: 'test', host: 'cli' });
  ok(await service.createProject({ path: path.join(temp.dir, 'honest.duckdb'), name: 'Honest review', districtName: 'Riverside Unified School District', withSampleData: true }));
  profile = ok(await service.getReportModel({}));
  ok(await service.setReviewer({ name: 'Dana Whitfield' }));
  // 1.1.1 is rated on nothing at all (its data suggestion is not evidence).
  ok(await service.rateCriterion({ criterionId: '1.1.1', level: 'developing', rationale: 'Gaps are narrowing, by the reviewer’s reading.' }));
  // 1.2.3 stands on all three sources.
  ok(await service.rateCriterion({ criterionId: '1.2.3', level: 'initiating', rationale: 'Suspension gaps persist.' }));
  const view = { metricId: 'out_of_school_suspension', groupType: 'race_ethnicity', filters: { metric: 'out_of_school_suspension', by: 'race_ethnicity' }, chartKind: 'groups', title: 'Suspension by race and ethnicity' };
  ok(await service.addEvidence({ evidence: { kind: 'metric_view', view }, criterionIds: ['1.2.3'] }));
  ok(await service.addEvidence({ evidence: { kind: 'focus_group', title: 'Student focus group', source: 'Grade 8 students', date: '2024-10-08' }, criterionIds: ['1.2.3'] }));
  ok(await service.addEvidence({ evidence: { kind: 'document', title: 'Discipline policy', reference: 'Policy 5144' }, criterionIds: ['1.2.3'] }));
}, 240_000);
afterAll(async () => {
  await service.dispose();
  temp.remove();
});

describe('honest status in the report', () => {
  it('prints a data profile, titled as such, while nothing is rated', () => {
    expect(profile.kind).toBe('data_profile');
    expect(profile.domains).toEqual([]);
    expect(profile.contents.map((c) => c.title)).toEqual(['Executive summary', `Data profile: ${template.domains[0]!.name}`, 'Appendix: Methods and data']);
    expect(profile.dataProfile.map((c) => c.name)).toEqual(template.domains[0]!.clusters.map((c) => c.name));
    expect(profile.dataProfile.flatMap((c) => c.charts).length).toBeGreaterThanOrEqual(4);
    expect(profile.summary.paragraphs.join(' ')).toContain('This report is therefore a data profile');
    expect(profile.summary.paragraphs.join(' ')).not.toMatch(/triangulated/i);
  });

  it('marks the unsupported rating and the provisional domain in the model, from the actual counts', async () => {
    const model = ok(await service.getReportModel({}));
    expect(model.kind).toBe('review');
    const criteria = model.domains[0]!.clusters.flatMap((c) => c.criteria);
    expect(criteria.find((c) => c.criterionId === '1.1.1')).toMatchObject({ level: 'developing', support: 'unsupported', evidence: { quantitative: 0, stakeholder_voice: 0, observation_document: 0 } });
    expect(criteria.find((c) => c.criterionId === '1.2.3')).toMatchObject({ level: 'initiating', support: 'triangulated' });
    expect(model.domains[0]!.rating).toMatchObject({ rated: 2, total: domainOneTotal, provisional: true });
    expect(model.domains[1]!.rating).toMatchObject({ rated: 0, provisional: false, level: null });
    expect(model.summary.counts).toMatchObject({ criteriaRated: 2, unsupported: 1, triangulated: 1, partlySupported: 0 });
    const summary = model.summary.paragraphs.join(' ');
    expect(summary).not.toContain('Every rating rests on evidence triangulated');
    expect(summary).not.toContain('Each rating rests on evidence triangulated');
    expect(summary).toContain('1 on no linked evidence yet and is marked “unsupported”');
    expect(summary).toContain(`Domain 1 Initiating (provisional, 2 of ${domainOneTotal} rated)`);
  });

  it('prints "unsupported" and "provisional (k of n rated)", and never claims triangulation for the review', async () => {
    const pdf = await printReportPdf(service, { paper: 'letter', internal: false });
    const file = path.join(temp.dir, 'honest.pdf');
    fs.writeFileSync(file, pdf);
    expect(pdfInfo(file).tagged).toBe(true);
    const pages = pdfPages(file);
    const text = flat(pages.join(' '));
    expect(text).toContain('Unsupported: no evidence linked');
    expect(text).toContain(`provisional (2 of ${domainOneTotal} rated)`);
    const summaryPage = flat(pages.find((p) => flat(p).startsWith('Executive summary'))!);
    expect(summaryPage).toContain('marked “unsupported”');
    expect(summaryPage).not.toMatch(/(Each|Every) rating rests on evidence triangulated/);
    savePageImages(file, REPORT_PAGES_DIR, 'honest-status', 70);
  }, 240_000);

  it('lets a cluster override flow up to its domain', async () => {
    const before = ok(await service.getReportModel({})).domains[0]!.rating;
    // The median of Developing and Initiating is Initiating; with 1.1's four criteria at Established, the
    // inputs are 3, 3, 3, 3 (cluster 1.1) and 1 (1.2.3): the median is Established.
    expect(before.level).toBe('initiating');
    ok(await service.overrideRollup({ scope: 'cluster', id: 'd1.achievement', level: 'established', reason: 'Interim assessment data show steady gains.' }));
    const model = ok(await service.getReportModel({}));
    expect(model.domains[0]!.clusters[0]).toMatchObject({ level: 'established', overrideReason: 'Interim assessment data show steady gains.' });
    expect(model.domains[0]!.rating.level).toBe('established');
    expect(model.domains[0]!.rating.provisional).toBe(true);
  });
});
