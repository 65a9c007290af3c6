// The metric registry: every metric EquityLens computes, in the order the methods appendix lists them.
import { CLIMATE_METRICS } from './climate-metrics';
import { DISCIPLINE_METRICS } from './discipline-metrics';
import type { Domain, MetricDefinition } from './metric-types';
import { OPPORTUNITY_METRICS } from './opportunity-metrics';
import { population } from './populations';
import { STAFF_METRICS } from './staff-metrics';
import { STUDENT_OUTCOME_METRICS } from './student-outcome-metrics';
import type { GroupTypeId } from './group-types';

export const METRICS: readonly MetricDefinition[] = [
  ...STUDENT_OUTCOME_METRICS,
  ...DISCIPLINE_METRICS,
  ...OPPORTUNITY_METRICS,
  ...STAFF_METRICS,
  ...CLIMATE_METRICS,
];

const BY_ID = new Map(METRICS.map((m) => [m.id, m]));

export function findMetric(id: string): MetricDefinition | undefined {
  return BY_ID.get(id);
}

export const metricsInDomain = (domain: Domain): MetricDefinition[] => METRICS.filter((m) => m.domain === domain);

/** The group types a metric can be broken down by: its population's, less any it excludes. */
export function metricGroupTypes(metric: MetricDefinition): GroupTypeId[] {
  return population(metric.population).groupTypes.filter((g) => !metric.excludeGroupTypes?.includes(g));
}
