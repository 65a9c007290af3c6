// The typed, validated form of a metric request that the compiler turns into SQL.
import type { GroupTypeId } from '../registry/group-types';
import type { MetricDefinition, ReferenceKind } from '../registry/metric-types';

export interface MetricFilters {
  years?: readonly number[];
  schoolIds?: readonly string[];
  /** Report-card aggregates only (student-level records have no district): the districts (LEA or division ids) to read. */
  districtIds?: readonly string[];
  schoolLevels?: readonly string[];
  grades?: readonly number[];
  communitySchool?: boolean;
  pathways?: readonly string[];
  implementationPhases?: readonly string[];
  /** Survey constructs (belonging, fairness, ...); survey metrics only. */
  constructs?: readonly string[];
}

export interface ReferenceSpec {
  kind: ReferenceKind;
  /** The group compared with, when kind is 'group'. */
  group?: string;
}

/** One breakdown: the groups compared (primary) within each value of an optional facet. */
export interface Grouping {
  primary: GroupTypeId | null;
  facet: GroupTypeId | null;
}

export interface MetricQuery {
  metrics: readonly MetricDefinition[];
  groupings: readonly Grouping[];
  filters: MetricFilters;
  /** Where the figures come from: student-level tables, or report-card counts in the aggregates table. */
  source: 'students' | 'aggregates';
  /** Years before the requested ones that trends need (prior year, consecutive years over a threshold). */
  lookbackYears: number;
  /** A cache table holding the population's units (analysis/metrics/facts-cache.ts), when there is one. */
  unitsTable?: string | null;
}

/** The settings that enter metric SQL as parameters. */
export interface SqlSettings {
  chronicFifteenDays: boolean;
  chronicMinimumDays: number;
}
