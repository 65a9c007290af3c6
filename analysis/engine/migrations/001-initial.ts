// Migration 1: the project metadata, settings and import log, and the canonical data tables.
// Frozen: a later change to the model is a new migration, never an edit here.

export const DATA_TABLES_DDL = `
CREATE TABLE schools (
  school_id VARCHAR NOT NULL,
  school_name VARCHAR NOT NULL,
  level VARCHAR,
  community_school BOOLEAN,
  community_partner VARCHAR,
  pathway VARCHAR,
  implementation_phase VARCHAR
);
CREATE TABLE enrollment (
  student_id VARCHAR NOT NULL,
  school_year INTEGER NOT NULL,
  school_id VARCHAR NOT NULL,
  grade SMALLINT,
  sex VARCHAR,
  race_ethnicity VARCHAR,
  hispanic BOOLEAN,
  race_american_indian BOOLEAN,
  race_asian BOOLEAN,
  race_black BOOLEAN,
  race_pacific_islander BOOLEAN,
  race_white BOOLEAN,
  race_mena BOOLEAN,
  ell BOOLEAN,
  swd BOOLEAN,
  section_504 BOOLEAN,
  econ_disadv BOOLEAN,
  homeless BOOLEAN,
  foster BOOLEAN,
  migrant BOOLEAN,
  gifted BOOLEAN
);
CREATE TABLE attendance (
  student_id VARCHAR NOT NULL,
  school_year INTEGER NOT NULL,
  school_id VARCHAR NOT NULL,
  days_enrolled DOUBLE NOT NULL,
  days_absent DOUBLE NOT NULL
);
CREATE TABLE assessments (
  student_id VARCHAR NOT NULL,
  school_year INTEGER NOT NULL,
  school_id VARCHAR,
  subject VARCHAR NOT NULL,
  grade SMALLINT,
  scale_score DOUBLE,
  performance_level SMALLINT,
  proficient BOOLEAN
);
CREATE TABLE discipline (
  incident_id VARCHAR NOT NULL,
  student_id VARCHAR NOT NULL,
  school_year INTEGER NOT NULL,
  school_id VARCHAR,
  incident_date DATE,
  offense VARCHAR,
  action_type VARCHAR NOT NULL,
  days_removed DOUBLE
);
CREATE TABLE courses (
  student_id VARCHAR NOT NULL,
  school_year INTEGER NOT NULL,
  school_id VARCHAR,
  course_id VARCHAR NOT NULL,
  course_name VARCHAR,
  course_type VARCHAR NOT NULL,
  completed BOOLEAN
);
CREATE TABLE graduation (
  student_id VARCHAR NOT NULL,
  cohort_year INTEGER NOT NULL,
  school_id VARCHAR,
  outcome VARCHAR NOT NULL
);
CREATE TABLE staff (
  staff_id VARCHAR NOT NULL,
  school_year INTEGER NOT NULL,
  school_id VARCHAR,
  role VARCHAR,
  race_ethnicity VARCHAR,
  sex VARCHAR,
  years_experience DOUBLE,
  certified BOOLEAN,
  hire_date DATE
);
CREATE TABLE training (
  staff_id VARCHAR NOT NULL,
  program VARCHAR NOT NULL,
  completed_date DATE NOT NULL
);
CREATE TABLE surveys (
  respondent_id VARCHAR NOT NULL,
  respondent_type VARCHAR NOT NULL,
  school_id VARCHAR,
  school_year INTEGER NOT NULL,
  construct VARCHAR NOT NULL,
  item VARCHAR NOT NULL,
  response DOUBLE,
  favorable BOOLEAN,
  respondent_race_ethnicity VARCHAR
);
CREATE TABLE aggregates (
  school_year INTEGER,
  level VARCHAR,
  school_id VARCHAR,
  measure VARCHAR NOT NULL,
  group_type VARCHAR NOT NULL,
  group_value VARCHAR NOT NULL,
  numerator DOUBLE,
  denominator DOUBLE,
  denominator_derived BOOLEAN
);
`;

export const APP_TABLES_DDL = `
CREATE SCHEMA app;
CREATE TABLE app.project (
  name VARCHAR NOT NULL,
  district_name VARCHAR NOT NULL,
  created_at TIMESTAMP NOT NULL,
  app_version VARCHAR NOT NULL,
  schema_version INTEGER NOT NULL
);
CREATE TABLE app.settings (
  key VARCHAR PRIMARY KEY,
  value JSON NOT NULL,
  updated_at TIMESTAMP NOT NULL DEFAULT current_timestamp
);
CREATE SEQUENCE app.import_id_seq;
CREATE TABLE app.import_log (
  import_id INTEGER PRIMARY KEY DEFAULT nextval('app.import_id_seq'),
  file_name VARCHAR NOT NULL,
  file_hash VARCHAR NOT NULL,
  file_bytes BIGINT NOT NULL,
  table_name VARCHAR NOT NULL,
  rows_read BIGINT NOT NULL,
  rows_loaded BIGINT NOT NULL,
  rows_rejected BIGINT NOT NULL,
  mapping JSON,
  quality JSON,
  imported_at TIMESTAMP NOT NULL DEFAULT current_timestamp
);
`;
