// Benchmark progress from published rows, against examples worked by hand here (not against earlier output).
//
// Standard errors from published 95% intervals (z = 1.959964):
//   group 2024: rate 10.0%, interval 8.0%-12.0%, n = 900    -> se_g = 0.04 / 3.919928 = 0.0102043
//   total 2024: rate 6.4%, interval 5.9%-6.9%, n = 9,000     -> se_T = 0.01 / 3.919928 = 0.0025511
//   all other students: n_o = 9,000 - 900 = 8,100           -> se_o = se_T * sqrt(9000 / 8100) = 0.0026891
//   value: se = 1.02043 (percent); gap 4.0 pts: se = 100 * sqrt(se_g^2 + se_o^2) = 1.05526
//   risk ratio 10.0 / 6.0 = 1.6667 (p_o = 0.06): se(ln RR) = sqrt((se_g / 0.10)^2 + (se_o / 0.06)^2) = 0.111451,
//   95% interval 1.6667 * exp(-/+ 1.959964 * 0.111451) = 1.33962 to 2.07356.
//
// Statuses, lower is better, baseline 8.0% (se 0.40) in 2023-24, target year 2026-27:
//   latest 6.5% (se 0.35) in 2024-25: z = -1.5 / sqrt(0.40^2 + 0.35^2) = -2.8222, beyond the noise.
//     target 5.0%: the line is at 8.0 + (5.0 - 8.0) * 1/3 = 7.0% for 2024-25, and 6.5 <= 7.0: on track.
//     target 2.0%: the line is at 8.0 + (2.0 - 8.0) * 1/3 = 6.0%, and 6.5 > 6.0: not on track (behind the line).
//     target 6.5%: reached: met.
//   latest 7.5% (se 0.40): z = -0.5 / sqrt(0.32) = -0.8839: within the noise, not on track.
//   latest 9.5% (se 0.45): z = 1.5 / sqrt(0.16 + 0.2025) = 2.4914: away from the target beyond the noise.
// Risk ratio, baseline 2.00 and latest 1.60: ln(0.8) = -0.22314; with se(ln) 0.05 and 0.06, z = -2.8571 (beyond the
// noise; the line to 1.50 is at 1.8333, so on track); with 0.10 and 0.12, z = -1.4285 (within the noise).
import { describe, expect, it } from 'vitest';
import type { BenchmarkSpec, PublishedMetricRow } from '../../../analysis/api';
import { progressFromRows } from '../../../analysis/findings/benchmark-progress';
import { benchmarkSeries, interval } from '../../../analysis/findings/benchmark-series';
import { judgeBenchmark, type JudgeInput } from '../../../analysis/findings/benchmark-status';
import { findMetric } from '../../../analysis/metrics/registry';
import { schoolYearLabel } from '../../../analysis/shared/codes';

const oss = findMetric('out_of_school_suspension')!;
const row = (over: Partial<PublishedMetricRow>): PublishedMetricRow => ({
  school_year: 2024, facet_value: null, facet_label: null, group_value: 'black', group_label: 'Black or African American', group_order: 3, is_total: false, internal: false,
  numerator: 90, numerator_coded: null, denominator: 900, denominator_coded: null, value: 0.1, value_lower: 0.08, value_upper: 0.12, value_coded: null, value_note: null,
  reference_label: 'All other students', reference_value: 0.06, gap: 0.04, gap_note: null, risk_ratio: 10 / 6, risk_ratio_note: null, flagged: true, years_over_threshold: 1,
  outcome_share: null, population_share: null, composition_index: null, funnel_target: null, funnel_lower_95: null, funnel_upper_95: null, funnel_lower_998: null, funnel_upper_998: null,
  funnel_position: null, suppressed: false, suppression_reason: null, ...over,
});
const total = (over: Partial<PublishedMetricRow>) => row({ is_total: true, group_value: 'all', group_label: 'All students', denominator: 9000, numerator: 576, value: 0.064, value_lower: 0.059, value_upper: 0.069, gap: null, risk_ratio: null, ...over });
const spec = (over: Partial<BenchmarkSpec>): BenchmarkSpec => ({ metricId: oss.id, statistic: 'value', groupType: 'race_ethnicity', group: 'black', target: 4, targetYear: 2027, baselineYear: 2024, ...over });

describe('a benchmark’s figure and its noise from published rows', () => {
  const rows = [total({}), row({})];

  it('takes each statistic’s standard error from the published intervals (worked in the header)', () => {
    const [value] = benchmarkSeries(rows, spec({}), oss);
    expect(value!.estimate).toBeCloseTo(10, 10);
    expect(value!.se).toBeCloseTo(1.020427, 5);
    const [gap] = benchmarkSeries(rows, spec({ statistic: 'gap' }), oss);
    expect(gap!.estimate).toBeCloseTo(4, 10);
    expect(gap!.se).toBeCloseTo(1.055264, 5);
    const [ratio] = benchmarkSeries(rows, spec({ statistic: 'risk_ratio' }), oss);
    expect(ratio!.se).toBeCloseTo(0.111451, 5);
    const bounds = interval(ratio!, 'risk_ratio');
    expect(bounds.lower).toBeCloseTo(1.33962, 4);
    expect(bounds.upper).toBeCloseTo(2.07356, 4);
  });

  it('has no noise to judge by when the total’s interval or count is withheld, and no figure when the group’s is', () => {
    const [gap] = benchmarkSeries([total({ value_lower: null, value_upper: null }), row({})], spec({ statistic: 'gap' }), oss);
    expect(gap).toMatchObject({ estimate: expect.closeTo(4, 10), se: null });
    const [withheld] = benchmarkSeries([total({}), row({ value: null, value_lower: null, value_upper: null, gap: null, risk_ratio: null, suppressed: true })], spec({}), oss);
    expect(withheld).toMatchObject({ estimate: null, se: null });
  });
});

describe('judging a benchmark (worked in the header)', () => {
  const base = (over: Partial<JudgeInput>): JudgeInput => ({
    statistic: 'value', better: -1, target: 5, targetYear: 2027,
    baseline: { year: 2024, estimate: 8, se: 0.4 }, latest: { year: 2025, estimate: 6.5, se: 0.35 },
    format: (v) => `${v.toFixed(1)}%`, yearLabel: schoolYearLabel, ...over,
  });

  it('is on track when the change is beyond the noise and ahead of the straight line to the target', () => {
    const judged = judgeBenchmark(base({}));
    expect(judged).toMatchObject({ status: 'on_track', change: -1.5, beyondNoise: true });
    expect(judged.expected).toBeCloseTo(7, 10);
    expect(judged.reason).toBe('From 8.0% in 2023-24 to 6.5% in 2024-25: better beyond the noise (z = -2.82), at or ahead of the straight line to the target (7.0% for 2024-25).');
  });

  it('is not on track behind the line, within the noise, or moving away; met when the target is reached', () => {
    expect(judgeBenchmark(base({ target: 2 }))).toMatchObject({ status: 'not_on_track', beyondNoise: true, reason: expect.stringContaining('behind the straight line to the target, which is at 6.0% for 2024-25') });
    expect(judgeBenchmark(base({ target: 6.5 }))).toMatchObject({ status: 'met', reason: '6.5% in 2024-25 reaches the target of 6.5%.' });
    expect(judgeBenchmark(base({ latest: { year: 2025, estimate: 7.5, se: 0.4 } }))).toMatchObject({ status: 'not_on_track', beyondNoise: false, reason: expect.stringContaining('within the noise of the two years’ figures (z = -0.88)') });
    expect(judgeBenchmark(base({ latest: { year: 2025, estimate: 9.5, se: 0.45 } }))).toMatchObject({ status: 'not_on_track', beyondNoise: true, reason: expect.stringContaining('away from the target, beyond the noise (z = 2.49)') });
    expect(judgeBenchmark(base({ latest: { year: 2028, estimate: 6.5, se: 0.35 } }))).toMatchObject({ status: 'not_on_track', reason: expect.stringContaining('the target year 2026-27 has passed') });
  });

  it('reads higher as better for an opportunity', () => {
    const rising = base({ better: 1, target: 12, baseline: { year: 2024, estimate: 8, se: 0.4 }, latest: { year: 2025, estimate: 9.5, se: 0.35 } });
    // z = 1.5 / 0.5315 = 2.82; the line to 12% is at 9.33% for 2024-25.
    expect(judgeBenchmark(rising)).toMatchObject({ status: 'on_track', expected: expect.closeTo(9.3333, 4) });
  });

  it('judges a risk ratio’s change on the log scale', () => {
    const ratio = (se: [number, number]) =>
      judgeBenchmark(base({ statistic: 'risk_ratio', target: 1.5, baseline: { year: 2024, estimate: 2, se: se[0] }, latest: { year: 2025, estimate: 1.6, se: se[1] }, format: (v) => v.toFixed(2) }));
    expect(ratio([0.05, 0.06])).toMatchObject({ status: 'on_track', reason: expect.stringContaining('(z = -2.86)'), expected: expect.closeTo(1.8333, 4) });
    expect(ratio([0.1, 0.12])).toMatchObject({ status: 'not_on_track', reason: expect.stringContaining('(z = -1.43)') });
  });

  it('has not enough data without a baseline figure, a later year, or the intervals to tell change from noise', () => {
    expect(judgeBenchmark(base({ baseline: { year: 2024, estimate: null, se: null } })).status).toBe('not_enough_data');
    expect(judgeBenchmark(base({ latest: null })).reason).toBe('No year after 2023-24 has a published figure yet.');
    expect(judgeBenchmark(base({ latest: { year: 2025, estimate: 7, se: null } })).reason).toBe('A year’s interval is withheld, so the change cannot be told from noise.');
  });
});

describe('a benchmark’s progress from its metric’s rows', () => {
  it('compares the latest later year with the recorded baseline year, skipping a withheld year, and keeps every year for the chart', () => {
    const rows = [
      total({ school_year: 2023 }), row({ school_year: 2023, value: 0.12, value_lower: 0.1, value_upper: 0.14 }),
      total({}), row({}),
      total({ school_year: 2025 }), row({ school_year: 2025, value: 0.06, value_lower: 0.045, value_upper: 0.075 }),
      total({ school_year: 2026 }), row({ school_year: 2026, value: null, value_lower: null, value_upper: null, suppressed: true }),
    ];
    const progress = progressFromRows(rows, spec({ target: 5 }), oss, 10);
    expect(progress.baseline).toMatchObject({ year: 2024, value: 10, text: '10.0% in 2023-24' });
    expect(progress.latest).toMatchObject({ year: 2025, value: 6, text: '6.0% in 2024-25' });
    expect(progress.series.map((p) => p.year)).toEqual([2023, 2024, 2025, 2026]);
    expect(progress.series[3]).toMatchObject({ value: null, lower: null, text: 'withheld to protect a group of fewer than 10 students' });
    // 10.0 -> 6.0 with se 1.0204 and 0.7653: z = -4 / 1.2755 = -3.14; the line to 5.0% is at 8.33% for 2024-25.
    expect(progress).toMatchObject({ status: 'on_track', better: -1, targetText: '5.0% by 2026-27' });
  });
});
