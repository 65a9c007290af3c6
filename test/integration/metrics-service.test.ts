// The metric methods through the service and its dispatcher: validation, envelopes, settings that
// persist in the project, and tables that arrive as Arrow with withheld figures never in the bytes.
import path from 'node:path';
import { tableFromIPC } from 'apache-arrow';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Result } from '../../analysis/api';
import { BUILT_SAMPLE_DIR, SAMPLE_DATA_DIR } from '../../analysis/app-paths';
import { createService } from '../../analysis/service/create-service';
import { createDispatcher } from '../../analysis/service/dispatch';
import { makeTempDir } from '../support/temp-dir';

const temp = makeTempDir();
const service = createService({ dataDir: path.join(temp.dir, 'data'), sampleDataDir: SAMPLE_DATA_DIR, builtSampleDir: BUILT_SAMPLE_DIR, appVersion: '1.2.3', host: 'cli' });
const dispatch = createDispatcher(service);
const file = path.join(temp.dir, 'sample.duckdb');

const value = <T>(result: Result<T>): T => {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
};

beforeAll(async () => {
  expect(await service.getMetricTable({ metricId: 'expulsion', groupBy: [] })).toMatchObject({ ok: false, error: { code: 'no_project' } });
  value(await service.createProject({ path: file, name: 'Sample', districtName: 'Riverside', withSampleData: true }));
});
afterAll(async () => {
  await service.dispose();
  temp.remove();
});

describe('metric service methods', () => {
  it('publishes the all-students figure of an ungrouped request (a large total is not a small group)', async () => {
    const rows = tableFromIPC(value(await service.getMetricTable({ metricId: 'out_of_school_suspension', groupBy: [], filters: { years: [2024] } })))
      .toArray()
      .map((r) => r.toJSON());
    expect(rows).toHaveLength(1);
    // The same figure as the total row of a breakdown, which the district-wide counts must match.
    const total = tableFromIPC(value(await service.getMetricTable({ metricId: 'out_of_school_suspension', groupBy: ['sex'], filters: { years: [2024] } })))
      .toArray()
      .map((r) => r.toJSON())
      .find((r) => r.is_total);
    expect(rows[0]).toMatchObject({ is_total: true, suppressed: false, numerator: total!.numerator, denominator: total!.denominator });
    expect(rows[0]!.denominator).toBeGreaterThan(10_000);
  });

  it('lists every metric with its definition, methods and group types, and the statistics\' methods', async () => {
    const catalog = value(await service.listMetrics({}));
    const ids = catalog.metrics.map((m) => m.id);
    for (const id of ['ela_proficiency', 'math_scale_score', 'chronic_absenteeism', 'attendance_rate', 'out_of_school_suspension', 'in_school_suspension', 'expulsion', 'law_enforcement_referral', 'disciplinary_removals_per_100', 'special_education_identification', 'gifted_identification', 'advanced_course_enrollment', 'graduation_4_year', 'cohort_dropout', 'staff_representation', 'teacher_experience', 'teacher_certification', 'anti_bias_training_staff', 'new_hire_training_90_days', 'climate_favorability']) {
      expect(ids).toContain(id);
    }
    for (const metric of catalog.metrics) {
      expect(metric.definition.length, metric.id).toBeGreaterThan(30);
      expect(metric.methods.length, metric.id).toBeGreaterThan(30);
    }
    expect(catalog.statistics.map((s) => s.id)).toEqual(expect.arrayContaining(['rate', 'gap', 'risk_ratio', 'alternate_risk_ratio', 'weighted_risk_ratio', 'composition_index', 'effect_size', 'funnel', 'suppression']));
    expect(catalog.notes.map((n) => n.code)).toContain('insufficient_n_size');
  });

  it('validates requests before they reach the engine', async () => {
    const bad = [
      { metricId: 'out_of_school_suspension', groupBy: ['race_ethnicity', 'swd', 'sex'] },
      { metricId: 'out_of_school_suspension', groupBy: ['favourite_colour'] },
      { metricId: 'out_of_school_suspension', groupBy: [], filters: { years: ['2024'] } },
      { metricId: 'out_of_school_suspension', groupBy: [], sql: 'DROP TABLE enrollment' },
      { metricId: 'out_of_school_suspension', groupBy: [], reference: { kind: 'group' } },
    ];
    for (const payload of bad) expect(await dispatch('getMetricTable', payload), JSON.stringify(payload)).toMatchObject({ ok: false, error: { code: 'bad_request' } });
    expect(await dispatch('getMetricTable', { metricId: 'no_such_metric', groupBy: [] })).toMatchObject({ ok: false, error: { code: 'bad_request', message: expect.stringMatching(/"no_such_metric" is neither a metric id/) } });
    expect(await dispatch('getMetricTable', { metricId: 'teacher_experience', groupBy: ['ell'] })).toMatchObject({ ok: false, error: { code: 'bad_request' } });
    expect(await dispatch('getMetricTable', { metricId: 'ela_proficiency', groupBy: ['sex'], filters: { constructs: ['fairness'] } })).toMatchObject({ ok: false, error: { code: 'bad_request' } });
  });

  it('returns Arrow whose withheld cells hold no trace of the figure', async () => {
    const result = await dispatch('getMetricTable', { metricId: 'out_of_school_suspension', groupBy: ['race_ethnicity'], filters: { years: [2022] } });
    const table = tableFromIPC(value(result as Result<Uint8Array>));
    const groups = table.getChild('group_value')!.toArray() as string[];
    const islander = groups.indexOf('native_hawaiian_pacific_islander');
    // Pacific Islander: 1 of 74 suspended. Neither the value nor the count survives, even in the raw buffer.
    expect(table.getChild('numerator')!.get(islander)).toBeNull();
    expect(Number.isNaN((table.getChild('numerator')!.toArray() as Float64Array)[islander])).toBe(true);
    expect(Number.isNaN((table.getChild('value')!.toArray() as Float64Array)[islander])).toBe(true);
    expect(table.getChild('value_coded')!.get(islander)).toBe('<13.6%');
  });

  it('keeps settings in the project, and the next table uses them', async () => {
    const before = value(await service.getMetricSettings({}));
    expect(before).toMatchObject({ minimumN: 10, riskRatio: { minimumCellSize: 10, minimumNSize: 30, threshold: 2, consecutiveYears: 3 }, chronicAbsence: { definition: 'ten_percent' } });
    expect(before.codingBands[0]).toEqual({ minimumN: 300, percent: 1 });
    const after = value(await service.updateMetricSettings({ riskRatio: { threshold: 2.5 }, minimumN: 15 }));
    expect(after).toMatchObject({ minimumN: 15, riskRatio: { threshold: 2.5, minimumCellSize: 10 } });
    value(await service.closeProject({}));
    value(await service.openProject({ path: file }));
    expect(value(await service.getMetricSettings({}))).toMatchObject({ minimumN: 15, riskRatio: { threshold: 2.5 } });
    const table = tableFromIPC(value(await service.getMetricTable({ metricId: 'out_of_school_suspension', groupBy: ['race_ethnicity'] }))).toArray().map((r) => r.toJSON());
    const black2024 = table.find((r) => r.school_year === 2024 && r.group_value === 'black')!;
    // 2.61, 2.34, 2.12: only 2.61 clears 2.5, so the streak is broken by 2024.
    expect(black2024.years_over_threshold).toBe(0);
    expect(table.filter((r) => r.numerator !== null).every((r) => (r.numerator as number) >= 15)).toBe(true);
    expect(await dispatch('updateMetricSettings', { riskRatio: { minimumNSize: 0 } })).toMatchObject({ ok: false, error: { code: 'bad_request' } });
    value(await service.updateMetricSettings({ minimumN: 10, riskRatio: { threshold: 2 } }));
  });

  it('builds the IDEA disparity table', async () => {
    const table = tableFromIPC(value(await service.getDisparityTable({ measure: 'out_of_school_suspension', groupType: 'swd', filters: { years: [2022] } }))).toArray().map((r) => r.toJSON());
    const swd = table.find((r) => r.group_value === 'true')!;
    expect(swd.risk_ratio as number).toBeCloseTo(2.42, 2);
    expect(swd).toMatchObject({ reference_label: 'All other students', risk_ratio_method: 'risk_ratio', group_cell_test: true, comparison_n_test: true });
    expect(await service.getDisparityTable({ measure: 'teacher_experience', groupType: 'race_ethnicity' })).toMatchObject({ ok: false, error: { code: 'bad_request' } });
  });
});
