// An Explore view as plain data, and the metric request it needs; explore-view-address.ts reads and writes
// it as an address, so views can be saved and shared.
// Shared: the renderer's Explore screen and the report (which redraws charts linked as evidence) both use it.
import type { MetricFilters, MetricGroupType, MetricReference, MetricTableRequest } from '../api';

export const VIEW_KINDS = ['groups', 'gaps', 'trend', 'schools', 'funnel', 'composition', 'intersection'] as const;
export type ViewKind = (typeof VIEW_KINDS)[number];

export const VIEW_LABELS: Record<ViewKind, string> = {
  groups: 'Groups',
  gaps: 'Gaps',
  trend: 'Trend',
  schools: 'Schools × groups',
  funnel: 'School funnel',
  composition: 'Composition',
  intersection: 'Intersection',
};

export const GRADE_BANDS = {
  elementary: { label: 'Grades K-5', grades: [0, 1, 2, 3, 4, 5] },
  middle: { label: 'Grades 6-8', grades: [6, 7, 8] },
  high: { label: 'Grades 9-12', grades: [9, 10, 11, 12] },
} as const;
export type GradeBand = keyof typeof GRADE_BANDS;

export interface ExploreView {
  metricId: string;
  view: ViewKind;
  groupBy: MetricGroupType;
  /** The second group type of the intersection view. */
  groupBy2: MetricGroupType;
  /** School year (ending year); null = the latest year in the project. */
  year: number | null;
  /** Each list chooses any of its values (empty = no filter); the lists narrow together. */
  schoolIds: string[];
  /** Districts (LEA or division ids) of report-card aggregates; student records have no district. */
  districtIds: string[];
  schoolLevels: string[];
  communitySchool: boolean | null;
  pathways: string[];
  implementationPhases: string[];
  gradeBand: GradeBand | null;
  /** 'all_students' | 'all_others' | 'highest_performing' | 'group:<code>'; null = the metric's default. */
  reference: string | null;
  /** Unsuppressed figures on screen only (never exported unmarked). */
  internal: boolean;
  /** Student records or report-card aggregates; 'auto' reads student records when they hold the metric. */
  source: 'auto' | 'students' | 'aggregates';
}

export const DEFAULT_VIEW: ExploreView = {
  metricId: 'out_of_school_suspension',
  view: 'groups',
  groupBy: 'race_ethnicity',
  groupBy2: 'swd',
  year: null,
  schoolIds: [],
  districtIds: [],
  schoolLevels: [],
  communitySchool: null,
  pathways: [],
  implementationPhases: [],
  gradeBand: null,
  reference: null,
  internal: false,
  source: 'auto',
};

export function toReference(reference: string | null): MetricReference | undefined {
  if (!reference) return undefined;
  if (reference.startsWith('group:')) return { kind: 'group', group: reference.slice('group:'.length) };
  return { kind: reference as 'all_students' | 'all_others' | 'highest_performing' };
}

export function toFilters(view: ExploreView, years: number[] | undefined): MetricFilters {
  const filters: MetricFilters = {};
  if (years) filters.years = years;
  if (view.schoolIds.length > 0) filters.schoolIds = [...view.schoolIds];
  // Only report-card aggregates carry a district; the service refuses it for student records.
  if (view.districtIds.length > 0) filters.districtIds = [...view.districtIds];
  if (view.schoolLevels.length > 0) filters.schoolLevels = [...view.schoolLevels];
  if (view.gradeBand) filters.grades = [...GRADE_BANDS[view.gradeBand].grades];
  if (view.communitySchool !== null) filters.communitySchool = view.communitySchool;
  if (view.pathways.length > 0) filters.pathways = [...view.pathways];
  if (view.implementationPhases.length > 0) filters.implementationPhases = [...view.implementationPhases];
  return filters;
}

/** The service request a view needs: which grouping, which years. */
export function metricRequest(view: ExploreView, latestYear: number): MetricTableRequest {
  const year = view.year ?? latestYear;
  const groupBy: MetricGroupType[] =
    view.view === 'schools' ? [view.groupBy, 'school'] : view.view === 'funnel' ? ['school'] : view.view === 'intersection' ? [view.groupBy, view.groupBy2] : [view.groupBy];
  return {
    metricId: view.metricId,
    groupBy,
    filters: toFilters(view, view.view === 'trend' ? undefined : [year]),
    reference: toReference(view.reference),
    ...(view.source !== 'auto' ? { source: view.source } : {}),
    internal: view.internal,
  };
}
