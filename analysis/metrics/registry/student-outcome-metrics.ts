// Domain 1 metrics of learning and attendance: proficiency, scale scores, chronic absence, attendance.
import type { MetricDefinition } from './metric-types';

const assessmentMethods = (subject: string) =>
  `Counts each student tested in ${subject} once per year, with the groups recorded on their enrollment record that year and the school where they tested. ` +
  'Students who were not tested are not in the denominator. Proficient means the state\'s "met standard" level or above.';

export const STUDENT_OUTCOME_METRICS: readonly MetricDefinition[] = [
  {
    id: 'ela_proficiency',
    label: 'ELA proficiency',
    domain: 1,
    topic: 'academics',
    population: 'tested',
    kind: 'proportion',
    eligible: "subject = 'ela' AND proficient IS NOT NULL",
    outcome: 'proficient',
    unit: 'percent',
    direction: 'higher_is_better',
    defaultReference: 'all_others',
    aggregatesMeasure: 'ela_proficiency',
    definition: 'The share of students tested in English language arts who met the proficiency standard.',
    methods: assessmentMethods('English language arts'),
  },
  {
    id: 'math_proficiency',
    label: 'Math proficiency',
    domain: 1,
    topic: 'academics',
    population: 'tested',
    kind: 'proportion',
    eligible: "subject = 'math' AND proficient IS NOT NULL",
    outcome: 'proficient',
    unit: 'percent',
    direction: 'higher_is_better',
    defaultReference: 'all_others',
    aggregatesMeasure: 'math_proficiency',
    definition: 'The share of students tested in mathematics who met the proficiency standard.',
    methods: assessmentMethods('mathematics'),
  },
  {
    id: 'ela_scale_score',
    label: 'ELA mean scale score',
    domain: 1,
    topic: 'academics',
    population: 'tested',
    kind: 'mean',
    eligible: "subject = 'ela' AND scale_score IS NOT NULL",
    outcome: 'scale_score',
    unit: 'scale_score',
    direction: 'higher_is_better',
    defaultReference: 'all_others',
    effectSizes: true,
    definition: 'The average English language arts scale score of tested students.',
    methods:
      `${assessmentMethods('English language arts')} Scale scores rise with grade, so a group with more students in higher grades averages higher: ` +
      'compare groups within a grade (break down by grade) before reading a gap as a difference in learning. Effect sizes divide the gap by the pooled standard deviation.',
  },
  {
    id: 'math_scale_score',
    label: 'Math mean scale score',
    domain: 1,
    topic: 'academics',
    population: 'tested',
    kind: 'mean',
    eligible: "subject = 'math' AND scale_score IS NOT NULL",
    outcome: 'scale_score',
    unit: 'scale_score',
    direction: 'higher_is_better',
    defaultReference: 'all_others',
    effectSizes: true,
    definition: 'The average mathematics scale score of tested students.',
    methods:
      `${assessmentMethods('mathematics')} Scale scores rise with grade, so compare groups within a grade before reading a gap as a difference in learning. ` +
      'Effect sizes divide the gap by the pooled standard deviation.',
  },
  {
    id: 'chronic_absenteeism',
    label: 'Chronic absenteeism',
    domain: 1,
    topic: 'attendance',
    population: 'students',
    extensions: ['attendance'],
    kind: 'proportion',
    eligible: 'days_enrolled >= $chronic_minimum_days',
    outcome: 'CASE WHEN $chronic_fifteen_days THEN days_absent >= 15 ELSE days_absent >= 0.1 * days_enrolled END',
    unit: 'percent',
    direction: 'lower_is_better',
    defaultReference: 'all_others',
    aggregatesMeasure: 'chronic_absenteeism',
    definition:
      'The share of students who missed at least 10% of the days they were enrolled, excused or not (or, under the federal civil-rights definition chosen in the settings, 15 or more days).',
    methods:
      "Absences are added across every school a student attended that year. Students enrolled fewer days than the project's minimum are left out, because a few absences in a short enrollment would count as chronic. " +
      'The definition (10% of enrolled days, or 15 days) and the minimum are project settings, printed with the report.',
  },
  {
    id: 'chronic_absenteeism_15_days',
    label: 'Chronic absenteeism (15 days)',
    domain: 1,
    topic: 'attendance',
    population: 'students',
    extensions: ['attendance'],
    kind: 'proportion',
    eligible: 'days_enrolled >= $chronic_minimum_days',
    outcome: 'days_absent >= 15',
    unit: 'percent',
    direction: 'lower_is_better',
    defaultReference: 'all_others',
    definition: 'The share of students absent 15 or more school days, the definition of the federal Civil Rights Data Collection.',
    methods:
      "Absences are added across every school a student attended that year; students enrolled fewer days than the project's minimum are left out. " +
      'Unlike the 10% definition, a student who enrolled late needs the same number of absences to count.',
  },
  {
    id: 'attendance_rate',
    label: 'Attendance rate',
    domain: 1,
    topic: 'attendance',
    population: 'students',
    extensions: ['attendance'],
    kind: 'mean',
    eligible: 'days_enrolled > 0',
    outcome: 'days_enrolled - days_absent',
    weight: 'days_enrolled',
    unit: 'percent',
    direction: 'higher_is_better',
    defaultReference: 'all_others',
    definition: 'Days attended as a share of days enrolled, over all students in the group.',
    methods:
      'All days attended divided by all days enrolled (a ratio of sums). Its interval treats the student, not the day, as the unit, ' +
      "because one student's days are not independent of each other.",
  },
];
