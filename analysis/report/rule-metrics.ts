// The registry metrics behind the data-suggested ratings: their definitions belong in every methods appendix.
export const SUGGESTION_RULE_METRIC_IDS: readonly string[] = [
  'out_of_school_suspension',
  'ela_proficiency',
  'math_proficiency',
  'chronic_absenteeism',
  'ap_ib_enrollment',
  'graduation_4_year',
];
