// The review's data suggestions and the report's largest gaps read the signals engine: on the sample
// district, a suggestion's reason names the published signals behind it, and the executive summary's
// gaps are the top published district-wide signals (at most 5, at most 2 per metric), checked against
// the service's own signal rows and a risk ratio counted here in SQL.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PublishedSignalRow, ReportModel, Result, ReviewState } from '../../analysis/api';
import { BUILT_SAMPLE_DIR, SAMPLE_DATA_DIR } from '../../analysis/app-paths';
import { publishedSignalRows } from '../../analysis/report/published-rows';
import { createService } from '../../analysis/service/create-service';
import { DuckDBInstance } from '@duckdb/node-api';
import { makeTempDir } from '../support/temp-dir';

const temp = makeTempDir();
const service = createService({ dataDir: path.join(temp.dir, 'data'), sampleDataDir: SAMPLE_DATA_DIR, builtSampleDir: BUILT_SAMPLE_DIR, appVersion: 'test', host: 'cli' });
const file = path.join(temp.dir, 'sample.duckdb');

const value = <T>(result: Result<T>): T => {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
};

let rows: PublishedSignalRow[];
let review: ReviewState;
let report: ReportModel;
let reviewSeconds: number;
let independentRatio: number;

beforeAll(async () => {
  value(await service.createProject({ path: file, name: 'Sample', districtName: 'Riverside', withSampleData: true }));
  const started = performance.now();
  review = value(await service.getReview({}));
  reviewSeconds = (performance.now() - started) / 1000;
  rows = publishedSignalRows(value(await service.getSignals({})).rows);
  report = value(await service.getReportModel({}));
  await service.closeProject({});
  // Black students' out-of-school suspension risk against all other enrolled students, 2023-24, counted here.
  const instance = await DuckDBInstance.create(file, { access_mode: 'READ_ONLY' });
  const connection = await instance.connect();
  const reader = await connection.runAndReadAll(`
    WITH s AS (SELECT DISTINCT e.student_id, e.race_ethnicity = 'black' AS black,
                 EXISTS (SELECT 1 FROM discipline d WHERE d.student_id = e.student_id AND d.school_year = 2024 AND d.action_type = 'out_of_school_suspension') AS oss
               FROM enrollment e WHERE e.school_year = 2024)
    SELECT avg(oss::DOUBLE) FILTER (WHERE black) / avg(oss::DOUBLE) FILTER (WHERE NOT black OR black IS NULL) FROM s`);
  independentRatio = Number(reader.getRowsJS()[0]![0]);
  connection.closeSync();
  instance.closeSync();
}, 900_000);
afterAll(async () => {
  await service.dispose();
  temp.remove();
});

const reason = (criterionId: string) => review.suggestions.find((s) => s.criterionId === criterionId)!.reason;
const district = (metric: string, groupType: string, group: string) => rows.find((r) => r.metric_id === metric && r.group_type === groupType && r.group_value === group && r.level === 'district' && r.kind === 'gap')!;

describe('suggestions name their signals', () => {
  it('the suspension criterion names the Black students’ signal with its published ratio and q', () => {
    const signal = district('out_of_school_suspension', 'race_ethnicity', 'black');
    expect(signal.signal).toBe(true);
    expect(signal.risk_ratio!).toBeCloseTo(independentRatio, 6);
    const qText = signal.q! < 0.001 ? 'q < 0.001' : `q = ${signal.q!.toFixed(2)}`;
    expect(reason('1.2.3')).toContain(`Black or African American students, out-of-school suspension ${independentRatio.toFixed(1)} times the rate of all other students in 2023-24 (${qText})`);
  });

  it('counts exactly the adverse district-wide signals of the rule’s groups, and says so when there is none', () => {
    for (const suggestion of review.suggestions) {
      const criterion = review.template.domains.flatMap((d) => d.clusters.flatMap((c) => c.criteria)).find((c) => c.id === suggestion.criterionId)!;
      const rule = criterion.metricRules![0]!;
      const metricId = suggestion.figures[0]?.metricId;
      if (!metricId || criterion.metricRules!.length > 1) continue;
      const groupOf = (code: string) => (rule.groupType === 'race_ethnicity' ? { t: 'race_ethnicity', g: code } : { t: code, g: 'true' });
      const behind = rows.filter((r) => r.metric_id === metricId && r.level === 'district' && r.signal && r.adverse && rule.groups.some((code) => groupOf(code).t === r.group_type && groupOf(code).g === r.group_value));
      if (behind.length === 0) expect(suggestion.reason, suggestion.criterionId).toMatch(/No signal behind it|too thin/);
      else expect(suggestion.reason, suggestion.criterionId).toContain(`${behind.length} signal${behind.length === 1 ? '' : 's'}: `);
    }
  });

  it('reads the review in reasonable time on the sample (signals found once, shared)', () => {
    expect(reviewSeconds).toBeLessThan(120);
  });
});

describe('the report’s largest gaps are the top signals', () => {
  it('lists the first published district-wide adverse signals of the latest year, at most 5 and 2 per metric', () => {
    const latest = Math.max(...rows.map((r) => r.school_year));
    const expected: PublishedSignalRow[] = [];
    for (const r of rows.filter((r) => r.signal && r.adverse && r.kind === 'gap' && r.level === 'district' && !r.suppressed && r.school_year === latest)) {
      if (expected.length < 5 && expected.filter((e) => e.metric_id === r.metric_id).length < 2) expected.push(r);
    }
    expect(expected.length).toBeGreaterThan(0);
    expect(report.summary.gaps.map((g) => [g.metricId, g.groupType, g.groupLabel, g.sentence])).toEqual(expected.map((r) => [r.metric_id, r.group_type, r.group_label, r.sentence]));
    for (const gap of report.summary.gaps) expect(gap.sentence).toMatch(/unlikely to be noise \(q [<=] /);
  });

  it('explains the tests, the family, Benjamini-Hochberg and the settings in the methods appendix', () => {
    const methods = report.methods.signals;
    expect(methods.description).toMatch(/two-proportion z test.*Fisher's exact test.*Welch's t test.*Benjamini-Hochberg/);
    expect(methods.settings).toEqual({ falseDiscoveryRate: 0.05, floorPoints: 3, floorRatio: 1.5, floorEffectSize: 0.2 });
    expect(methods.tests).toBeGreaterThan(1000);
    expect(report.summary.paragraphs.join(' ')).toContain('The largest gaps below are the top signals');
  });
});
