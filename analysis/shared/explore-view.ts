// An Explore view as plain data, read from and written to the address, so views can be saved and shared.
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
  schoolId: string | null;
  schoolLevel: string | null;
  communitySchool: boolean | null;
  pathway: string | null;
  implementationPhase: string | null;
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
  schoolId: null,
  schoolLevel: null,
  communitySchool: null,
  pathway: null,
  implementationPhase: null,
  gradeBand: null,
  reference: null,
  internal: false,
  source: 'auto',
};

const text = (params: URLSearchParams, key: string) => params.get(key) || null;

export function parseView(search: string): ExploreView {
  const p = new URLSearchParams(search);
  const view = text(p, 'view');
  const year = Number(p.get('year'));
  const community = p.get('community');
  const band = text(p, 'grades');
  return {
    metricId: text(p, 'metric') ?? DEFAULT_VIEW.metricId,
    view: VIEW_KINDS.includes(view as ViewKind) ? (view as ViewKind) : DEFAULT_VIEW.view,
    groupBy: (text(p, 'by') as MetricGroupType | null) ?? DEFAULT_VIEW.groupBy,
    groupBy2: (text(p, 'by2') as MetricGroupType | null) ?? DEFAULT_VIEW.groupBy2,
    year: Number.isInteger(year) && year > 1900 ? year : null,
    schoolId: text(p, 'school'),
    schoolLevel: text(p, 'level'),
    communitySchool: community === 'yes' ? true : community === 'no' ? false : null,
    pathway: text(p, 'pathway'),
    implementationPhase: text(p, 'phase'),
    gradeBand: band && band in GRADE_BANDS ? (band as GradeBand) : null,
    reference: text(p, 'ref'),
    internal: p.get('internal') === '1',
    source: p.get('source') === 'students' || p.get('source') === 'aggregates' ? (p.get('source') as 'students' | 'aggregates') : 'auto',
  };
}

/** Only what differs from the defaults goes into the address, so links stay short. */
export function serializeView(view: ExploreView): string {
  const p = new URLSearchParams();
  const put = (key: string, value: string | null, fallback: string | null = null) => value !== null && value !== fallback && p.set(key, value);
  put('metric', view.metricId);
  put('view', view.view, DEFAULT_VIEW.view);
  put('by', view.groupBy);
  if (view.view === 'intersection') put('by2', view.groupBy2);
  put('year', view.year === null ? null : String(view.year));
  put('school', view.schoolId);
  put('level', view.schoolLevel);
  put('community', view.communitySchool === null ? null : view.communitySchool ? 'yes' : 'no');
  put('pathway', view.pathway);
  put('phase', view.implementationPhase);
  put('grades', view.gradeBand);
  put('ref', view.reference);
  if (view.internal) p.set('internal', '1');
  put('source', view.source, DEFAULT_VIEW.source);
  return p.toString();
}

export function toReference(reference: string | null): MetricReference | undefined {
  if (!reference) return undefined;
  if (reference.startsWith('group:')) return { kind: 'group', group: reference.slice('group:'.length) };
  return { kind: reference as 'all_students' | 'all_others' | 'highest_performing' };
}

export function toFilters(view: ExploreView, years: number[] | undefined): MetricFilters {
  const filters: MetricFilters = {};
  if (years) filters.years = years;
  if (view.schoolId) filters.schoolIds = [view.schoolId];
  if (view.schoolLevel) filters.schoolLevels = [view.schoolLevel];
  if (view.gradeBand) filters.grades = [...GRADE_BANDS[view.gradeBand].grades];
  if (view.communitySchool !== null) filters.communitySchool = view.communitySchool;
  if (view.pathway) filters.pathways = [view.pathway];
  if (view.implementationPhase) filters.implementationPhases = [view.implementationPhase];
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
