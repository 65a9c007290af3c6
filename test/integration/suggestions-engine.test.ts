// Data-suggested ratings and the metrics engine agree: on a district where some students are enrolled at
// two schools in a year, under non-default settings, every figure a suggestion reads is the engine's
// published figure for the same metric, group and year, read here through the service's own metric table.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MetricGroupType, PublishedMetricRow, Result, ReviewState } from '../../analysis/api';
import { BUILT_SAMPLE_DIR, SAMPLE_DATA_DIR } from '../../analysis/app-paths';
import { publishedRows } from '../../analysis/report/published-rows';
import { createService } from '../../analysis/service/create-service';
import { SAMPLE_SOURCE } from '../support/sample-source';
import { createProject } from '../../analysis/service/sample-project';
import { makeTempDir } from '../support/temp-dir';

const temp = makeTempDir();
const service = createService({ dataDir: path.join(temp.dir, 'data'), sampleDataDir: SAMPLE_DATA_DIR, builtSampleDir: BUILT_SAMPLE_DIR, appVersion: 'test', host: 'cli' });
const file = path.join(temp.dir, 'two-schools.duckdb');

const value = <T>(result: Result<T>): T => {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
};

let review: ReviewState;
let dualRecords = 0;
const independentChronic = new Map<number, { fifteen: number; tenPercent: number }>();

beforeAll(async () => {
  const database = await createProject(file, { name: 'Two schools', districtName: 'Riverside', appVersion: 'test' }, SAMPLE_SOURCE);
  // One student in twelve each year also has a record at a second school of the same level that year
  // (a mid-year move), with the same groups: the case where counting students and counting records differ.
  await database.connection.run(`
    INSERT INTO enrollment
    SELECT e.* REPLACE ((SELECT min(s2.school_id) FROM schools s2 JOIN schools s1 ON s1.school_id = e.school_id
                         WHERE s2.level = s1.level AND s2.school_id <> e.school_id) AS school_id)
    FROM enrollment e
    WHERE hash(e.student_id) % 12 = 0
      AND EXISTS (SELECT 1 FROM schools s2 JOIN schools s1 ON s1.school_id = e.school_id WHERE s2.level = s1.level AND s2.school_id <> e.school_id)`);
  const dual = await database.connection.runAndReadAll('SELECT count(*)::INTEGER FROM (SELECT student_id, school_year FROM enrollment GROUP BY ALL HAVING count(DISTINCT school_id) > 1)');
  dualRecords = Number(dual.getRowsJS()[0]![0]);
  // Chronic absence gaps of low-income students, written independently of the engine: every enrollment
  // record counts, with the student's absences added across the schools attended that year; students
  // enrolled fewer than 10 days are left out; a student with no low-income flag counts among the others.
  const chronic = await database.connection.runAndReadAll(`
    WITH a AS (SELECT student_id, school_year, sum(days_enrolled) AS d, sum(days_absent) AS ab FROM attendance GROUP BY ALL),
    r AS (SELECT e.school_year, coalesce(e.econ_disadv, false) AS low_income,
                 avg((a.ab >= 15)::DOUBLE) AS fifteen, avg((a.ab >= 0.1 * a.d)::DOUBLE) AS ten
          FROM enrollment e JOIN a USING (student_id, school_year) WHERE a.d >= 10 GROUP BY ALL)
    SELECT y.school_year, 100 * (y.fifteen - n.fifteen), 100 * (y.ten - n.ten)
    FROM r y JOIN r n ON y.school_year = n.school_year AND y.low_income AND NOT n.low_income`);
  for (const [year, fifteen, tenPercent] of chronic.getRowsJS()) independentChronic.set(Number(year), { fifteen: Number(fifteen), tenPercent: Number(tenPercent) });
  database.close();

  value(await service.openProject({ path: file }));
  value(await service.updateMetricSettings({ minimumN: 15, riskRatio: { minimumCellSize: 5, minimumNSize: 20 }, chronicAbsence: { definition: 'fifteen_days' } }));
  review = value(await service.getReview({}));
}, 240_000);

afterAll(async () => {
  await service.dispose();
  temp.remove();
});

const tables = new Map<string, PublishedMetricRow[]>();
async function published(metricId: string, groupType: string): Promise<PublishedMetricRow[]> {
  const key = `${metricId}|${groupType}`;
  if (!tables.has(key)) {
    const bytes = value(await service.getMetricTable({ metricId, groupBy: [groupType as MetricGroupType], reference: { kind: 'all_others' } }));
    tables.set(key, publishedRows(bytes));
  }
  return tables.get(key)!;
}

describe('suggestions read the engine’s published figures', () => {
  it('runs on a fixture with students at two schools and non-default settings', async () => {
    expect(dualRecords).toBeGreaterThan(500);
    const settings = value(await service.getMetricSettings({}));
    expect(settings).toMatchObject({ minimumN: 15, riskRatio: { minimumCellSize: 5, minimumNSize: 20 }, chronicAbsence: { definition: 'fifteen_days' } });
  });

  it('every suggestion figure equals the published figure for its metric, group and year', async () => {
    const catalog = value(await service.listMetrics({}));
    const figures = review.suggestions.flatMap((s) => s.figures);
    expect(figures.length).toBeGreaterThan(100);
    expect(new Set(figures.map((f) => f.metric))).toEqual(new Set(['oss_risk_ratio', 'ela_proficiency_gap', 'math_proficiency_gap', 'chronic_absence_gap', 'advanced_course_composition', 'graduation_gap']));
    let compared = 0;
    for (const figure of figures) {
      // A program group is the "true" value of its own yes/no group type in the engine.
      const groupType = figure.groupType === 'race_ethnicity' ? 'race_ethnicity' : figure.group;
      const group = figure.groupType === 'race_ethnicity' ? figure.group : 'true';
      const row = (await published(figure.metricId, groupType)).find((r) => r.facet_value === null && !r.is_total && r.group_value === group && r.school_year === figure.year);
      const where = `${figure.metric} ${figure.group} ${figure.year}`;
      expect(row, where).toBeDefined();
      const direction = catalog.metrics.find((m) => m.id === figure.metricId)!.direction;
      // Written out here rather than taken from the shared module: a gap is reported as the points by
      // which the group is worse off, so it flips sign when higher is better.
      const expected =
        figure.metric === 'oss_risk_ratio'
          ? row!.risk_ratio
          : figure.metric === 'advanced_course_composition'
            ? row!.composition_index
            : row!.gap === null
              ? null
              : (direction === 'higher_is_better' ? -100 : 100) * row!.gap;
      if (expected === null) expect(figure.value, where).toBeNull();
      else expect(figure.value, where).toBeCloseTo(expected, 10);
      if (figure.withheld) expect(row!.suppressed || [row!.gap_note, row!.risk_ratio_note, row!.value_note].includes('suppressed'), where).toBe(true);
      compared++;
    }
    expect(compared).toBe(figures.length);
    // Small groups under a minimum of 15 are withheld, and the suggestions say so rather than judge them.
    expect(figures.some((f) => f.withheld)).toBe(true);
  });

  it('the figure quoted in each reason is one of its published figures', () => {
    let quoted = 0;
    for (const suggestion of review.suggestions.filter((s) => s.level !== null)) {
      // "… 2.12 in 2023-24" or, for a gap, "… 19.0 points below all other students in 2023-24".
      // The rule's own sentence, before the signals named after it (their figures are the signals engine's).
      const rulePart = suggestion.reason.split(/ (?:\d+ signals?: |No signal behind it|The data are too thin)/)[0]!;
      const match = /(\d+\.\d+)(?: points? (above|below) all other students)? in (\d{4})-\d{2}/.exec(rulePart);
      if (!match) continue;
      const year = Number(match[3]) + 1;
      const digits = match[1]!.split('.')[1]!.length;
      const figures = suggestion.figures.filter((f) => f.year === year && f.value !== null);
      const gapSigned = (f: (typeof figures)[number]) => (f.metric === 'chronic_absence_gap' ? f.value! : -f.value!);
      const shown = figures.map((f) =>
        match[2] === undefined ? f.value!.toFixed(digits) : `${Math.abs(gapSigned(f)).toFixed(digits)} ${gapSigned(f) > 0 ? 'above' : 'below'}`,
      );
      expect(shown, suggestion.reason).toContain(match[2] === undefined ? match[1] : `${match[1]} ${match[2]}`);
      quoted++;
    }
    expect(quoted).toBeGreaterThan(3);
  });

  it('follows the settings: the chronic absence gap is the 15-day figure, checked by independent SQL', () => {
    const chronic = review.suggestions.flatMap((s) => s.figures).filter((f) => f.metric === 'chronic_absence_gap' && f.group === 'econ_disadv');
    expect(chronic.length).toBe(3);
    for (const figure of chronic) {
      expect(figure.value, String(figure.year)).toBeCloseTo(independentChronic.get(figure.year)!.fifteen, 9);
      // The 10% definition gives a different figure, so the setting is what decided it.
      expect(Math.abs(figure.value! - independentChronic.get(figure.year)!.tenPercent)).toBeGreaterThan(0.5);
    }
  });
});

describe('evidence links that always draw', () => {
  it('an old link that stored a suggestion id is migrated, and the report draws it from the registry metric', async () => {
    value(await service.setReviewer({ name: 'Dana Reyes' }));
    // As the Review's dialog stored links before they named registry metrics.
    const old = { metricId: 'ela_proficiency_gap', groupType: 'race_ethnicity', chartKind: 'gap_by_year', title: 'ELA proficiency gap by race/ethnicity, by year' };
    const added = value(await service.addEvidence({ evidence: { kind: 'metric_view', view: old }, criterionIds: ['1.1.1'] }));
    expect(added.evidence.view).toMatchObject({ metricId: 'ela_proficiency', groupType: 'race_ethnicity', chartKind: 'trend' });
    // A review with a rating prints domain sections (with nothing rated the report is a data profile).
    value(await service.rateCriterion({ criterionId: '1.1.1', level: 'initiating', rationale: 'Gaps in reading proficiency persist across three years.' }));
    const model = value(await service.getReportModel({}));
    const chart = model.domains.flatMap((d) => d.charts).find((c) => c.evidenceId === added.evidence.evidenceId)!;
    expect(chart.error).toBeNull();
    expect(chart.metric.id).toBe('ela_proficiency');
    expect(chart.rows.filter((r) => r.group_value === 'black').length).toBe(3);
  });
});
