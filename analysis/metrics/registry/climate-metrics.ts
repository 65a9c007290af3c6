// Domain 4 climate-survey metrics: the share of answers in the favorable range, by respondent.
import type { MetricDefinition } from './metric-types';

const favorability = (id: string, label: string, respondents: string | null, who: string): MetricDefinition => ({
  id,
  label,
  domain: 4,
  topic: 'climate',
  population: 'respondents',
  kind: 'mean',
  eligible: respondents ? `items_answered > 0 AND respondent_type = '${respondents}'` : 'items_answered > 0',
  outcome: 'items_favorable',
  weight: 'items_answered',
  unit: 'percent',
  direction: 'higher_is_better',
  defaultReference: 'all_others',
  // "students' answers", "staff's answers": a plural ending in s takes the apostrophe alone.
  definition: `The share of ${who.endsWith('s') ? `${who}'` : `${who}'s`} answers to climate-survey items that were favorable (agree or strongly agree).`,
  methods:
    'Favorable answers over all answers (a ratio of sums), with the respondent as the unit: n counts people, and the interval allows for one person answering several items alike. ' +
    'Limit to one construct (belonging, fairness, ...) with the constructs filter. Responses are anonymous and self-reported; groups are what respondents chose to report.',
});

export const CLIMATE_METRICS: readonly MetricDefinition[] = [
  favorability('climate_favorability', 'Climate survey favorability', null, "all respondents"),
  favorability('student_climate_favorability', 'Student climate favorability', 'student', 'students'),
  favorability('family_climate_favorability', 'Family climate favorability', 'family', 'families'),
  favorability('staff_climate_favorability', 'Staff climate favorability', 'staff', 'staff'),
];
