// Migration 2: the importer's tables (issue 3): mapping profiles, every rejected row of every import,
// and the import log's extra columns. Frozen: a later change is a new migration, never an edit here.

export const IMPORT_TABLES_DDL = `
CREATE TABLE app.mapping_profiles (
  name VARCHAR PRIMARY KEY,
  kind VARCHAR NOT NULL,
  mapping JSON NOT NULL,
  headers JSON NOT NULL,
  created_at TIMESTAMP NOT NULL DEFAULT current_timestamp,
  updated_at TIMESTAMP NOT NULL DEFAULT current_timestamp
);
CREATE TABLE app.import_rejects (
  import_id INTEGER NOT NULL,
  line BIGINT,
  column_name VARCHAR,
  reason VARCHAR NOT NULL,
  message VARCHAR NOT NULL
);
ALTER TABLE app.import_log ADD COLUMN records_written BIGINT;
ALTER TABLE app.import_log ADD COLUMN source_format VARCHAR;
ALTER TABLE app.import_log ADD COLUMN profile_name VARCHAR;
ALTER TABLE app.import_log ADD COLUMN replaced_by INTEGER;
`;
