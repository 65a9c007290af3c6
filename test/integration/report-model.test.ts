// The report model and the exports, assembled by the real service from a reviewed sample district: every
// domain with its rating, findings, charts and recommendations; the action plan; the methods appendix with
// file hashes and row counts; no figure below the suppression minimum; XLSX, CSV and JSON exports.
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PublishedMetricRow, ReportModel } from '../../analysis/api';
import { BUILT_SAMPLE_DIR, SAMPLE_DATA_DIR } from '../../analysis/app-paths';
import { publishedRows } from '../../analysis/report/published-rows';
import { createService, type EquityLensService } from '../../analysis/service/create-service';
import { metricRequest } from '../../analysis/shared/explore-view';
import { parseView } from '../../analysis/shared/explore-view-address';
import { buildReviewedProject, CHART_EVIDENCE, ok, RATINGS } from '../support/reviewed-project';
import { makeTempDir } from '../support/temp-dir';

const temp = makeTempDir();
let service: EquityLensService;
let model: ReportModel;

const DOMAINS = [
  'Student Learning and Development Outcomes',
  'Leadership, Management, and Accountability',
  'Curriculum, Instruction, and Assessment',
  'Engagement of Families, the Community, and Other Stakeholders',
];

beforeAll(async () => {
  service = createService({ dataDir: path.join(temp.dir, 'data'), sampleDataDir: SAMPLE_DATA_DIR, builtSampleDir: BUILT_SAMPLE_DIR, appVersion: 'test', host: 'web' });
  ok(await service.createProject({ path: path.join(temp.dir, 'report.duckdb'), name: 'Report test', districtName: 'Riverside Unified School District', withSampleData: true }));
  await buildReviewedProject(service);
  model = ok(await service.getReportModel({}));
});
afterAll(async () => {
  await service.dispose();
  temp.remove();
});

/** Every count a chart table prints: shown numerators and denominators must reach the minimum (or be coded). */
function smallCounts(rows: readonly PublishedMetricRow[], minimumN: number): PublishedMetricRow[] {
  return rows.filter((r) => (r.numerator !== null && r.numerator > 0 && r.numerator < minimumN) || (r.denominator !== null && r.denominator < minimumN));
}

describe('report model', () => {
  it('has a cover, contents and an executive summary with every domain rating and the heat map', () => {
    expect(model.format).toBe(1);
    expect(model.internal).toBe(false);
    expect(model.cover).toMatchObject({ title: 'Systems Quality Review Through the Lens of Equity', districtName: 'Riverside Unified School District', reviewers: ['Dana Reyes', 'Marcus Bell'], preparedFor: 'Riverside Board of Education', reviewPeriod: 'September 16 to December 13, 2024' });
    expect(model.contents.map((c) => c.title)).toEqual(['Executive summary', ...DOMAINS.map((d, i) => `Domain ${i + 1}: ${d}`), 'Action plan', 'Appendix: Methods and data']);
    expect(model.summary.domainRatings.map((d) => [d.name, d.level])).toEqual([
      [DOMAINS[0], 'initiating'],
      [DOMAINS[1], 'developing'],
      [DOMAINS[2], 'initiating'],
      [DOMAINS[3], 'developing'],
    ]);
    const heat = model.summary.heatmap.flatMap((d) => d.criteria);
    expect(heat).toHaveLength(41);
    for (const r of RATINGS) expect(heat.find((c) => c.criterionId === r.criterionId)!.level).toBe(r.level);
    expect(heat.filter((c) => c.level === null)).toHaveLength(41 - RATINGS.length);
    expect(model.summary.counts).toMatchObject({ criteriaRated: RATINGS.length, criteriaTotal: 41, strengths: 3, areasForGrowth: 2, limitingFactors: 2, recommendations: 4, actionItems: 5, evidence: CHART_EVIDENCE.length + 3 });
    expect(model.summary.paragraphs.join(' ')).toContain('Domain ratings: Domain 1 Initiating (provisional, 4 of 13 rated); Domain 2 Developing (provisional, 3 of 10 rated); Domain 3 Initiating (provisional, 2 of 10 rated); Domain 4 Developing (provisional, 2 of 8 rated).');
  });

  it('gives each domain its rating, clusters, findings by type, linked charts, evidence and recommendations', () => {
    const [d1, d2, d3, d4] = model.domains;
    expect(model.domains.map((d) => d.anchor)).toEqual(['domain-1', 'domain-2', 'domain-3', 'domain-4']);
    expect(d1!.findings.map((f) => [f.type, f.title])).toEqual([
      ['strength', 'Chronic absence is falling'],
      ['area_for_growth', 'Reading proficiency gaps persist'],
      ['limiting_factor', 'Out-of-school suspension falls hardest on Black students'],
    ]);
    expect(d1!.findings[2]!.evidence).toEqual(['Out-of-school suspension by race/ethnicity', 'Student focus group on discipline']);
    expect(d1!.findings[2]!.criteria).toEqual([{ criterionId: '1.2.3', title: 'Exclusionary discipline across racial and ethnic groups' }]);
    expect(d1!.charts.map((c) => c.view)).toEqual(['groups', 'gaps', 'trend', 'composition']);
    expect([d2, d3, d4].map((d) => d!.charts.length)).toEqual([1, 1, 1]);
    expect(d1!.qualitativeEvidence.map((e) => e.title)).toEqual(['Student focus group on discipline']);
    expect(d1!.recommendations).toEqual([expect.objectContaining({ priority: 'high', findingTitles: ['Out-of-school suspension falls hardest on Black students'] })]);
    expect(d1!.clusters.flatMap((c) => c.criteria).find((c) => c.criterionId === '1.2.3')).toMatchObject({ level: 'initiating', evidence: { quantitative: 1, stakeholder_voice: 1, observation_document: 0 } });
    for (const domain of model.domains) for (const chart of domain.charts) expect(chart.error, chart.title).toBeNull();
  });

  it('redraws each chart from its Explore address with exactly the published figures Explore shows', async () => {
    const latest = Math.max(...ok(await service.getProjectInfo({}))!.schoolYears);
    for (const chart of model.domains.flatMap((d) => d.charts)) {
      const published = publishedRows(ok(await service.getMetricTable(metricRequest(parseView(chart.query), latest))));
      expect(chart.rows, chart.title).toEqual(published);
    }
  });

  it('holds no count below the suppression minimum: small groups are coded, their rates withheld', () => {
    const min = model.methods.suppression.minimumN;
    expect(min).toBe(10);
    const rows = model.domains.flatMap((d) => d.charts.flatMap((c) => c.rows));
    expect(rows.length).toBeGreaterThan(50);
    expect(smallCounts(rows, min)).toEqual([]);
    // The sample has small groups: they are there, coded, not dropped.
    const coded = rows.filter((r) => r.numerator_coded === `<${min}` || r.denominator_coded === `<${min}`);
    expect(coded.length).toBeGreaterThan(0);
    for (const r of coded) expect(r.value === null || r.value_coded !== null).toBe(true);
    expect(rows.every((r) => r.internal === false)).toBe(true);
    for (const source of model.methods.dataSources) expect(source.rowsRejectedText).toMatch(/^(0|<10|\d{2,3}(,\d{3})*)$/);
  });

  it('lists the action plan with owners, timelines and benchmarks, seeded items marked draft', () => {
    expect(model.actionPlan.map((a) => [a.domainNumber, a.criterion?.criterionId ?? null, a.status])).toEqual([
      [1, '1.1.1', 'draft'],
      [1, '1.2.3', 'draft'],
      [2, '2.4.2', 'draft'],
      [3, '3.3.3', 'draft'],
      [3, null, 'planned'],
    ]);
    const oss = model.actionPlan[1]!;
    expect(oss.benchmark).toMatchObject({ spec: { metricId: 'out_of_school_suspension', statistic: 'risk_ratio', group: 'black' }, baseline: { text: '2.12 in 2023-24' }, targetText: '1.50 by 2026-27' });
    const gifted = model.actionPlan[4]!;
    expect(gifted).toMatchObject({ title: 'Universal gifted screening in grade 2', owner: 'Director of Advanced Learning', timeline: '2024-25 to 2025-26' });
    expect(gifted.benchmark!.targetText).toBe('8.0% by 2025-26');
  });

  it('has a methods appendix: metric definitions, statistics, suppression settings, data sources with hashes and row counts, and data quality', async () => {
    const m = model.methods;
    expect(m.metrics.map((x) => x.id)).toEqual(expect.arrayContaining(['out_of_school_suspension', 'ela_proficiency', 'gifted_identification', 'family_climate_favorability']));
    for (const metric of m.metrics) expect(metric.definition.length).toBeGreaterThan(20);
    expect(m.statistics.map((s) => s.id)).toContain('risk_ratio');
    expect(m.suppression).toMatchObject({ minimumN: 10, riskRatio: { minimumCellSize: 10, minimumNSize: 30, threshold: 2, consecutiveYears: 3 } });
    expect(m.suppression.codingBands.length).toBeGreaterThan(0);
    const imports = ok(await service.listImports({}));
    expect(m.dataSources.map((s) => [s.fileName, s.sha256, s.rowsRead, s.rowsLoaded])).toEqual(imports.reverse().map((i) => [i.fileName, i.sha256, i.rowsRead, i.rowsLoaded]));
    expect(m.dataSources.map((s) => s.fileName)).toContain('enrollment.csv');
    expect(m.dataSources.every((s) => /^[0-9a-f]{64}$/.test(s.sha256))).toBe(true);
    expect(m.quality.summary).toMatch(/^10 files in effect: [\d,]+ rows read/);
    expect(m.rollupRule).toMatchObject({ rule: 'median', label: 'Median' });
  });

  it('marks a report from the internal view, with unsuppressed figures flagged internal', async () => {
    const internal = ok(await service.getReportModel({ internal: true }));
    expect(internal.internal).toBe(true);
    const rows = internal.domains.flatMap((d) => d.charts.flatMap((c) => c.rows));
    expect(rows.every((r) => r.internal)).toBe(true);
    expect(smallCounts(rows, 10).length).toBeGreaterThan(0);
    expect(internal.methods.dataSources.map((s) => s.sha256)).toEqual(model.methods.dataSources.map((s) => s.sha256));
  });

  it('is plain data: it survives a JSON round trip unchanged', () => {
    expect(JSON.parse(JSON.stringify(model))).toEqual(model);
  });
});

describe('exports', () => {
  it('writes every table to one XLSX workbook that reads back, formulas neutralised', async () => {
    ok(await service.saveFinding({ finding: { domainId: 'd4', type: 'area_for_growth', title: '=HYPERLINK("http://evil.example","Click")', text: '+SUM(A1:A9)', criterionIds: [], evidenceIds: [] } }));
    const file = ok(await service.exportFindings({ format: 'xlsx' }));
    expect(file.fileName).toBe('report-test-findings.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.bytes as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['Findings', 'Recommendations', 'Action plan', 'Criterion ratings']);
    const findings = workbook.getWorksheet('Findings')!;
    expect(findings.getRow(1).values).toEqual([undefined, 'Domain', 'Type', 'Title', 'Finding', 'Criteria', 'Evidence', 'Author', 'Updated']);
    const cells = findings.getSheetValues().flatMap((row) => (Array.isArray(row) ? row : []));
    expect(cells).toContain("'=HYPERLINK(\"http://evil.example\",\"Click\")");
    expect(cells).toContain("'+SUM(A1:A9)");
    // No cell is a formula.
    findings.eachRow((row) => row.eachCell((cell) => expect(cell.type).not.toBe(ExcelJS.ValueType.Formula)));
    const plan = workbook.getWorksheet('Action plan')!;
    expect(plan.rowCount).toBe(1 + 5);
    expect(workbook.getWorksheet('Criterion ratings')!.rowCount).toBe(1 + 41);
  });

  it('writes one table as CSV with the formula guard, and marks an internal export', async () => {
    const csv = new TextDecoder().decode(ok(await service.exportFindings({ format: 'csv', table: 'findings' })).bytes);
    expect(csv.split('\r\n')[0]).toBe('Domain,Type,Title,Finding,Criteria,Evidence,Author,Updated');
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"",""Click"")"`);
    expect(csv).toContain("'+SUM(A1:A9)");
    expect(csv).not.toMatch(/(^|,)=HYPERLINK/m);
    const plan = ok(await service.exportFindings({ format: 'csv', table: 'action_plan', internal: true }));
    expect(plan.fileName).toBe('report-test-action-plan.csv');
    expect(new TextDecoder().decode(plan.bytes).split('\r\n')[0]).toBe('INTERNAL: unsuppressed figures, not for distribution');
  });

  it('exports the whole review as JSON that round-trips to the review and findings the service holds', async () => {
    const file = ok(await service.exportReviewJson({}));
    expect(file.mimeType).toBe('application/json');
    const json = JSON.parse(new TextDecoder().decode(file.bytes));
    const review = ok(await service.getReview({}));
    const findings = ok(await service.getFindings({}));
    expect(json.format).toBe(1);
    expect(json.ratings).toEqual(review.ratings);
    expect(json.evidence).toEqual(review.evidence);
    expect(json.findings).toEqual(findings.findings);
    expect(json.recommendations).toEqual(findings.recommendations);
    expect(json.actionPlan).toEqual(findings.actionItems.map(({ baseline: _baseline, ...item }) => item));
    expect(json.rubric).toEqual(review.template);
  });
});
