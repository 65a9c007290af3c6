// Migration 8: monitoring (issue 16). Findings and action items may belong to one school, so a school's report
// carries its own beside the district summary (null: district-wide); and a follow-up review keeps the review it
// started from as a read-only baseline (its ratings, findings, plan and cover as one JSON snapshot).
// Frozen once released.

export const MONITORING_DDL = `
ALTER TABLE app.findings ADD COLUMN school_id VARCHAR;
ALTER TABLE app.action_items ADD COLUMN school_id VARCHAR;
CREATE TABLE app.review_baselines (
  baseline_id INTEGER PRIMARY KEY,
  label VARCHAR NOT NULL,
  data_through INTEGER,
  snapshot JSON NOT NULL,
  started_by VARCHAR NOT NULL,
  started_at TIMESTAMP NOT NULL
);
`;
