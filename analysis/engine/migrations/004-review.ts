// Migration 4: the guided review (issue 6): templates used, ratings, evidence and links, roll-up
// overrides and the audit log. Frozen: a later change is a new migration, never an edit here.

export const REVIEW_TABLES_DDL = `
CREATE TABLE app.rubric_templates (
  template_id VARCHAR NOT NULL,
  version INTEGER NOT NULL,
  name VARCHAR NOT NULL,
  body JSON NOT NULL,
  builtin BOOLEAN NOT NULL,
  origin VARCHAR NOT NULL,
  created_by VARCHAR,
  created_at TIMESTAMP NOT NULL DEFAULT current_timestamp,
  PRIMARY KEY (template_id, version)
);
CREATE TABLE app.review (
  review_id INTEGER PRIMARY KEY CHECK (review_id = 1),
  template_id VARCHAR NOT NULL,
  template_version INTEGER NOT NULL,
  rollup_rule VARCHAR NOT NULL,
  started_at TIMESTAMP NOT NULL DEFAULT current_timestamp
);
CREATE TABLE app.ratings (
  criterion_id VARCHAR PRIMARY KEY,
  level VARCHAR NOT NULL,
  rationale VARCHAR NOT NULL,
  suggested_level VARCHAR,
  reviewer VARCHAR NOT NULL,
  rated_at TIMESTAMP NOT NULL
);
CREATE SEQUENCE app.evidence_id_seq;
CREATE TABLE app.evidence (
  evidence_id INTEGER PRIMARY KEY DEFAULT nextval('app.evidence_id_seq'),
  kind VARCHAR NOT NULL,
  title VARCHAR NOT NULL,
  note VARCHAR,
  source VARCHAR,
  evidence_date DATE,
  reference VARCHAR,
  view JSON,
  created_by VARCHAR NOT NULL,
  created_at TIMESTAMP NOT NULL
);
CREATE TABLE app.evidence_links (
  evidence_id INTEGER NOT NULL,
  criterion_id VARCHAR NOT NULL,
  linked_by VARCHAR NOT NULL,
  linked_at TIMESTAMP NOT NULL,
  PRIMARY KEY (evidence_id, criterion_id)
);
CREATE TABLE app.rollup_overrides (
  scope VARCHAR NOT NULL,
  scope_id VARCHAR NOT NULL,
  level VARCHAR NOT NULL,
  reason VARCHAR NOT NULL,
  reviewer VARCHAR NOT NULL,
  overridden_at TIMESTAMP NOT NULL,
  PRIMARY KEY (scope, scope_id)
);
CREATE SEQUENCE app.audit_id_seq;
CREATE TABLE app.audit_log (
  audit_id INTEGER PRIMARY KEY DEFAULT nextval('app.audit_id_seq'),
  changed_at TIMESTAMP NOT NULL,
  actor VARCHAR NOT NULL,
  action VARCHAR NOT NULL,
  target_kind VARCHAR NOT NULL,
  target_id VARCHAR NOT NULL,
  summary VARCHAR NOT NULL,
  before_state JSON,
  after_state JSON,
  undo_of INTEGER,
  undone_by INTEGER
);
`;
