// The metric catalog a host lists: every metric with its definition and methods, the group types,
// the statistics' methods text and what each note code means (the report's methods appendix).
import type { MetricCatalog, MetricGroupType, MetricInfo } from '../api';
import { NOTE_TEXT, type NoteCode } from './compute/notes';
import { STATISTIC_METHODS } from './methods-text';
import { METRICS, metricGroupTypes } from './registry';
import { GROUP_TYPES } from './registry/group-types';
import type { MetricDefinition } from './registry/metric-types';

export function metricInfo(metric: MetricDefinition): MetricInfo {
  return {
    id: metric.id,
    label: metric.label,
    domain: metric.domain,
    topic: metric.topic,
    kind: metric.kind,
    unit: metric.unit,
    direction: metric.direction,
    defaultReference: metric.defaultReference,
    population: metric.population,
    groupTypes: metricGroupTypes(metric) as MetricGroupType[],
    aggregatesMeasure: metric.aggregatesMeasure ?? null,
    definition: metric.definition,
    methods: metric.methods,
  };
}

export function metricCatalog(aggregatesMeasures: readonly string[]): MetricCatalog {
  return {
    metrics: METRICS.map(metricInfo),
    groupTypes: GROUP_TYPES.map((g) => ({ id: g.id as MetricGroupType, label: g.label, category: g.category })),
    statistics: STATISTIC_METHODS.map((s) => ({ ...s })),
    notes: (Object.entries(NOTE_TEXT) as [NoteCode, string][]).map(([code, text]) => ({ code, text })),
    aggregatesMeasures: [...aggregatesMeasures],
  };
}
