// Migration 6: report-card aggregates keep their publisher's meaning: the district (LEA) a row belongs to,
// whether a count was suppressed in the source, and whether an all-students row was derived by adding up
// groups that partition the population. Frozen: a later change is a new migration, never an edit here.

export const AGGREGATES_MEANING_DDL = `
ALTER TABLE aggregates ADD COLUMN district_id VARCHAR;
ALTER TABLE aggregates ADD COLUMN source_status VARCHAR;
ALTER TABLE aggregates ADD COLUMN total_derived BOOLEAN;
`;
