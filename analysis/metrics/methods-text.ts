// Methods text for every statistic in a metric table, written for a school board and printed in the
// report's appendix next to each metric's own definition (analysis/metrics/registry).

export interface StatisticMethod {
  id: string;
  label: string;
  methods: string;
}

export const STATISTIC_METHODS: readonly StatisticMethod[] = [
  {
    id: 'rate',
    label: 'Rate and 95% interval',
    methods:
      'A rate is the number of students with an outcome divided by the number counted. Its 95% interval (the Wilson score interval) is the range of rates consistent with the data: ' +
      'a group of 20 with a rate of 10% could easily have a true rate anywhere from about 3% to 30%. Averages use a t interval in which the student, not the day or answer, is the unit.',
  },
  {
    id: 'gap',
    label: 'Gap',
    methods:
      "The difference, in percentage points (or in the metric's units), between a group's figure and its reference: all students, all other students, the highest-performing group, or a group the reviewer chooses. " +
      'The highest-performing group is chosen only among groups large enough to be published.',
  },
  {
    id: 'risk_ratio',
    label: 'Risk ratio',
    methods:
      "A group's risk divided by the risk of all other students in the district (34 CFR 300.647). 2.0 means twice as likely. It is calculated only when the group and its comparison group " +
      'each have at least the minimum cell size with the outcome and the minimum n-size in all (project settings; 10 and 30 are the federal maximums).',
  },
  {
    id: 'alternate_risk_ratio',
    label: 'Alternate risk ratio',
    methods:
      "The group's district risk divided by the risk of all other students in the state, from state figures in the aggregates table. IDEA uses it when the district's own comparison group " +
      'is too small. It is not calculated within a student group (such as race within disability), because the state figures do not break down that way.',
  },
  {
    id: 'weighted_risk_ratio',
    label: 'Weighted risk ratio',
    methods:
      "The group's district risk divided by the other groups' district risks averaged with the state's enrollment shares as weights (Bollmer, Bethel, Garrison-Mogren and Brauen, 2007), " +
      'so a district with an unusual mix of students is compared as if its mix were the state\'s. In published tables, the ratio is withheld (with a note) when any group it averages over is withheld: a ratio recomputed without that group would be a different statistic.',
  },
  {
    id: 'flag',
    label: 'Years over the threshold',
    methods:
      'How many years in a row the risk ratio (or the alternate risk ratio where IDEA would use it) has been past the threshold: above it for an adverse outcome such as suspension or identification, ' +
      'below its reciprocal for an opportunity such as proficiency or advanced courses (a threshold of 2 flags a group half as likely). A group is flagged when that reaches the number of years in the settings. ' +
      'A flag is a question to investigate, not a finding of discrimination.',
  },
  {
    id: 'reasonable_progress',
    label: 'Reasonable progress and identification',
    methods:
      'Under 34 CFR 300.647(d) a state need not identify a flagged group that shows reasonable progress, as the state defines it, in lowering its ratio in each of the two prior consecutive years. ' +
      'Both standards states use are shown: the ratio fell in each of the two years before (by any amount), and it fell by at least the percentage in the settings each year. ' +
      "A group is identified when it is flagged and shows no progress under the project's chosen standard (or the standard is not used). Progress that cannot be judged, because a year's ratio was not computed or is withheld, does not count.",
  },
  {
    id: 'students_needed',
    label: 'Students needed',
    methods:
      'How many fewer students with an adverse outcome (or, for an opportunity, how many more with it) would bring a group past the threshold back within it, the comparison group unchanged: ' +
      'a group of n students with x suspended, against a comparison risk r and a threshold T, is within it when x is at most T x r x n. It is a way to read the size of a gap in students, not a target.',
  },
  {
    id: 'composition_index',
    label: 'Composition index',
    methods:
      "A group's share of the students with the outcome divided by its share of all students counted. 1 is proportional; 0.5 means the group is half as represented as its enrollment would suggest.",
  },
  {
    id: 'effect_size',
    label: "Cohen's d and Hedges' g",
    methods:
      "The difference between two average scores divided by their pooled standard deviation: 0.2 is usually called small, 0.5 medium and 0.8 large. Hedges' g corrects d for small groups. " +
      'When the reference is all students, a group is compared with all other students, because a group cannot be compared fairly with a total that includes it.',
  },
  {
    id: 'change',
    label: 'Change from the prior year',
    methods: "This year's figure minus the same group's figure the year before, when both exist and both are published.",
  },
  {
    id: 'funnel',
    label: 'Funnel limits',
    methods:
      "When schools are compared, each school's rate is shown against the range a school of its size would show by chance if its true rate were the district's (95% and 99.8% limits; " +
      'Spiegelhalter 2005). Small schools have wide limits, so they are not singled out for noise; a school beyond the 99.8% limits is unlikely to differ by chance.',
  },
  {
    id: 'suppression',
    label: 'Privacy protections',
    methods:
      'No figure is published for fewer students than the project minimum (10 by default): counts below it read "<10", rates and averages for smaller groups are withheld, ' +
      'and when a withheld figure could be worked out by subtraction from a total, the next smallest figure is withheld too. ' +
      'These decisions are made over every table the project can publish for a metric together (the total, each breakdown by one group, each breakdown by two, and each school), so a figure hidden in one table cannot be worked out from another. Rates near 0% or 100% are shown as bounds such as "<=1%" or ">=99%" ' +
      '(within 1 point for groups of 300 or more, 2 points for 100 or more, 5 for 40 or more, 10 below that), and any rate whose count or complement is below the minimum is shown as a bound ' +
      'that says no more than "<10". Statistics derived from a withheld figure are withheld with it. An internal view, chosen explicitly, shows unsuppressed figures on screen and marks anything taken from it.',
  },
  {
    id: 'aggregates',
    label: 'Report-card figures',
    methods:
      'Where only published report-card counts are loaded (the aggregates table), district figures are sums over schools. Schools that suppressed a group are missing from that group\'s sum but not from the total, ' +
      'so "all other students" can be overstated there.',
  },
];
