// The Domain 1 figures behind data-suggested ratings, in words, and the views a reviewer can link.
import type { MetricViewDescriptor, SuggestionGroupType, SuggestionMetricId } from '../api';
import { RACE_ETHNICITY_GROUPS } from './codes';

export interface SuggestionMetricInfo {
  id: SuggestionMetricId;
  /** Used in reason sentences: "<label> for Black or African American students 2.6". */
  label: string;
  unit: 'ratio' | 'points' | 'index';
  definition: string;
}

export const SUGGESTION_METRICS: Record<SuggestionMetricId, SuggestionMetricInfo> = {
  oss_risk_ratio: {
    id: 'oss_risk_ratio',
    label: 'Out-of-school suspension risk ratio',
    unit: 'ratio',
    definition: 'Share of the group with at least one out-of-school suspension in the year, divided by the same share among all other students.',
  },
  ela_proficiency_gap: {
    id: 'ela_proficiency_gap',
    label: 'ELA proficiency gap',
    unit: 'points',
    definition: 'Percentage of all other students proficient in English language arts minus the percentage of the group proficient.',
  },
  math_proficiency_gap: {
    id: 'math_proficiency_gap',
    label: 'Mathematics proficiency gap',
    unit: 'points',
    definition: 'Percentage of all other students proficient in mathematics minus the percentage of the group proficient.',
  },
  chronic_absence_gap: {
    id: 'chronic_absence_gap',
    label: 'Chronic absence gap',
    unit: 'points',
    definition: 'Percentage of the group absent on at least 10% of enrolled days minus the same percentage among all other students.',
  },
  advanced_course_composition: {
    id: 'advanced_course_composition',
    label: 'AP/IB composition index',
    unit: 'index',
    definition: "The group's share of grade 10-12 students taking an AP or IB course divided by its share of grade 10-12 enrollment (1 is proportional).",
  },
  graduation_gap: {
    id: 'graduation_gap',
    label: 'Four-year graduation gap',
    unit: 'points',
    definition: "Four-year graduation rate of all other students in the cohort minus the group's rate.",
  },
};

export const PROGRAM_GROUPS = [
  { code: 'swd', label: 'Students with disabilities' },
  { code: 'ell', label: 'English learners' },
  { code: 'econ_disadv', label: 'Low-income students' },
  { code: 'homeless', label: 'Students experiencing homelessness' },
] as const;

/** "Black or African American students", "Students with disabilities". */
export function groupPhrase(groupType: SuggestionGroupType, code: string): string {
  if (groupType === 'program') return PROGRAM_GROUPS.find((g) => g.code === code)?.label ?? code;
  const label = RACE_ETHNICITY_GROUPS.find((g) => g.code === code)?.label ?? code;
  return `${label} students`;
}

/** Formats a metric value the way reason sentences and the UI print it. */
export function formatMetricValue(metric: SuggestionMetricId, value: number): string {
  const unit = SUGGESTION_METRICS[metric].unit;
  if (unit === 'points') return `${value.toFixed(1)} points`;
  return value.toFixed(2);
}

export const GROUP_TYPE_LABELS: Record<SuggestionGroupType, string> = {
  race_ethnicity: 'Race/ethnicity',
  program: 'Student program (disability, English learner, low income, homelessness)',
};

/**
 * Views the Review screen offers under "Link a chart view" until the Explore screen's metric list is
 * available: the Domain 1 figures the suggestion rules read, by each grouping.
 */
export function domainOneViewOptions(): MetricViewDescriptor[] {
  return Object.values(SUGGESTION_METRICS).flatMap((metric) =>
    (['race_ethnicity', 'program'] as const).map((groupType) => ({
      metricId: metric.id,
      groupType,
      chartKind: metric.unit === 'points' ? 'gap_by_year' : 'ratio_by_year',
      title: `${metric.label} by ${groupType === 'program' ? 'student program' : 'race/ethnicity'}, by year`,
    })),
  );
}
