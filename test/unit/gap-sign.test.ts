// One sign convention for gaps: the same published gap read by the suggestion, Explore, the benchmark
// baseline and the report's target text says the same number and the same side ("below" the comparison).
import { describe, expect, it } from 'vitest';
import type { MetricRule, PublishedMetricRow } from '../../analysis/api';
import { baselineFromRows } from '../../analysis/findings/benchmark-baseline';
import { formatFigure } from '../../analysis/findings/benchmark-format';
import { findMetric } from '../../analysis/metrics/registry';
import { seriesPoints } from '../../analysis/review/engine-metric-source';
import { evaluateRule } from '../../analysis/review/suggestion-rules';
import { gapPhrase, gapShort, gapSide, shortfall } from '../../analysis/shared/gap-sign';
import { SUGGESTION_METRICS } from '../../analysis/shared/suggestion-metrics';
import { PERCENT } from '../../renderer/src/charts/explore/explore-data';
import { formatGap } from '../../renderer/src/charts/explore/gap-dots-spec';

// Black students 31.0% proficient in ELA against 50.0% of all other students: 19.0 points below.
const row = (year: number): PublishedMetricRow =>
  ({
    school_year: year, facet_value: null, facet_label: null, group_value: 'black', group_label: 'Black or African American', group_order: 3, is_total: false, internal: false,
    numerator: 310, numerator_coded: null, denominator: 1000, denominator_coded: null, value: 0.31, value_lower: 0.28, value_upper: 0.34, value_coded: null, value_note: null,
    reference_label: 'All other students', reference_value: 0.5, gap: 0.31 - 0.5, gap_note: null, risk_ratio: null, risk_ratio_note: null, flagged: null, years_over_threshold: null,
    outcome_share: null, population_share: null, composition_index: null, funnel_target: null, funnel_lower_95: null, funnel_upper_95: null, funnel_lower_998: null,
    funnel_upper_998: null, funnel_position: null, suppressed: false, suppression_reason: null,
  }) as PublishedMetricRow;

describe('the gap sign convention', () => {
  it('says which side of the comparison group a gap is on, with the size unsigned', () => {
    expect(gapPhrase(-19)).toBe('19.0 points below the comparison group');
    expect(gapPhrase(2.54, { comparison: 'all other students' })).toBe('2.5 points above all other students');
    expect(gapPhrase(1)).toBe('1.0 point above the comparison group');
    expect(gapPhrase(0.04)).toBe('level with the comparison group');
    expect(gapShort(-3.25)).toBe('3.3 pts below');
    expect(gapSide(-0.04)).toBe('level with');
    // Worse off is below on a higher-is-better metric, above on a lower-is-better one.
    expect(shortfall(-19, 'higher_is_better')).toBe(19);
    expect(shortfall(-19, 'lower_is_better')).toBe(-19);
  });

  it('suggestions, Explore, benchmarks and the report print the same figure the same way', () => {
    const rows = [row(2022), row(2023), row(2024)];
    const rule: MetricRule = { metric: 'ela_proficiency_gap', groupType: 'race_ethnicity', groups: ['black'], direction: 'above', thresholds: { initiating: 15, developing: 7.5 }, years: 3 };
    const points = seriesPoints(SUGGESTION_METRICS.ela_proficiency_gap, rows, 'black');
    const suggestion = evaluateRule(rule, [{ metric: rule.metric, groupType: rule.groupType, group: 'black', points }]);
    expect(suggestion.level).toBe('initiating');
    expect(suggestion.detail).toContain('19.0 points below all other students in 2023-24');

    const explore = formatGap(row(2024).gap!, PERCENT);
    expect(explore).toBe('19.0 pts below');

    const metric = findMetric('ela_proficiency')!;
    const baseline = baselineFromRows(rows, { metricId: metric.id, statistic: 'gap', groupType: 'race_ethnicity', group: 'black', target: -10, targetYear: 2027 }, metric, 10);
    expect(baseline.text).toBe('19.0 pts below in 2023-24');
    // The report prints a target with the same function: a target of a 10-point shortfall.
    expect(formatFigure(-10, metric, 'gap')).toBe('10.0 pts below');
    expect(`${formatFigure(baseline.value!, metric, 'gap')}`).toBe(explore);
  });
});
