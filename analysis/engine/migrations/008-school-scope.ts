// Migration 8: findings and action items may belong to one school, so a school's report carries its own
// findings and plan items beside the district summary. Null: district-wide. Frozen once released.

export const SCHOOL_SCOPE_DDL = `
ALTER TABLE app.findings ADD COLUMN school_id VARCHAR;
ALTER TABLE app.action_items ADD COLUMN school_id VARCHAR;
`;
