// Explore: saved views, and the data sources a metric can be read from.
// Types only (no runtime imports): part of the contract that analysis/api.ts re-exports.
import type { MetricFilters } from './metrics';

/** A pinned Explore view: its address query (metric, grouping, filters) and a title. */
export interface SavedView {
  viewId: string;
  title: string;
  /** The Explore address's query string, e.g. "metric=out_of_school_suspension&by=race_ethnicity". */
  query: string;
  /** ISO 8601 */
  savedAt: string;
}

export interface SaveViewRequest {
  title: string;
  query: string;
}

export interface DeleteSavedViewRequest {
  viewId: string;
}

/** Where Explore reads a metric from: the student-level tables, or the report-card aggregates table. */
export type ExploreSourceId = 'students' | 'aggregates';

export interface ExploreSourcesRequest {
  metricId: string;
  /** The view's filters, so the answer can say whether any school matches them. */
  filters?: MetricFilters;
}

export interface ExploreSource {
  id: ExploreSourceId;
  /** "Student records" or "Report-card aggregates". */
  label: string;
  /** Whether this metric can be read from it in this project (it has rows for the metric). */
  available: boolean;
  /** Rows it holds for the metric (student-level rows of its population table, or aggregate rows of its measure). */
  rows: number;
  /** The table it reads, for the caption ("enrollment", "aggregates: suspension_rate"). */
  table: string;
}

/** What Explore needs to choose a source explicitly and to tell "no data" from "no school matches". */
export interface ExploreSources {
  metricId: string;
  sources: ExploreSource[];
  /** The source the service reads when the request says 'auto'; null when neither has rows. */
  automatic: ExploreSourceId | null;
  /** Schools in the project that pass the request's school filters (all schools when there are none). */
  matchingSchools: number;
  /** Counts below this are withheld (the project's suppression setting), for honest withheld labels. */
  minimumN: number;
}

/** A chart's data table as the renderer laid it out, to be written as a workbook by the service. */
export interface ExportChartXlsxRequest {
  /** File name without extension. */
  baseName: string;
  /** Label and value pairs (title, place, filters, year, N, source, suppression): the "About" sheet. */
  metadata: [string, string][];
  columns: string[];
  /** Numbers stay numbers in the sheet; null is an empty cell. */
  rows: (string | number | null)[][];
  internal: boolean;
}
