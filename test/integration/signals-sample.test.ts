// Signals on the sample district through the service and the command line: the built-in disparities
// documented in sample-data/README.md come out as signals, figures match counts computed here in SQL,
// q-values match Benjamini-Hochberg recomputed over the stated family, and small groups stay withheld.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { tableFromIPC } from 'apache-arrow';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Result, SignalsResult } from '../../analysis/api';
import { BUILT_SAMPLE_DIR, SAMPLE_DATA_DIR } from '../../analysis/app-paths';
import { createService } from '../../analysis/service/create-service';
import { createDispatcher } from '../../analysis/service/dispatch';
import { makeTempDir } from '../support/temp-dir';

type Row = Record<string, unknown>;

const temp = makeTempDir();
const service = createService({ dataDir: path.join(temp.dir, 'data'), sampleDataDir: SAMPLE_DATA_DIR, builtSampleDir: BUILT_SAMPLE_DIR, appVersion: '1.2.3', host: 'cli' });
const dispatch = createDispatcher(service);
const file = path.join(temp.dir, 'sample.duckdb');
const BIN = path.resolve('analysis/cli/equitylens.mjs');

const value = <T>(result: Result<T>): T => {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
};
const rowsOf = (result: SignalsResult): Row[] => tableFromIPC(result.rows).toArray().map((r) => r.toJSON() as Row);

let published: SignalsResult;
let internal: SignalsResult;

beforeAll(async () => {
  value(await service.createProject({ path: file, name: 'Sample', districtName: 'Riverside', withSampleData: true }));
  published = value(await service.getSignals({}));
  internal = value(await service.getSignals({ internal: true }));
}, 600_000);
afterAll(async () => {
  await service.dispose();
  temp.remove();
});

const districtGap = (rows: Row[], metric: string, groupType: string, group: string) =>
  rows.find((r) => r.metric_id === metric && r.group_type === groupType && r.group_value === group && r.level === 'district' && r.kind === 'gap' && r.school_year === 2024);

describe('signals on the sample district', () => {
  it('finds the documented built-in disparities as adverse signals (district-wide, 2023-24)', () => {
    const rows = rowsOf(published);
    const expected: [string, string, string][] = [
      ['out_of_school_suspension', 'race_ethnicity', 'black'],
      ['out_of_school_suspension', 'swd', 'true'],
      ['chronic_absenteeism', 'econ_disadv', 'true'],
      ['chronic_absenteeism', 'homeless', 'true'],
      ['ela_proficiency', 'econ_disadv', 'true'],
      ['ela_proficiency', 'ell', 'true'],
      ['ela_proficiency', 'swd', 'true'],
      ['ela_proficiency', 'race_ethnicity', 'black'],
      ['ela_proficiency', 'race_ethnicity', 'hispanic_latino'],
      ['math_proficiency', 'race_ethnicity', 'black'],
      ['ap_ib_enrollment', 'race_ethnicity', 'black'],
      ['ap_ib_enrollment', 'race_ethnicity', 'hispanic_latino'],
      ['gifted_identification', 'race_ethnicity', 'black'],
      ['gifted_identification', 'race_ethnicity', 'hispanic_latino'],
      ['algebra_grade_8', 'race_ethnicity', 'black'],
      ['graduation_4_year', 'swd', 'true'],
      ['novice_teachers', 'poverty_quartile', '4'],
    ];
    for (const [metric, type, group] of expected) {
      expect(districtGap(rows, metric, type, group), `${metric} ${group}`).toMatchObject({ signal: true, adverse: true, suppressed: false });
    }
    // Certification at the highest-poverty schools is a signal, but the metric table withholds that
    // quartile (complementary to a small count), so the published signal is withheld too.
    expect(districtGap(rowsOf(internal), 'teacher_certification', 'poverty_quartile', '4')).toMatchObject({ signal: true, adverse: true });
    expect(districtGap(rows, 'teacher_certification', 'poverty_quartile', '4')).toMatchObject({ signal: false, suppressed: true, value: null });
    // Hispanic students are not over-suspended (risk ratio about 0.8): no adverse signal.
    expect(districtGap(rows, 'out_of_school_suspension', 'race_ethnicity', 'hispanic_latino')).toMatchObject({ adverse: false });
  });

  it('finds the suspension gap narrowing at the restorative-practice middle school as a trend signal', () => {
    const trend = rowsOf(published).find((r) => r.metric_id === 'out_of_school_suspension' && r.kind === 'trend' && r.school_id === '0204' && r.group_value === 'black')!;
    expect(trend).toMatchObject({ signal: true, adverse: false, from_year: 2022, school_year: 2024 });
    expect(trend.effect as number).toBeLessThan(-0.1);
    expect(trend.sentence).toMatch(/^Out-of-school suspension: the gap between Black or African American students and all other students at Thurgood Marshall Middle School moved in their favour/);
  });

  it('matches counts computed independently in SQL for Black students suspended out of school', async () => {
    // A second, read-only instance beside the service: the counts come from the canonical tables directly.
    const instance = await DuckDBInstance.create(file, { access_mode: 'READ_ONLY' });
    const connection = await instance.connect();
    const sql = `
      WITH s AS (
        SELECT coalesce(e.race_ethnicity = 'black', false) AS black,
               EXISTS (SELECT 1 FROM discipline d WHERE d.student_id = e.student_id AND d.school_year = e.school_year
                       AND d.action_type = 'out_of_school_suspension') AS oss
        FROM enrollment e WHERE e.school_year = 2024)
      SELECT black, count(*)::DOUBLE, (count(*) FILTER (WHERE oss))::DOUBLE FROM s GROUP BY black`;
    const counts = (await connection.runAndReadAll(sql)).getRowsJS() as [boolean, number, number][];
    connection.closeSync();
    instance.closeSync();
    const [, n1, x1] = counts.find(([black]) => black)!;
    const [, n2, x2] = counts.find(([black]) => !black)!;
    const row = districtGap(rowsOf(published), 'out_of_school_suspension', 'race_ethnicity', 'black')!;
    expect(row.n).toBe(n1);
    expect(row.numerator).toBe(x1);
    expect(row.reference_n).toBe(n2);
    expect(row.value as number).toBeCloseTo(x1 / n1, 12);
    expect(row.risk_ratio as number).toBeCloseTo(x1 / n1 / (x2 / n2), 12);
    const pooled = (x1 + x2) / (n1 + n2);
    expect(row.statistic as number).toBeCloseTo((x1 / n1 - x2 / n2) / Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2)), 10);
    // The ratio-floor count: the most students who could be suspended with a ratio under 1.5.
    const allowed = Math.ceil(1.5 * (x2 / n2) * n1) - 1;
    expect(row.needed_ratio).toBe(x1 - allowed);
    expect(x1 - 1 - allowed >= 0 && (allowed + 1) / n1 / (x2 / n2) >= 1.5).toBe(true);
    expect(row.sentence).toBe(
      `Black or African American students were suspended out of school at ${(row.risk_ratio as number).toFixed(1)} times the rate of all other students in 2023-24 ` +
        `(${((x1 / n1) * 100).toFixed(1)}% against ${((x2 / n2) * 100).toFixed(1)}%), a gap unlikely to be noise (q < 0.001); ` +
        `${x1 - allowed} fewer students suspended out of school would bring the ratio under 1.5.`,
    );
  });

  it('states the family, and every q-value is Benjamini-Hochberg over exactly that family', () => {
    const rows = rowsOf(internal);
    const tested = rows.filter((r) => r.p !== null);
    expect(internal.family.tests).toBe(tested.length);
    expect(internal.family.gapTests + internal.family.trendTests).toBe(internal.family.tests);
    expect(internal.family.description).toMatch(/Benjamini-Hochberg/);
    // Step-up by hand: sort ascending, q_(i) = min over j >= i of m p_(j) / j.
    const m = tested.length;
    const sorted = tested.map((r) => r.p as number).map((p, i) => ({ p, i })).sort((a, b) => a.p - b.p);
    const q = new Array<number>(m);
    let running = 1;
    for (let k = m - 1; k >= 0; k--) {
      running = Math.min(running, (m * sorted[k]!.p) / (k + 1));
      q[sorted[k]!.i] = running;
    }
    tested.forEach((r, i) => expect(r.q as number).toBeCloseTo(q[i]!, 12));
    // A signal is q below the setting and an effect past its floor; nothing else.
    for (const r of tested) expect(r.signal).toBe((r.q as number) < 0.05 && (r.size as number) >= 1);
  });

  it('withholds every figure of cells too small to publish, and never calls them signals', () => {
    const rows = rowsOf(published);
    const withheld = rows.filter((r) => r.suppressed);
    expect(withheld.length).toBe(published.family.withheld);
    expect(withheld.length).toBeGreaterThan(0);
    for (const r of withheld) expect(r).toMatchObject({ n: null, numerator: null, value: null, p: null, q: null, shrunk: null, needed_parity: null, sentence: null, signal: false });
    for (const r of rows.filter((r) => !r.suppressed && r.n !== null)) expect(r.n as number).toBeGreaterThanOrEqual(10);
    // Pacific Islander students number fewer than 10 at every school: no school cell of theirs is shown.
    expect(rows.filter((r) => r.group_value === 'native_hawaiian_pacific_islander' && r.level === 'school' && !r.suppressed)).toEqual([]);
    // The same cells, unsuppressed, in the internal view (marked internal).
    expect(rowsOf(internal).every((r) => r.internal === true && r.suppressed === false)).toBe(true);
  });

  it('rejects what it cannot answer with a clear message', async () => {
    expect(await service.getSignals({ metricId: 'no_such_metric' })).toMatchObject({ ok: false, error: { code: 'bad_request', message: expect.stringMatching(/not a metric id/) } });
    expect(await service.getSignals({ metricId: 'staff_representation' })).toMatchObject({ ok: false, error: { code: 'bad_request' } });
    expect(await dispatch('getSignals', { year: 'last' })).toMatchObject({ ok: false, error: { code: 'bad_request' } });
    expect(await dispatch('updateSignalSettings', { falseDiscoveryRate: 0 })).toMatchObject({ ok: false, error: { code: 'bad_request' } });
  });

  it('the command line lists one metric from the same family, with the saved settings', async () => {
    expect(value(await service.updateSignalSettings({ falseDiscoveryRate: 0.01 }))).toMatchObject({ falseDiscoveryRate: 0.01, floorPoints: 3, floorRatio: 1.5 });
    // Signals rank first, so the whole family's ranking under the new setting is the one to compare with.
    const ranked = new Map(rowsOf(value(await service.getSignals({}))).map((r) => [`${r.metric_id}|${r.kind}|${r.group_type}|${r.group_value}|${r.school_id}`, r.rank]));
    value(await service.closeProject({}));
    const run = (...args: string[]) => spawnSync(process.execPath, [BIN, 'signals', file, ...args], { encoding: 'utf8', env: { ...process.env, EQUITYLENS_DATA_DIR: path.join(temp.dir, 'data') }, timeout: 300_000, maxBuffer: 256 * 1024 * 1024 });
    const json = run('--metric', 'out_of_school_suspension', '--all', '--json');
    expect(json.stderr).toBe('');
    const parsed = JSON.parse(json.stdout) as { format: number; family: SignalsResult['family']; rows: Row[] };
    expect(parsed.format).toBe(1);
    expect(parsed.family.settings.falseDiscoveryRate).toBe(0.01);
    expect(parsed.family.tests).toBe(published.family.tests);
    expect(parsed.rows.every((r) => r.metricId === 'out_of_school_suspension')).toBe(true);
    // q-values do not depend on the filter or the setting: the family is the whole panel.
    const before = new Map(rowsOf(published).map((r) => [`${r.metric_id}|${r.kind}|${r.group_type}|${r.group_value}|${r.school_id}`, r]));
    for (const r of parsed.rows) {
      const same = before.get(`${r.metricId}|${r.kind}|${r.groupType}|${r.groupValue}|${r.schoolId}`)!;
      expect(r.q).toBe(same.q);
      // The rank is the cell's place in the whole family's ranking, not in the filtered list.
      expect(r.rank).toBe(ranked.get(`${r.metricId}|${r.kind}|${r.groupType}|${r.groupValue}|${r.schoolId}`));
    }
    for (const r of parsed.rows) expect(r.signal).toBe(r.q !== null && (r.q as number) < 0.01 && (r.size as number) >= 1);
    const bad = run('--year', 'last');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/--year takes school years/);
  }, 300_000);
});
