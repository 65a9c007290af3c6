// Fixed published rows for the Explore chart tests: what getMetricTable returns, written out by hand.
import type { MetricInfo } from '../../../analysis/api';
import type { MetricRow } from '../../../renderer/src/charts/explore/metric-rows';

export function row(fields: Partial<MetricRow> & Pick<MetricRow, 'group_value' | 'group_label'>): MetricRow {
  return {
    school_year: 2024,
    facet_value: null,
    facet_label: null,
    group_order: 0,
    is_total: false,
    internal: false,
    numerator: null,
    numerator_coded: null,
    denominator: null,
    denominator_coded: null,
    value: null,
    value_lower: null,
    value_upper: null,
    value_coded: null,
    value_note: null,
    reference_label: null,
    reference_value: null,
    gap: null,
    gap_note: null,
    risk_ratio: null,
    risk_ratio_note: null,
    flagged: null,
    years_over_threshold: null,
    outcome_share: null,
    population_share: null,
    composition_index: null,
    funnel_target: null,
    funnel_lower_95: null,
    funnel_upper_95: null,
    funnel_lower_998: null,
    funnel_upper_998: null,
    funnel_position: null,
    suppressed: false,
    suppression_reason: null,
    ...fields,
  };
}

export function metric(fields: Partial<MetricInfo> & Pick<MetricInfo, 'id' | 'label'>): MetricInfo {
  return {
    domain: 1,
    topic: 'discipline',
    kind: 'proportion',
    unit: 'percent',
    direction: 'lower_is_better',
    defaultReference: 'all_others',
    population: 'students',
    groupTypes: ['race_ethnicity'],
    aggregatesMeasure: null,
    definition: 'The share of enrolled students who received at least one out-of-school suspension.',
    methods: '',
    ...fields,
  };
}

export const SUSPENSION = metric({ id: 'out_of_school_suspension', label: 'Out-of-school suspension' });

/** A withheld group: fewer than ten with the outcome in a group of 40. */
export const withheldRow = (group_value: string, group_label: string, reason: 'small_n' | 'small_count' | 'complementary') =>
  row({
    group_value,
    group_label,
    suppressed: true,
    suppression_reason: reason,
    denominator: reason === 'small_n' ? null : 40,
    denominator_coded: reason === 'small_n' ? '<10' : null,
    numerator_coded: reason === 'complementary' ? '*' : '<10',
    value_note: 'suppressed',
  });
