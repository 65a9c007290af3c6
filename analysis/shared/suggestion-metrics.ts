// The figures behind data-suggested ratings: each suggestion figure names one registry metric and one
// statistic of the metrics engine's published rows. This one mapping is read by the review (suggestions),
// the action plan (benchmarks seeded from a rule) and the report (the methods appendix).
import type { BenchmarkStatistic, SuggestionGroupType, SuggestionMetricId } from '../api';
import { RACE_ETHNICITY_GROUPS } from './codes';
import { gapFromShortfall, gapPhrase, type GapDirection } from './gap-sign';

/** Which published column a suggestion reads. */
export type SuggestionStatistic = 'gap' | 'risk_ratio' | 'composition_index';

export interface SuggestionMetricInfo {
  id: SuggestionMetricId;
  /** The registry metric whose published rows hold the figure. */
  metricId: string;
  statistic: SuggestionStatistic;
  /** The registry metric's direction (checked against the registry by a unit test). */
  direction: GapDirection;
  /** The statistic an action-plan benchmark seeded from this rule tracks. */
  benchmark: BenchmarkStatistic;
  /** Used in reason sentences: "<label> for Black or African American students 2.6". */
  label: string;
  unit: 'ratio' | 'points' | 'index';
  definition: string;
}

export const SUGGESTION_METRICS: Record<SuggestionMetricId, SuggestionMetricInfo> = {
  oss_risk_ratio: {
    id: 'oss_risk_ratio',
    metricId: 'out_of_school_suspension',
    statistic: 'risk_ratio',
    direction: 'lower_is_better',
    benchmark: 'risk_ratio',
    label: 'Out-of-school suspension risk ratio',
    unit: 'ratio',
    definition: 'The published risk ratio of the out-of-school suspension metric: the group’s risk divided by that of all other students, under the IDEA cell and n-size tests in the settings.',
  },
  ela_proficiency_gap: {
    id: 'ela_proficiency_gap',
    metricId: 'ela_proficiency',
    statistic: 'gap',
    direction: 'higher_is_better',
    benchmark: 'gap',
    label: 'ELA proficiency gap',
    unit: 'points',
    definition: 'How many percentage points the group’s ELA proficiency rate is below that of all other students tested.',
  },
  math_proficiency_gap: {
    id: 'math_proficiency_gap',
    metricId: 'math_proficiency',
    statistic: 'gap',
    direction: 'higher_is_better',
    benchmark: 'gap',
    label: 'Mathematics proficiency gap',
    unit: 'points',
    definition: 'How many percentage points the group’s mathematics proficiency rate is below that of all other students tested.',
  },
  chronic_absence_gap: {
    id: 'chronic_absence_gap',
    metricId: 'chronic_absenteeism',
    statistic: 'gap',
    direction: 'lower_is_better',
    benchmark: 'gap',
    label: 'Chronic absence gap',
    unit: 'points',
    definition: 'How many percentage points the group’s chronic absenteeism rate (under the definition chosen in the settings) is above that of all other students.',
  },
  advanced_course_composition: {
    id: 'advanced_course_composition',
    metricId: 'ap_ib_enrollment',
    statistic: 'composition_index',
    direction: 'higher_is_better',
    benchmark: 'gap',
    label: 'AP/IB composition index',
    unit: 'index',
    definition: "The group's share of grade 10-12 students taking an AP or IB course divided by its share of grade 10-12 enrollment (1 is proportional).",
  },
  graduation_gap: {
    id: 'graduation_gap',
    metricId: 'graduation_4_year',
    statistic: 'gap',
    direction: 'higher_is_better',
    benchmark: 'gap',
    label: 'Four-year graduation gap',
    unit: 'points',
    definition: "How many percentage points the group's four-year graduation rate is below that of all other students in the cohort.",
  },
};

/** The registry metrics the suggestions read: their definitions belong in every methods appendix. */
export const SUGGESTION_RULE_METRIC_IDS: readonly string[] = [...new Set(Object.values(SUGGESTION_METRICS).map((m) => m.metricId))];

export const PROGRAM_GROUPS = [
  { code: 'swd', label: 'Students with disabilities' },
  { code: 'ell', label: 'English learners' },
  { code: 'econ_disadv', label: 'Low-income students' },
  { code: 'homeless', label: 'Students experiencing homelessness' },
] as const;

/**
 * Where a rule's group lives in the engine: race/ethnicity groups are values of one group type; a
 * program group is the "yes" value of its own yes/no group type.
 */
export function engineGroup(groupType: SuggestionGroupType, code: string): { groupType: string; group: string } {
  return groupType === 'race_ethnicity' ? { groupType: 'race_ethnicity', group: code } : { groupType: code, group: 'true' };
}

/** "Black or African American students", "Students with disabilities". */
export function groupPhrase(groupType: SuggestionGroupType, code: string): string {
  if (groupType === 'program') return PROGRAM_GROUPS.find((g) => g.code === code)?.label ?? code;
  const label = RACE_ETHNICITY_GROUPS.find((g) => g.code === code)?.label ?? code;
  return `${label} students`;
}

/**
 * Formats a suggestion figure the way reason sentences and the UI print it. A gap figure is how far the
 * group is worse off; it is written in the shared convention: "19.0 points below all other students".
 */
export function formatMetricValue(metric: SuggestionMetricId, value: number): string {
  const info = SUGGESTION_METRICS[metric];
  if (info.unit === 'points') return gapPhrase(gapFromShortfall(value, info.direction), { comparison: 'all other students' });
  return value.toFixed(2);
}

export const GROUP_TYPE_LABELS: Record<SuggestionGroupType, string> = {
  race_ethnicity: 'Race/ethnicity',
  program: 'Student program (disability, English learner, low income, homelessness)',
};
