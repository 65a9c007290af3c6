// Checks a metric request against the registry and turns it into the compiler's typed query parts.
// Every failure is a sentence the person asking can act on.
import type { MetricFilters, MetricReference, MetricTableRequest } from '../api';
import { ServiceFailure } from '../engine/service-failure';
import type { Grouping, ReferenceSpec } from './compile/metric-query';
import { metricGroupTypes, findMetric } from './registry';
import { groupType, type GroupTypeId } from './registry/group-types';
import type { MetricDefinition } from './registry/metric-types';
import { population } from './registry/populations';

export function resolveMetric(id: string): MetricDefinition {
  const metric = findMetric(id);
  if (!metric) throw new ServiceFailure('bad_request', `There is no metric "${id.slice(0, 80)}". Run \`equitylens metrics\` (or listMetrics) for the list.`);
  return metric;
}

export function resolveGrouping(metric: MetricDefinition, groupBy: readonly string[]): Grouping {
  if (groupBy.length > 2) throw new ServiceFailure('bad_request', 'Break a metric down by at most two group types.');
  if (groupBy.length === 2 && groupBy[0] === groupBy[1]) throw new ServiceFailure('bad_request', 'The two group types must differ.');
  const allowed = metricGroupTypes(metric);
  for (const type of groupBy) {
    if (!(allowed as readonly string[]).includes(type)) {
      throw new ServiceFailure('bad_request', `${metric.label} cannot be broken down by ${type}. It can be broken down by: ${allowed.join(', ')}.`);
    }
  }
  return { primary: (groupBy[0] as GroupTypeId | undefined) ?? null, facet: (groupBy[1] as GroupTypeId | undefined) ?? null };
}

export function resolveFilters(metric: MetricDefinition, filters: MetricFilters | undefined): MetricFilters {
  const f = filters ?? {};
  if (f.constructs?.length && metric.population !== 'respondents') throw new ServiceFailure('bad_request', 'The constructs filter applies to climate-survey metrics only.');
  if (f.grades?.length && !population(metric.population).groupTypes.includes('grade')) {
    throw new ServiceFailure('bad_request', `${metric.label} has no grade to filter on.`);
  }
  return f;
}

export function resolveReference(metric: MetricDefinition, reference: MetricReference | undefined, grouping: Grouping): ReferenceSpec {
  const spec: ReferenceSpec = reference ?? { kind: metric.defaultReference };
  if (spec.kind === 'group') {
    if (!spec.group) throw new ServiceFailure('bad_request', 'Name the reference group.');
    if (!grouping.primary) throw new ServiceFailure('bad_request', 'A reference group needs a breakdown by group.');
    const known = groupType(grouping.primary).values;
    if (grouping.primary !== 'school' && known.length > 0 && !known.some((v) => v.code === spec.group)) {
      throw new ServiceFailure('bad_request', `"${spec.group.slice(0, 80)}" is not a ${groupType(grouping.primary).label.toLowerCase()} group. Use one of: ${known.map((v) => v.code).join(', ')}.`);
    }
  }
  return spec;
}

export function requestParts(request: MetricTableRequest) {
  const metric = resolveMetric(request.metricId);
  const grouping = resolveGrouping(metric, request.groupBy);
  return { metric, grouping, filters: resolveFilters(metric, request.filters), reference: resolveReference(metric, request.reference, grouping) };
}
