// Finding types, priorities and action-item statuses in words: shared by the engine, exports and renderer.
import type { ActionItemStatus, BenchmarkStatus, FindingType, RecommendationPriority } from '../api';

export const FINDING_TYPES: readonly FindingType[] = ['strength', 'area_for_growth', 'limiting_factor'];

export const FINDING_TYPE_LABELS: Record<FindingType, string> = {
  strength: 'Strength',
  area_for_growth: 'Area for growth',
  limiting_factor: 'Factor limiting access and opportunity',
};

/** Plural headings for the report's domain sections. */
export const FINDING_TYPE_HEADINGS: Record<FindingType, string> = {
  strength: 'Strengths',
  area_for_growth: 'Areas for growth',
  limiting_factor: 'Factors limiting access and opportunity',
};

export const PRIORITIES: readonly RecommendationPriority[] = ['high', 'medium', 'low'];

export const PRIORITY_LABELS: Record<RecommendationPriority, string> = { high: 'High', medium: 'Medium', low: 'Low' };

export const ACTION_STATUS_LABELS: Record<ActionItemStatus, string> = { draft: 'Draft', planned: 'Planned' };

/** A benchmark's progress, as the progress screen, report and command line print it. */
export const BENCHMARK_STATUS_LABELS: Record<BenchmarkStatus, string> = { met: 'Met', on_track: 'On track', not_on_track: 'Not on track', not_enough_data: 'Not enough data' };

/** Printed on every page of a report made from the internal view, and atop every export from it. */
export const INTERNAL_REPORT_MARK = 'INTERNAL: unsuppressed figures, not for distribution';
