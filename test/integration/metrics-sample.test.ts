// The metrics engine on the sample district: the designed disparities (sample-data/README.md) come
// out, every figure agrees with the test's own SQL, and what is published protects small groups.
import path from 'node:path';
import { LIST, listValue, VARCHAR } from '@duckdb/node-api';
import { tableFromIPC } from 'apache-arrow';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MetricTableRequest } from '../../analysis/api';
import type { ProjectDatabase } from '../../analysis/engine/project-database';
import { DEFAULT_METRIC_OPTIONS, type MetricSettings } from '../../analysis/metrics/metric-settings';
import { metricTable } from '../../analysis/metrics/run-metric';
import { SAMPLE_SOURCE } from '../support/sample-source';
import { createProject } from '../../analysis/service/sample-project';
import { makeTempDir } from '../support/temp-dir';

const temp = makeTempDir();
let database: ProjectDatabase;
const settings: MetricSettings = { ...DEFAULT_METRIC_OPTIONS, minimumN: 10 };

beforeAll(async () => {
  database = await createProject(path.join(temp.dir, 'sample.duckdb'), { name: 'Sample', districtName: 'Riverside', appVersion: '0.0.0' }, SAMPLE_SOURCE);
});
afterAll(() => {
  database.close();
  temp.remove();
});

type Row = Record<string, unknown>;
async function rows(request: MetricTableRequest, options: MetricSettings = settings): Promise<Row[]> {
  return tableFromIPC(await metricTable(database.connection, request, options)).toArray().map((r) => r.toJSON() as Row);
}
const cell = (table: Row[], year: number, group: string, facet: string | null = null) =>
  table.find((r) => r.school_year === year && r.group_value === group && (facet === null || r.facet_value === facet) && !r.is_total)!;

/** Independent: risk of at least one out-of-school suspension among enrolled students, by a column. */
async function ossCounts(column: 'race_ethnicity' | 'swd', schools?: string[]): Promise<Map<string, { x: number; n: number }>> {
  const reader = await database.connection.runAndReadAll(
    `WITH suspended AS (SELECT DISTINCT student_id, school_year FROM discipline WHERE action_type = 'out_of_school_suspension')
     SELECT e.school_year, CAST(e.${column} AS VARCHAR), count(*)::INTEGER, count(s.student_id)::INTEGER
     FROM enrollment e LEFT JOIN suspended s ON s.student_id = e.student_id AND s.school_year = e.school_year
     ${schools ? `WHERE list_contains($schools, e.school_id)` : ''}
     GROUP BY ALL`,
    schools ? { schools: listValue(schools) } : undefined,
    schools ? { schools: LIST(VARCHAR) } : undefined,
  );
  return new Map((reader.getRowsJS() as [number, string, number, number][]).map(([year, group, n, x]) => [`${year}:${group}`, { x, n }]));
}

function independentRiskRatio(counts: Map<string, { x: number; n: number }>, year: number, group: string): number {
  let X = 0;
  let N = 0;
  for (const [key, c] of counts) if (key.startsWith(`${year}:`)) [X, N] = [X + c.x, N + c.n];
  const own = counts.get(`${year}:${group}`)!;
  return own.x / own.n / ((X - own.x) / (N - own.n));
}

describe('out-of-school suspension on the sample district', () => {
  it('shows the documented disparity by race/ethnicity: Black students 2.61, 2.34, 2.12 times as likely', async () => {
    const table = await rows({ metricId: 'out_of_school_suspension', groupBy: ['race_ethnicity'] });
    const counts = await ossCounts('race_ethnicity');
    const expected: Record<number, number> = { 2022: 2.61, 2023: 2.34, 2024: 2.12 };
    for (const year of [2022, 2023, 2024]) {
      const black = cell(table, year, 'black');
      expect(black.risk_ratio as number).toBeCloseTo(expected[year]!, 2);
      expect(black.risk_ratio as number).toBeCloseTo(independentRiskRatio(counts, year, 'black'), 10);
      expect(black.numerator).toBe(counts.get(`${year}:black`)!.x);
      expect(black.denominator).toBe(counts.get(`${year}:black`)!.n);
      // "Hispanic students are not over-suspended: their OSS risk ratio is about 0.8."
      expect(cell(table, year, 'hispanic_latino').risk_ratio as number).toBeGreaterThan(0.7);
      expect(cell(table, year, 'hispanic_latino').risk_ratio as number).toBeLessThan(0.9);
    }
    // Three years over the default threshold of 2: Black students are flagged in 2023-24.
    expect(cell(table, 2024, 'black')).toMatchObject({ years_over_threshold: 3, flagged: true, risk_ratio_method: 'risk_ratio' });
  });

  it('shows the documented disparity for students with disabilities: 2.42, 2.08, 2.03', async () => {
    const table = await rows({ metricId: 'out_of_school_suspension', groupBy: ['swd'] });
    const counts = await ossCounts('swd');
    [2.42, 2.08, 2.03].forEach((ratio, i) => {
      expect(cell(table, 2022 + i, 'true').risk_ratio as number).toBeCloseTo(ratio, 2);
      expect(cell(table, 2022 + i, 'true').risk_ratio as number).toBeCloseTo(independentRiskRatio(counts, 2022 + i, 'true'), 10);
    });
  });

  it('shows the gap narrowing at restorative-practice full-implementation schools: 3.08 -> 2.51 -> 1.90', async () => {
    const schools = ['0105', '0204', '0303'];
    const table = await rows({ metricId: 'out_of_school_suspension', groupBy: ['race_ethnicity'], filters: { schoolIds: schools } });
    const counts = await ossCounts('race_ethnicity', schools);
    [3.08, 2.51, 1.9].forEach((ratio, i) => {
      expect(cell(table, 2022 + i, 'black').risk_ratio as number).toBeCloseTo(ratio, 2);
      expect(cell(table, 2022 + i, 'black').risk_ratio as number).toBeCloseTo(independentRiskRatio(counts, 2022 + i, 'black'), 10);
    });
    expect(cell(table, 2024, 'black').change as number).toBeLessThan(0);
  });

  it('withholds small groups: Pacific Islander students are "<10" at every school', async () => {
    const table = await rows({ metricId: 'out_of_school_suspension', groupBy: ['race_ethnicity', 'school'], filters: { years: [2024] } });
    const islanders = table.filter((r) => r.group_value === 'native_hawaiian_pacific_islander');
    expect(islanders.length).toBeGreaterThan(15);
    for (const r of islanders) {
      expect(r.denominator).toBeNull();
      expect(r.value).toBeNull();
      expect(r.risk_ratio).toBeNull();
      expect(['small_n', 'complementary_n']).toContain(r.suppression_reason);
    }
    expect(islanders.filter((r) => r.denominator_coded === '<10').length).toBeGreaterThan(0);
  });

  it('never publishes a count, or a count\'s complement, below the minimum, and every rate lies in its interval', async () => {
    for (const request of [
      { metricId: 'out_of_school_suspension', groupBy: ['race_ethnicity', 'school'] },
      { metricId: 'chronic_absenteeism', groupBy: ['grade', 'school_level'] },
      { metricId: 'ela_proficiency', groupBy: ['race_ethnicity', 'econ_disadv'] },
      { metricId: 'staff_representation', groupBy: ['race_ethnicity', 'school'] },
    ] as MetricTableRequest[]) {
      for (const r of await rows(request)) {
        if (r.denominator !== null && !(r.metric_id === 'staff_representation')) expect(r.denominator as number).toBeGreaterThanOrEqual(10);
        if (r.numerator !== null) {
          expect(r.numerator as number).toBeGreaterThanOrEqual(10);
          // A representation total is all teachers of all teachers: its complement is empty by definition.
          if (!(r.metric_id === 'staff_representation' && r.is_total)) expect((r.denominator as number) - (r.numerator as number)).toBeGreaterThanOrEqual(10);
        }
        if (r.value !== null) {
          expect(r.value as number).toBeGreaterThanOrEqual(r.value_lower as number);
          expect(r.value as number).toBeLessThanOrEqual(r.value_upper as number);
        }
        // A withheld value never leaves a statistic derived from it behind.
        if (r.value === null) for (const stat of ['risk_ratio', 'gap', 'composition_index', 'change', 'value_lower', 'alternate_risk_ratio']) expect(r[stat], stat).toBeNull();
        expect(r.internal).toBe(false);
      }
    }
  });

  it('shows unsuppressed figures only in the internal view, and marks every row of it', async () => {
    const table = await rows({ metricId: 'out_of_school_suspension', groupBy: ['race_ethnicity'], internal: true });
    expect(table.every((r) => r.internal === true && r.suppressed === false)).toBe(true);
    expect(cell(table, 2022, 'native_hawaiian_pacific_islander').numerator).toBe(1);
  });
});

describe('other documented disparities', () => {
  it('chronic absence 2021-22: all 22.0%, low-income 31.7% vs 9.3%', async () => {
    const table = await rows({ metricId: 'chronic_absenteeism', groupBy: ['econ_disadv'], filters: { years: [2022] } });
    expect(table.find((r) => r.is_total)!.value as number).toBeCloseTo(0.22, 3);
    expect(cell(table, 2022, 'true').value as number).toBeCloseTo(0.317, 3);
    expect(cell(table, 2022, 'false').value as number).toBeCloseTo(0.093, 3);
    // The settings change the definition: 15 days or more is a different (here lower) share.
    const fifteen = await rows({ metricId: 'chronic_absenteeism', groupBy: [], filters: { years: [2022] } }, { ...settings, chronicAbsence: { definition: 'fifteen_days', minimumDaysEnrolled: 10 } });
    expect(fifteen[0]!.value as number).not.toBeCloseTo(0.22, 2);
  });

  it('the chronic-absence gap narrows at community schools: 22.2 -> 14.5 -> 6.2 points (others 19.0 -> 16.3 -> 12.4)', async () => {
    const within = await rows({ metricId: 'chronic_absenteeism', groupBy: ['econ_disadv', 'community_school'] });
    [22.2, 14.5, 6.2].forEach((points, i) => expect(100 * (cell(within, 2022 + i, 'true', 'true').gap as number)).toBeCloseTo(points, 1));
    [19.0, 16.3, 12.4].forEach((points, i) => expect(100 * (cell(within, 2022 + i, 'true', 'false').gap as number)).toBeCloseTo(points, 1));
    // The same figure through the community-school filter instead of a second group type.
    const filtered = await rows({ metricId: 'chronic_absenteeism', groupBy: ['econ_disadv'], filters: { communitySchool: true, years: [2024] } });
    expect(cell(filtered, 2024, 'true').gap as number).toBeCloseTo(cell(within, 2024, 'true', 'true').gap as number, 12);
  });

  it('ELA proficiency 2021-22: all 43.1%, low-income 31.7% vs 58.2%, White as the highest group reference', async () => {
    const table = await rows({ metricId: 'ela_proficiency', groupBy: ['econ_disadv'], filters: { years: [2022] } });
    expect(table.find((r) => r.is_total)!.value as number).toBeCloseTo(0.431, 3);
    expect(cell(table, 2022, 'true').value as number).toBeCloseTo(0.317, 3);
    expect(cell(table, 2022, 'false').value as number).toBeCloseTo(0.582, 3);
    const byRace = await rows({ metricId: 'ela_proficiency', groupBy: ['race_ethnicity'], filters: { years: [2022] }, reference: { kind: 'group', group: 'white' } });
    const black = cell(byRace, 2022, 'black');
    expect(black.value as number).toBeCloseTo(0.29, 3);
    expect(black.gap as number).toBeCloseTo((black.value as number) - (cell(byRace, 2022, 'white').value as number), 12);
  });

  it('teachers at high-poverty schools have less experience (mean years by school poverty quartile)', async () => {
    const table = await rows({ metricId: 'teacher_experience', groupBy: ['poverty_quartile'], filters: { years: [2024] } });
    expect(cell(table, 2024, '1').value as number).toBeGreaterThan(cell(table, 2024, '4').value as number);
    expect(cell(table, 2024, '4').gap as number).toBeLessThan(0);
  });

  it('teachers are less diverse than students: White teachers over-represented, Black and Hispanic under', async () => {
    const table = await rows({ metricId: 'staff_representation', groupBy: ['race_ethnicity'], filters: { years: [2024] } });
    expect(cell(table, 2024, 'white').value as number).toBeCloseTo(0.64, 1);
    expect(cell(table, 2024, 'white').gap as number).toBeGreaterThan(0.2);
    expect(cell(table, 2024, 'black').gap as number).toBeLessThan(0);
    expect(cell(table, 2024, 'hispanic_latino').composition_index as number).toBeLessThan(0.6);
  });
});
