// A sample-district project with a review worth reporting on: ratings in every domain, evidence of each
// kind (charts from Explore addresses, interviews, documents), findings of each type, recommendations, and
// an action plan seeded from the Initiating criteria plus one written by hand. Built through the service.
import type { EquityLensApi, Result } from '../../analysis/api';

export function ok<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
}

/** Explore addresses as the Explore screen writes them ("Add as evidence" stores them as view.filters). */
export const CHART_EVIDENCE: { query: string; title: string; criteria: string[] }[] = [
  { query: 'metric=out_of_school_suspension&by=race_ethnicity', title: 'Out-of-school suspension by race/ethnicity', criteria: ['1.2.3'] },
  { query: 'metric=ela_proficiency&view=gaps&by=race_ethnicity', title: 'ELA proficiency gaps by race/ethnicity', criteria: ['1.1.1'] },
  { query: 'metric=chronic_absenteeism&view=trend&by=race_ethnicity', title: 'Chronic absenteeism by race/ethnicity over time', criteria: ['1.2.1'] },
  { query: 'metric=ap_ib_enrollment&view=composition&by=race_ethnicity', title: 'Who takes AP or IB courses', criteria: ['1.3.1'] },
  { query: 'metric=new_hire_training_90_days&by=school_level', title: 'New hires trained within 90 days by school level', criteria: ['2.4.2'] },
  { query: 'metric=gifted_identification&by=race_ethnicity', title: 'Gifted identification by race/ethnicity', criteria: ['3.3.3'] },
  { query: 'metric=family_climate_favorability&by=school_level', title: 'Family climate favorability by school level', criteria: ['4.1.1'] },
];

export const RATINGS: { criterionId: string; level: 'initiating' | 'developing' | 'established'; rationale: string }[] = [
  { criterionId: '1.1.1', level: 'initiating', rationale: '' },
  { criterionId: '1.2.3', level: 'initiating', rationale: '' },
  { criterionId: '1.2.1', level: 'developing', rationale: 'Chronic absence gaps narrowed in each of the last two years.' },
  { criterionId: '1.3.1', level: 'developing', rationale: 'AP and IB enrolment is widening, though Black and Hispanic students remain under-represented.' },
  { criterionId: '2.1.1', level: 'developing', rationale: 'The strategic plan names equity goals; not every school plan carries them.' },
  { criterionId: '2.4.2', level: 'initiating', rationale: 'Fewer than half of new hires finish anti-bias training within 90 days.' },
  { criterionId: '2.3.1', level: 'developing', rationale: 'Recruiting partnerships with two HBCUs are in their second year.' },
  { criterionId: '3.1.1', level: 'established', rationale: 'Curriculum review cycle includes identity and representation criteria.' },
  { criterionId: '3.3.3', level: 'initiating', rationale: 'Gifted screening relies on teacher referral alone.' },
  { criterionId: '4.1.1', level: 'developing', rationale: 'Family survey favorability is high at elementary schools, lower in high schools.' },
  { criterionId: '4.3.1', level: 'established', rationale: 'Interpretation is available in 14 languages at every school event.' },
];

export async function buildReviewedProject(api: EquityLensApi): Promise<void> {
  ok(await api.setReviewer({ name: 'Dana Reyes' }));
  for (const r of RATINGS) ok(await api.rateCriterion(r));
  const chartIds: number[] = [];
  for (const chart of CHART_EVIDENCE) {
    const filters = Object.fromEntries(new URLSearchParams(chart.query));
    const added = ok(await api.addEvidence({ evidence: { kind: 'metric_view', view: { metricId: filters.metric!, groupType: filters.by!, filters, chartKind: filters.view ?? 'groups', title: chart.title } }, criterionIds: chart.criteria }));
    chartIds.push(added.evidence.evidenceId);
  }
  const interview = ok(await api.addEvidence({ evidence: { kind: 'focus_group', title: 'Student focus group on discipline', source: 'Grade 8 students, Lincoln Middle', date: '2024-10-08' }, criterionIds: ['1.2.3'] })).evidence.evidenceId;
  const doc = ok(await api.addEvidence({ evidence: { kind: 'document', title: 'Board equity policy 2023', reference: 'Board policy 0415', date: '2023-06-12' }, criterionIds: ['2.1.1'] })).evidence.evidenceId;
  ok(await api.addEvidence({ evidence: { kind: 'interview', title: 'Family liaison interview', source: 'Family and community liaison', date: '2024-10-15' }, criterionIds: ['4.1.1'] }));

  const suspension = ok(
    await api.saveFinding({
      finding: {
        domainId: 'd1',
        type: 'limiting_factor',
        title: 'Out-of-school suspension falls hardest on Black students',
        text: 'Black students were suspended out of school at more than twice the rate of all other students in each of the last three years. Students in focus groups described removals for minor, subjective offences.',
        criterionIds: ['1.2.3'],
        evidenceIds: [chartIds[0]!, interview],
      },
    }),
  ).findings.find((f) => f.title.startsWith('Out-of-school'))!.findingId;
  ok(await api.saveFinding({ finding: { domainId: 'd1', type: 'area_for_growth', title: 'Reading proficiency gaps persist', text: 'Hispanic and Black students trail all other students in ELA proficiency by double digits.', criterionIds: ['1.1.1'], evidenceIds: [chartIds[1]!] } }));
  ok(await api.saveFinding({ finding: { domainId: 'd1', type: 'strength', title: 'Chronic absence is falling', text: 'Chronic absence fell for every group since 2021-22, fastest for the groups with the highest rates.', criterionIds: ['1.2.1'], evidenceIds: [chartIds[2]!] } }));
  ok(await api.saveFinding({ finding: { domainId: 'd2', type: 'strength', title: 'A board-adopted equity policy', text: 'The board adopted an equity policy with annual public reporting.', criterionIds: ['2.1.1'], evidenceIds: [doc] } }));
  ok(await api.saveFinding({ finding: { domainId: 'd2', type: 'area_for_growth', title: 'New-hire training lags', text: 'Anti-bias training within 90 days of hire is not tracked consistently across schools.', criterionIds: ['2.4.2'], evidenceIds: [chartIds[4]!] } }));
  ok(await api.saveFinding({ finding: { domainId: 'd3', type: 'limiting_factor', title: 'Gifted identification depends on referral', text: 'Identification rates for Black and Hispanic students are a fraction of those for White and Asian students.', criterionIds: ['3.3.3'], evidenceIds: [chartIds[5]!] } }));
  ok(await api.saveFinding({ finding: { domainId: 'd4', type: 'strength', title: 'Language access is strong', text: 'Families can get interpretation at every school event and translated notices within two days.', criterionIds: ['4.3.1'], evidenceIds: [] } }));

  ok(await api.saveRecommendation({ recommendation: { domainId: 'd1', priority: 'high', text: 'Replace exclusionary discipline for minor offences with restorative responses in every middle and high school.', findingIds: [suspension] } }));
  ok(await api.saveRecommendation({ recommendation: { domainId: 'd2', priority: 'medium', text: 'Track anti-bias training completion for every new hire, school by school, each quarter.', findingIds: [] } }));
  ok(await api.saveRecommendation({ recommendation: { domainId: 'd3', priority: 'high', text: 'Screen every grade 2 student for gifted services with a universal, non-verbal measure.', findingIds: [] } }));
  ok(await api.saveRecommendation({ recommendation: { domainId: 'd4', priority: 'low', text: 'Extend the family liaison model to high schools.', findingIds: [] } }));

  ok(await api.seedActionPlan({}));
  ok(
    await api.saveActionItem({
      item: {
        domainId: 'd3',
        criterionId: null,
        title: 'Universal gifted screening in grade 2',
        owner: 'Director of Advanced Learning',
        timeline: '2024-25 to 2025-26',
        status: 'planned',
        benchmark: { metricId: 'gifted_identification', statistic: 'value', groupType: 'race_ethnicity', group: 'black', target: 8, targetYear: 2026 },
      },
    }),
  );
  ok(await api.setReportCover({ title: 'Systems Quality Review Through the Lens of Equity', reviewStart: '2024-09-16', reviewEnd: '2024-12-13', reviewers: ['Dana Reyes', 'Marcus Bell'], preparedFor: 'Riverside Board of Education', siteVisitStart: '2024-10-07', siteVisitEnd: '2024-10-10' }));
}
