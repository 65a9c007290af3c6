// The one description of a linked chart: Explore's "Add as evidence", the Review's "Link chart view" and
// pinned views all store it, and the report redraws from it. Its filters hold the whole Explore address
// (registry metric, view, grouping, filters, reference, year), so any holder can redraw exactly that view.
import type { MetricViewDescriptor, SuggestionMetricId } from '../api';
import { DEFAULT_VIEW, type ExploreView } from './explore-view';
import { parseView, serializeView } from './explore-view-address';
import { PROGRAM_GROUPS, SUGGESTION_METRICS } from './suggestion-metrics';

/** The descriptor for an Explore view and its title. */
export function viewDescriptor(view: ExploreView, title: string): MetricViewDescriptor {
  const query = serializeView(view);
  return {
    metricId: view.metricId,
    groupType: view.groupBy,
    filters: Object.fromEntries(new URLSearchParams(query)),
    ...(view.year !== null ? { year: view.year } : {}),
    chartKind: view.view,
    title,
  };
}

/** The descriptor of a pinned view (saved as its Explore address and a title). */
export function savedViewDescriptor(saved: { query: string; title: string }): MetricViewDescriptor {
  return viewDescriptor(parseView(saved.query), saved.title);
}

/**
 * Links made before descriptors named registry metrics stored a suggestion figure's id
 * ("ela_proficiency_gap") and a grouping of "race_ethnicity" or "program". They are read as the
 * registry metric behind that figure, as a trend by year (what those links drew); "program" meant the
 * yes/no student groups together, which one view cannot show, so it becomes the first of them
 * (students with disabilities), which a reviewer can change by relinking.
 */
export function migrateViewDescriptor(view: MetricViewDescriptor): MetricViewDescriptor {
  const legacy = SUGGESTION_METRICS[view.metricId as SuggestionMetricId];
  if (!legacy || view.filters?.metric) return view;
  const groupBy = (view.groupType === 'program' ? PROGRAM_GROUPS[0].code : view.groupType) as ExploreView['groupBy'];
  const explore: ExploreView = { ...DEFAULT_VIEW, metricId: legacy.metricId, view: 'trend', groupBy, year: view.year ?? null };
  return viewDescriptor(explore, view.title);
}

/** The Explore address a descriptor redraws (older descriptors hold only the basics). */
export function descriptorQuery(view: MetricViewDescriptor): string {
  const current = migrateViewDescriptor(view);
  const params = new URLSearchParams(current.filters ?? {});
  if (!params.has('metric')) params.set('metric', current.metricId);
  if (!params.has('by') && current.groupType) params.set('by', current.groupType);
  if (!params.has('year') && current.year) params.set('year', String(current.year));
  return params.toString();
}

/** The Explore view a descriptor stands for. */
export function descriptorView(view: MetricViewDescriptor): ExploreView {
  return parseView(descriptorQuery(view));
}

/** Groupings the Review's "Link chart view" offers: race/ethnicity, or one yes/no student group. */
export const LINKABLE_GROUPINGS: readonly { id: string; label: string }[] = [
  { id: 'race_ethnicity', label: 'Race/ethnicity' },
  ...PROGRAM_GROUPS.map((g) => ({ id: g.code, label: g.label })),
];

/**
 * The view behind a suggestion figure, as the Review links it: the registry metric's gaps, group rates
 * with risk ratios, or composition, for the latest year, grouped as asked.
 */
export function suggestionView(metric: SuggestionMetricId, groupBy: string): { view: ExploreView; title: string } {
  const info = SUGGESTION_METRICS[metric];
  const kind = info.statistic === 'gap' ? 'gaps' : info.statistic === 'composition_index' ? 'composition' : 'groups';
  const program = PROGRAM_GROUPS.find((g) => g.code === groupBy);
  const title = program ? `${info.label}: ${program.label.toLowerCase()}` : `${info.label} by race/ethnicity`;
  return { view: { ...DEFAULT_VIEW, metricId: info.metricId, view: kind, groupBy: groupBy as ExploreView['groupBy'] }, title };
}
