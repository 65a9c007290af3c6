// Suggestion rules: figures per group and year against thresholds and years -> a level and its reason.
import { describe, expect, it } from 'vitest';
import type { MetricRule, PublishedMetricRow, RubricCriterion } from '../../../analysis/api';
import type { MetricSeries } from '../../../analysis/review/metric-series';
import { seriesPoints, suggestionFigure } from '../../../analysis/review/engine-metric-source';
import { SUGGESTION_METRICS } from '../../../analysis/shared/suggestion-metrics';
import { evaluateRule, suggestCriterion } from '../../../analysis/review/suggestion-rules';

const OSS_RULE: MetricRule = {
  metric: 'oss_risk_ratio',
  groupType: 'race_ethnicity',
  groups: ['black', 'hispanic_latino'],
  direction: 'above',
  thresholds: { initiating: 2, developing: 1.5 },
  years: 3,
};

function series(group: string, values: (number | null)[], firstYear = 2022, metric: MetricSeries['metric'] = 'oss_risk_ratio'): MetricSeries {
  return {
    metric,
    groupType: 'race_ethnicity',
    group,
    points: values.map((value, i) => ({ year: firstYear + i, value, n: value === null ? 4 : 500, suppressed: value === null })),
  };
}

describe('suggestion rules', () => {
  it('suggests Initiating when a group is over the initiating threshold in each year, with the reason', () => {
    const outcome = evaluateRule(OSS_RULE, [series('black', [3.4, 3.2, 3.1]), series('hispanic_latino', [0.8, 0.9, 0.8])]);
    expect(outcome.level).toBe('initiating');
    expect(outcome.detail).toBe(
      'Out-of-school suspension risk ratio for Black or African American students 3.10 in 2023-24, over 2 in each of 3 years (3.40, 3.20, 3.10).',
    );
    const criterion: RubricCriterion = {
      id: '1.2.3',
      title: 'Discipline',
      looksFor: 'x',
      descriptors: { initiating: 'a', developing: 'b', established: 'c' },
      evidenceTypes: ['quantitative'],
      metricRules: [OSS_RULE],
    };
    expect(suggestCriterion(criterion, [outcome])?.reason).toMatch(/^Suggested: Initiating\. Out-of-school suspension risk ratio for Black or African American students 3\.10/);
  });

  it('needs every year of the window past the threshold: one dip below 2 means Developing', () => {
    const outcome = evaluateRule(OSS_RULE, [series('black', [2.61, 2.34, 1.9])]);
    expect(outcome.level).toBe('developing');
    expect(outcome.detail).toContain('over 1.5 in each of 3 years (2.61, 2.34, 1.90) but not over 2 throughout');
  });

  it('suggests Established when no group stays past the developing threshold', () => {
    const outcome = evaluateRule(OSS_RULE, [series('black', [1.6, 1.4, 1.7]), series('hispanic_latino', [0.8, 0.9, 0.8])]);
    expect(outcome.level).toBe('established');
    expect(outcome.detail).toMatch(/did not stay over 1\.5 in each of 3 years for any of the 2 groups judged; the highest in 2023-24 was Black or African American students, 1\.70/);
  });

  it('the worst group decides', () => {
    const outcome = evaluateRule(OSS_RULE, [series('black', [1.6, 1.7, 1.8]), series('hispanic_latino', [2.5, 2.2, 2.1])]);
    expect(outcome.level).toBe('initiating');
    expect(outcome.detail).toContain('Hispanic or Latino students 2.10');
  });

  it('uses only the most recent years: an old bad year does not count', () => {
    const outcome = evaluateRule({ ...OSS_RULE, years: 2 }, [series('black', [3.0, 1.2, 1.1], 2022)]);
    expect(outcome.level).toBe('established');
  });

  it('does not judge a group with a suppressed or missing year, and says so', () => {
    const outcome = evaluateRule(OSS_RULE, [series('black', [2.5, null, 2.4]), series('hispanic_latino', [1.6, 1.7, 1.55])]);
    expect(outcome.level).toBe('developing');
    expect(outcome.detail).toContain('Not judged (a year missing or too few students): Black or African American students.');
  });

  it('makes no suggestion when no group has enough years', () => {
    const outcome = evaluateRule(OSS_RULE, [series('black', [2.5, 2.4], 2023)]);
    expect(outcome.level).toBeNull();
    expect(outcome.detail).toMatch(/^No suggestion: out-of-school suspension risk ratio needs 3 years of figures/);
    expect(evaluateRule(OSS_RULE, []).level).toBeNull();
  });

  it('handles "below" rules (a composition index under its thresholds is worse)', () => {
    const rule: MetricRule = { metric: 'advanced_course_composition', groupType: 'race_ethnicity', groups: ['black'], direction: 'below', thresholds: { initiating: 0.6, developing: 0.8 }, years: 3 };
    const low = evaluateRule(rule, [series('black', [0.4, 0.42, 0.41], 2022, 'advanced_course_composition')]);
    expect(low.level).toBe('initiating');
    expect(low.detail).toContain('AP/IB composition index for Black or African American students 0.41 in 2023-24, under 0.6 in each of 3 years');
    expect(evaluateRule(rule, [series('black', [0.7, 0.75, 0.65], 2022, 'advanced_course_composition')]).level).toBe('developing');
    expect(evaluateRule(rule, [series('black', [0.9, 1.1, 0.95], 2022, 'advanced_course_composition')]).level).toBe('established');
  });

  it('gap rules print points', () => {
    const rule: MetricRule = { metric: 'chronic_absence_gap', groupType: 'program', groups: ['econ_disadv'], direction: 'above', thresholds: { initiating: 15, developing: 7.5 }, years: 1 };
    const outcome = evaluateRule(rule, [{ metric: 'chronic_absence_gap', groupType: 'program', group: 'econ_disadv', points: [{ year: 2024, value: 22.37, n: 900, suppressed: false }] }]);
    expect(outcome.detail).toBe('Chronic absence gap for Low-income students 22.4 points above all other students in 2023-24, over 15 points in 2023-24.');
  });

  it('the worst rule of a criterion decides its suggestion', () => {
    const criterion: RubricCriterion = {
      id: 'x',
      title: 't',
      looksFor: 'l',
      descriptors: { initiating: 'a', developing: 'b', established: 'c' },
      evidenceTypes: ['quantitative'],
      metricRules: [OSS_RULE, OSS_RULE],
    };
    const suggestion = suggestCriterion(criterion, [
      { level: 'established', detail: 'fine.', figures: [] },
      { level: 'developing', detail: 'moderate.', figures: [] },
    ]);
    expect(suggestion).toEqual({ criterionId: 'x', level: 'developing', reason: 'Suggested: Developing. moderate.', figures: [] });
    expect(suggestCriterion({ ...criterion, metricRules: undefined }, [])).toBeNull();
    expect(suggestCriterion(criterion, [{ level: null, detail: 'No suggestion: not enough data.', figures: [] }])).toEqual({ criterionId: 'x', level: null, reason: 'No suggestion: not enough data.', figures: [] });
  });
});

describe('suggestion figures from published engine rows', () => {
  const row = (over: Partial<PublishedMetricRow>): PublishedMetricRow =>
    ({ school_year: 2024, facet_value: null, is_total: false, group_value: 'black', denominator: 200, gap: null, gap_note: null, risk_ratio: null, risk_ratio_note: null, composition_index: null, value_note: null, suppressed: false, ...over }) as PublishedMetricRow;
  it('reads a gap as the points by which the group is worse off, from the metric direction', () => {
    // Proficiency (higher is better): group 15% vs others 34% -> published gap -0.19 -> 19 points worse off.
    expect(suggestionFigure(SUGGESTION_METRICS.ela_proficiency_gap, row({ gap: -0.19 }))).toBeCloseTo(19, 10);
    // Chronic absence (lower is better): group 30% vs others 20% -> published gap +0.10 -> 10 points worse off.
    expect(suggestionFigure(SUGGESTION_METRICS.chronic_absence_gap, row({ gap: 0.1 }))).toBeCloseTo(10, 10);
    expect(suggestionFigure(SUGGESTION_METRICS.graduation_gap, row({ gap: 0.05 }))).toBeCloseTo(-5, 10);
  });
  it('reads risk ratios and composition indexes as published', () => {
    expect(suggestionFigure(SUGGESTION_METRICS.oss_risk_ratio, row({ risk_ratio: 2.5 }))).toBe(2.5);
    expect(suggestionFigure(SUGGESTION_METRICS.advanced_course_composition, row({ composition_index: 0.41 }))).toBe(0.41);
  });
  it('takes the district-level rows of the group, oldest first, and marks withheld figures', () => {
    const rows = [
      row({ school_year: 2024, risk_ratio: 2.1 }),
      row({ school_year: 2023, risk_ratio: null, risk_ratio_note: 'suppressed' }),
      row({ school_year: 2022, risk_ratio: null, risk_ratio_note: 'insufficient_n_size' }),
      row({ school_year: 2024, facet_value: '101', risk_ratio: 9 }),
      row({ school_year: 2024, is_total: true, group_value: 'total', risk_ratio: 1 }),
      row({ school_year: 2024, group_value: 'white', risk_ratio: 0.5 }),
    ];
    expect(seriesPoints(SUGGESTION_METRICS.oss_risk_ratio, rows, 'black')).toEqual([
      { year: 2022, value: null, n: 200, suppressed: false },
      { year: 2023, value: null, n: 200, suppressed: true },
      { year: 2024, value: 2.1, n: 200, suppressed: false },
    ]);
  });
});
