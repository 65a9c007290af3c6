// Domain 1 discipline metrics: suspensions, expulsions, referrals to law enforcement, removals.
import type { MetricDefinition } from './metric-types';

const discipline = (id: string, label: string, column: string, what: string, measure: string): MetricDefinition => ({
  id,
  label,
  domain: 1,
  topic: 'discipline',
  population: 'students',
  extensions: ['discipline'],
  kind: 'proportion',
  outcome: `${column} > 0`,
  unit: 'percent',
  direction: 'lower_is_better',
  defaultReference: 'all_others',
  aggregatesMeasure: measure,
  definition: `The share of enrolled students who received at least one ${what} during the school year.`,
  methods:
    'A student is counted once however many times it happened (the risk used by IDEA and the Civil Rights Data Collection). ' +
    'The denominator is every student enrolled that year. Actions for students with no enrollment record that year cannot be attributed to a group and are left out.',
});

export const DISCIPLINE_METRICS: readonly MetricDefinition[] = [
  discipline('out_of_school_suspension', 'Out-of-school suspension', 'oss_actions', 'out-of-school suspension', 'out_of_school_suspension'),
  discipline('in_school_suspension', 'In-school suspension', 'iss_actions', 'in-school suspension', 'in_school_suspension'),
  discipline('expulsion', 'Expulsion', 'expulsions', 'expulsion', 'expulsion'),
  discipline('law_enforcement_referral', 'Law-enforcement referral', 'law_enforcement_referrals', 'referral to law enforcement', 'law_enforcement_referral'),
  {
    id: 'disciplinary_removals_per_100',
    label: 'Disciplinary removals per 100 students',
    domain: 1,
    topic: 'discipline',
    population: 'students',
    extensions: ['discipline'],
    kind: 'mean',
    outcome: '100.0 * removals',
    unit: 'per_100',
    direction: 'lower_is_better',
    defaultReference: 'all_others',
    definition: 'In-school suspensions, out-of-school suspensions and expulsions, counted every time, per 100 enrolled students.',
    methods:
      'Every removal counts, so a few students removed many times raise the figure; read it with the suspension risk, which counts students once. ' +
      'Its interval treats the student as the unit.',
  },
];
