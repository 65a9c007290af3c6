// The same metric ids on report-card aggregates: real Virginia chronic-absenteeism counts (see
// ../shared/real-data/SOURCES.md) loaded by this test's own SQL, state rows for the alternate and
// weighted risk ratios, and a measure that exists only in the aggregates table.
import path from 'node:path';
import { tableFromIPC } from 'apache-arrow';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DisparityTableRequest, MetricTableRequest } from '../../analysis/api';
import { ProjectDatabase } from '../../analysis/engine/project-database';
import { DEFAULT_METRIC_OPTIONS } from '../../analysis/metrics/metric-settings';
import { disparityTable, metricTable } from '../../analysis/metrics/run-metric';
import { weightedRiskRatio } from '../../analysis/metrics/statistics/risk-ratio';
import { makeTempDir } from '../support/temp-dir';

const VDOE = path.resolve('../shared/real-data/vdoe_chronic_absenteeism_by_subgroup_charlottesville_albemarle_2017-2024.csv');
const temp = makeTempDir();
let database: ProjectDatabase;
const settings = { ...DEFAULT_METRIC_OPTIONS, minimumN: 10 };
type Row = Record<string, unknown>;

const GROUPS: [string, string, string][] = [
  ['All Students', 'all', 'all'],
  ['Black', 'race_ethnicity', 'black'],
  ['White', 'race_ethnicity', 'white'],
  ['Hispanic', 'race_ethnicity', 'hispanic_latino'],
  ['Asian', 'race_ethnicity', 'asian'],
  ['American Indian', 'race_ethnicity', 'american_indian_alaska_native'],
  ['Native Hawaiian', 'race_ethnicity', 'native_hawaiian_pacific_islander'],
  ['Multiple Races', 'race_ethnicity', 'two_or_more'],
  ['Students with Disabilities', 'swd', 'true'],
  ['Economically Disadvantaged', 'econ_disadv', 'true'],
  ['English Learners', 'ell', 'true'],
  ['Homeless', 'homeless', 'true'],
  ['Foster Care', 'foster', 'true'],
  ['Military Connected', 'military_connected', 'true'],
];

beforeAll(async () => {
  database = await ProjectDatabase.create(path.join(temp.dir, 'aggregates.duckdb'), { name: 'Aggregates', districtName: 'Virginia divisions', appVersion: '0.0.0' });
  const c = database.connection;
  await c.run(`CREATE TEMP TABLE subgroup_map(subgroup VARCHAR, group_type VARCHAR, group_value VARCHAR)`);
  for (const [subgroup, type, value] of GROUPS) await c.run('INSERT INTO subgroup_map VALUES ($1, $2, $3)', [subgroup, type, value]);
  // n_students is the count chronically absent and percent its rate; a 0 can mean "suppressed", so a
  // row without a positive percent has no known denominator.
  await c.run(
    `INSERT INTO aggregates (school_year, level, school_id, measure, group_type, group_value, numerator, denominator, denominator_derived)
     SELECT CAST(split_part(v.school_year, '-', 2) AS INTEGER), 'school', v.division || ':' || v.school_short, 'chronic_absenteeism',
            m.group_type, m.group_value, CAST(v.n_students AS DOUBLE),
            CASE WHEN CAST(v.percent AS DOUBLE) > 0 THEN round(CAST(v.n_students AS DOUBLE) / (CAST(v.percent AS DOUBLE) / 100)) END, true
     FROM read_csv($1, header = true, all_varchar = true) v JOIN subgroup_map m USING (subgroup)`,
    [VDOE],
  );
});
afterAll(() => {
  database.close();
  temp.remove();
});

const decode = (bytes: Uint8Array): Row[] => tableFromIPC(bytes).toArray().map((r) => r.toJSON() as Row);
const run = async (request: MetricTableRequest) => decode(await metricTable(database.connection, request, settings));

/** Independent sums of the loaded rows with a known denominator. */
async function sums(groupType: string): Promise<Map<string, { x: number; n: number }>> {
  const reader = await database.connection.runAndReadAll(
    `SELECT school_year, group_value, sum(numerator), sum(denominator) FROM aggregates
     WHERE measure = 'chronic_absenteeism' AND level = 'school' AND group_type = $1 AND denominator IS NOT NULL GROUP BY ALL`,
    [groupType],
  );
  return new Map((reader.getRowsJS() as [number, string, number, number][]).map(([y, g, x, n]) => [`${y}:${g}`, { x, n }]));
}

describe('metrics from the aggregates table', () => {
  it('reads a student-level metric id from report-card counts when the project has no student records', async () => {
    const table = await run({ metricId: 'chronic_absenteeism', groupBy: ['race_ethnicity'], internal: true });
    const groups = await sums('race_ethnicity');
    const totals = await sums('all');
    expect(table.length).toBeGreaterThan(40);
    for (const r of table) {
      const expected = r.is_total ? totals.get(`${r.school_year}:all`)! : groups.get(`${r.school_year}:${r.group_value}`)!;
      expect(r.numerator, `${r.school_year} ${r.group_value}`).toBe(expected.x);
      expect(r.denominator).toBe(expected.n);
      expect(r.value as number).toBeCloseTo(expected.x / expected.n, 12);
    }
    // 2023-24, Black students across both divisions, against the independently summed total.
    const black = table.find((r) => r.school_year === 2024 && r.group_value === 'black')!;
    const all = totals.get('2024:all')!;
    const own = groups.get('2024:black')!;
    expect(black.risk_ratio as number).toBeCloseTo(own.x / own.n / ((all.x - own.x) / (all.n - own.n)), 12);
  });

  it('suppresses the published table like any other: no count below 10 is shown', async () => {
    const table = await run({ metricId: 'chronic_absenteeism', groupBy: ['race_ethnicity', 'school'], filters: { years: [2024] } });
    expect(table.some((r) => r.numerator_coded === '<10')).toBe(true);
    for (const r of table) if (r.numerator !== null) expect(r.numerator as number).toBeGreaterThanOrEqual(10);
  });

  it('compares schools with funnel limits around the district rate', async () => {
    const table = await run({ metricId: 'chronic_absenteeism', groupBy: ['school'], filters: { years: [2024] } });
    const schools = table.filter((r) => !r.is_total && r.value !== null);
    expect(schools.length).toBeGreaterThan(20);
    const district = table.find((r) => r.is_total)!.value as number;
    for (const r of schools) {
      expect(r.funnel_target as number).toBeCloseTo(district, 12);
      expect(r.funnel_lower_95 as number).toBeLessThan(district);
      expect(r.funnel_upper_998 as number).toBeGreaterThan(r.funnel_upper_95 as number);
    }
  });

  it('uses state rows for the alternate and weighted risk ratios', async () => {
    // Hypothetical state figures for 2023-24 (x chronically absent of n students).
    const state: [string, string, number, number][] = [
      ['all', 'all', 150_000, 1_200_000],
      ['race_ethnicity', 'black', 45_000, 250_000],
      ['race_ethnicity', 'white', 60_000, 600_000],
      ['race_ethnicity', 'hispanic_latino', 30_000, 200_000],
      ['race_ethnicity', 'asian', 5_000, 80_000],
      ['race_ethnicity', 'two_or_more', 10_000, 70_000],
    ];
    for (const [type, value, x, n] of state) {
      await database.connection.run("INSERT INTO aggregates (school_year, level, school_id, measure, group_type, group_value, numerator, denominator, denominator_derived) VALUES (2024, 'state', NULL, 'chronic_absenteeism', $1, $2, $3, $4, false)", [type, value, x, n]);
    }
    const table = await run({ metricId: 'chronic_absenteeism', groupBy: ['race_ethnicity'], filters: { years: [2024] }, internal: true });
    const black = table.find((r) => r.group_value === 'black')!;
    // 34 CFR 300.647(a)(1): LEA risk / risk of all other children in the state = (150,000 - 45,000) / (1,200,000 - 250,000).
    expect(black.state_comparison_value as number).toBeCloseTo(105_000 / 950_000, 12);
    expect(black.alternate_risk_ratio as number).toBeCloseTo((black.value as number) / (105_000 / 950_000), 12);
    // Bollmer et al. (2007): district risks weighted by state shares of the groups with state figures.
    const groups = table.filter((r) => !r.is_total);
    const shares = groups.map((r) => state.find(([, v]) => v === r.group_value)?.[3] ?? NaN).map((n) => n / 1_200_000);
    const risks = groups.map((r) => r.value as number);
    const i = groups.findIndex((r) => r.group_value === 'black');
    expect(black.weighted_risk_ratio as number).toBeCloseTo(weightedRiskRatio(i, risks, shares), 12);
    expect(black.weighted_risk_ratio as number).toBeCloseTo(
      ((black.value as number) * (600_000 + 200_000 + 80_000 + 70_000)) / groups.reduce((s, r, k) => (k === i || !Number.isFinite(shares[k]!) ? s : s + shares[k]! * 1_200_000 * (r.value as number)), 0),
      12,
    );
    // American Indian students have no state row: no weighted ratio, and the note says why.
    const indian = table.find((r) => r.group_value === 'american_indian_alaska_native');
    if (indian && indian.weighted_risk_ratio === null) expect(['no_state_data', 'insufficient_cell_size', 'insufficient_n_size']).toContain(indian.weighted_risk_ratio_note);
  });

  it('builds the IDEA table for a measure that exists only in the aggregates table', async () => {
    await database.connection.run(`
      INSERT INTO aggregates (school_year, level, school_id, measure, group_type, group_value, numerator, denominator, denominator_derived) VALUES
        (2024, 'district', NULL, 'restraint_or_seclusion', 'all', 'all', 60, 4000, false),
        (2024, 'district', NULL, 'restraint_or_seclusion', 'race_ethnicity', 'black', 30, 800, false),
        (2024, 'district', NULL, 'restraint_or_seclusion', 'race_ethnicity', 'white', 20, 2400, false),
        (2024, 'district', NULL, 'restraint_or_seclusion', 'race_ethnicity', 'asian', 3, 200, false)`);
    const request: DisparityTableRequest = { measure: 'restraint_or_seclusion', groupType: 'race_ethnicity' };
    const table = decode(await disparityTable(database.connection, request, settings));
    const black = table.find((r) => r.group_value === 'black')!;
    // 30 of 800 against the 30 of 3,200 other students: 3.75% / 0.9375% = 4.0.
    expect(black.risk_ratio as number).toBeCloseTo(4, 12);
    expect(black).toMatchObject({ group_cell_test: true, group_n_test: true, comparison_cell_test: true, comparison_n_test: true, risk_ratio_method: 'risk_ratio' });
    const asian = table.find((r) => r.group_value === 'asian')!;
    expect(asian).toMatchObject({ numerator: null, numerator_coded: '<10', risk_ratio: null, risk_ratio_note: 'suppressed' });
    await expect(disparityTable(database.connection, { measure: 'nothing_like_this', groupType: 'sex' }, settings)).rejects.toThrow(/neither a metric id nor a measure/);
  });
});
