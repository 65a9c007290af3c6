// The small interface suggestion rules read: one figure per group per year, with its n and suppression.
import type { SuggestionGroupType, SuggestionMetricId } from '../api';

export interface MetricPoint {
  /** School year, named by the year it ends (2024 is 2023-24); cohort year for graduation. */
  year: number;
  /** null when suppressed or when the group has no students that year. */
  value: number | null;
  /** Students in the group behind the figure; null when the count itself is withheld. */
  n: number | null;
  /** True when a small count hides the figure (privacy), as opposed to no data at all. */
  suppressed: boolean;
}

export interface MetricSeries {
  metric: SuggestionMetricId;
  groupType: SuggestionGroupType;
  group: string;
  /** Sorted by year, oldest first. */
  points: MetricPoint[];
}

export interface MetricSeriesRequest {
  metric: SuggestionMetricId;
  groupType: SuggestionGroupType;
  groups: readonly string[];
}

/** Where suggestion rules get their figures; engine-metric-source.ts reads them from the metrics engine. */
export interface MetricSource {
  series(request: MetricSeriesRequest): Promise<MetricSeries[]>;
}
