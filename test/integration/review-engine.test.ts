// Review persistence on a real DuckDB file (one transaction per change, nothing half-saved), and the
// suggestion figures (read from the metrics engine) checked against the sample README and independent SQL.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ProjectDatabase } from '../../analysis/engine/project-database';
import { applyChange } from '../../analysis/review/audit-log';
import { createEngineMetricSource } from '../../analysis/review/engine-metric-source';
import type { MetricSeriesRequest } from '../../analysis/review/metric-series';
import { DEFAULT_METRIC_OPTIONS } from '../../analysis/metrics/metric-settings';
import { rateCriterion, setReviewer } from '../../analysis/review/review-changes';
import type { ReviewContext } from '../../analysis/review/review-state';
import { ensureReview } from '../../analysis/review/template-store';
import { SAMPLE_SOURCE } from '../support/sample-source';
import { createProject } from '../../analysis/service/sample-project';
import { makeTempDir } from '../support/temp-dir';

const temp = makeTempDir();
afterAll(() => temp.remove());
const count = async (database: ProjectDatabase, table: string) =>
  Number((await database.connection.runAndReadAll(`SELECT count(*)::INTEGER FROM ${table}`)).getRowsJS()[0]![0]);

describe('review persistence', () => {
  const file = path.join(temp.dir, 'persist.duckdb');

  it('saves nothing of a change that fails part way: neither the record nor its audit entry', async () => {
    const database = await ProjectDatabase.create(file, { name: 'P', districtName: 'D', appVersion: 'test' });
    await ensureReview(database);
    await expect(
      applyChange(database, {
        actor: 'Dana',
        action: 'rate',
        targetKind: 'rating',
        targetId: '1.2.3',
        summary: 'Rated 1.2.3 Developing',
        apply: async (connection, at) => {
          await connection.run("INSERT INTO app.ratings VALUES ('1.2.3', 'developing', 'x', NULL, 'Dana', $1::TIMESTAMP)", [at]);
          throw new Error('disk full, say');
        },
      }),
    ).rejects.toThrow('disk full');
    expect(await count(database, 'app.ratings')).toBe(0);
    expect(await count(database, 'app.audit_log')).toBe(0);
    database.close();
  });

  it('writes each change to the file as it happens, with the template and version the review uses', async () => {
    let database = await ProjectDatabase.open(file);
    const context: ReviewContext = { database, suppression: { minimumN: 10 }, rememberedReviewer: null };
    await setReviewer(context, 'Dana Reyes');
    // No data are loaded, so no suggestion exists and no rationale is needed.
    await rateCriterion(context, '3.2.1', 'established', '');
    await rateCriterion(context, '3.2.1', 'developing', 'Walkthroughs at two schools only.');
    database.close();

    database = await ProjectDatabase.open(file);
    const rows = (await database.connection.runAndReadAll('SELECT criterion_id, level, rationale, reviewer FROM app.ratings')).getRowsJS();
    expect(rows).toEqual([['3.2.1', 'developing', 'Walkthroughs at two schools only.', 'Dana Reyes']]);
    const log = (await database.connection.runAndReadAll('SELECT actor, action, target_id, before_state->>\'$.level\', after_state->>\'$.level\' FROM app.audit_log ORDER BY audit_id')).getRowsJS();
    expect(log).toEqual([
      ['Dana Reyes', 'set_reviewer', 'reviewer', null, null],
      ['Dana Reyes', 'rate', '3.2.1:Dana Reyes', null, 'established'],
      ['Dana Reyes', 'rate', '3.2.1:Dana Reyes', 'established', 'developing'],
    ]);
    const review = (await database.connection.runAndReadAll('SELECT template_id, template_version, rollup_rule FROM app.review')).getRowsJS();
    expect(review).toEqual([['district-equity-sqr', 1, 'median']]);
    const stored = (await database.connection.runAndReadAll("SELECT body->>'$.name', builtin FROM app.rubric_templates")).getRowsJS();
    expect(stored).toEqual([['District Systems Quality Review: Equity Lens', true]]);
    database.close();
  });
});

describe('suggestion figures on the sample district come from the metrics engine', () => {
  let database: ProjectDatabase;
  beforeAll(async () => {
    database = await createProject(path.join(temp.dir, 'sample.duckdb'), { name: 'S', districtName: 'D', appVersion: 'test' }, SAMPLE_SOURCE);
  });
  afterAll(() => database.close());

  const series = async (metric: MetricSeriesRequest) => {
    const [one] = await createEngineMetricSource(database.connection, { minimumN: 10, ...DEFAULT_METRIC_OPTIONS }).series(metric);
    return one!.points.map((p) => (p.value === null ? null : Number(p.value.toFixed(2))));
  };

  it('match the figures the sample README documents', async () => {
    expect(await series({ metric: 'oss_risk_ratio', groupType: 'race_ethnicity', groups: ['black'] })).toEqual([2.61, 2.34, 2.12]);
    expect(await series({ metric: 'oss_risk_ratio', groupType: 'program', groups: ['swd'] })).toEqual([2.42, 2.08, 2.03]);
    // Chronic absence 2021-22: low-income 31.7% vs 9.3% -> about 22.4 points.
    expect((await series({ metric: 'chronic_absence_gap', groupType: 'program', groups: ['econ_disadv'] }))[0]).toBeCloseTo(22.4, 0);
    // ELA 2021-22: low-income 31.7% vs 58.2% -> about 26.5 points.
    expect((await series({ metric: 'ela_proficiency_gap', groupType: 'program', groups: ['econ_disadv'] }))[0]).toBeCloseTo(26.5, 0);
    // AP/IB composition index for Black students about 0.41 in 2023-24 (README counts course seats; we count students).
    expect((await series({ metric: 'advanced_course_composition', groupType: 'race_ethnicity', groups: ['black'] }))[2]).toBeCloseTo(0.41, 1);
  });

  it('match independently written SQL for the OSS risk ratio and the graduation gap', async () => {
    // The engine's unit is the enrollment record; a student with no recorded race counts among all others.
    const independent = await database.connection.runAndReadAll(`
      WITH oss AS (SELECT DISTINCT student_id, school_year FROM discipline WHERE action_type = 'out_of_school_suspension'),
      r AS (
        SELECT e.school_year, coalesce(e.race_ethnicity = 'black', false) AS black, avg(CASE WHEN o.student_id IS NULL THEN 0.0 ELSE 1.0 END) AS risk
        FROM enrollment e LEFT JOIN oss o ON o.student_id = e.student_id AND o.school_year = e.school_year
        GROUP BY 1, 2)
      SELECT a.school_year, a.risk / b.risk FROM r a JOIN r b ON a.school_year = b.school_year AND a.black AND NOT b.black
      ORDER BY 1`);
    const [ours] = await createEngineMetricSource(database.connection, { minimumN: 10, ...DEFAULT_METRIC_OPTIONS }).series({ metric: 'oss_risk_ratio', groupType: 'race_ethnicity', groups: ['black'] });
    const theirs = independent.getRowsJS().map(([year, ratio]) => [Number(year), Number(ratio)]);
    expect(ours!.points.length).toBe(3);
    ours!.points.forEach(({ year, value }, i) => {
      expect(year).toBe(theirs[i]![0]);
      expect(value).toBeCloseTo(theirs[i]![1]!, 9);
    });

    // Graduation: groups from the latest enrollment record up to the cohort year; the gap is how far below all others.
    const grad = await database.connection.runAndReadAll(`
      WITH latest AS (
        SELECT g.student_id, g.cohort_year, arg_max(e.swd, e.school_year) AS swd
        FROM graduation g LEFT JOIN enrollment e ON e.student_id = g.student_id AND e.school_year <= g.cohort_year GROUP BY 1, 2),
      g AS (SELECT gr.cohort_year, coalesce(l.swd, false) AS swd, avg((gr.outcome = 'graduated')::DOUBLE) AS rate
            FROM graduation gr LEFT JOIN latest l USING (student_id, cohort_year) GROUP BY 1, 2)
      SELECT a.cohort_year, 100 * (b.rate - a.rate) FROM g a JOIN g b USING (cohort_year) WHERE a.swd AND NOT b.swd ORDER BY 1`);
    const gradOurs = await series({ metric: 'graduation_gap', groupType: 'program', groups: ['swd'] });
    const independentGaps = grad.getRowsJS().map(([, gap]) => Number(Number(gap).toFixed(2)));
    expect(gradOurs.length).toBe(independentGaps.length);
    // A year the engine withholds (a small cell, or one that would give a small cell of another table
    // away) is missing rather than different; every figure it does publish is the independent one.
    gradOurs.forEach((gap, i) => gap !== null && expect(gap).toBe(independentGaps[i]));
    expect(gradOurs.filter((gap) => gap !== null).length).toBeGreaterThanOrEqual(2);
  });
});
