// Explore (issue 5): saved views.
// Types only (no runtime imports): part of the contract that analysis/api.ts re-exports.

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
