// Migration 5: findings, recommendations and the action plan (issue 7). Links to criteria, evidence and
// findings are JSON lists on the row, so one row is one audited record (undo writes it back whole).
// Frozen: a later change is a new migration, never an edit here.

export const FINDINGS_TABLES_DDL = `
CREATE SEQUENCE app.finding_id_seq;
CREATE TABLE app.findings (
  finding_id INTEGER PRIMARY KEY,
  domain_id VARCHAR NOT NULL,
  finding_type VARCHAR NOT NULL,
  title VARCHAR NOT NULL,
  body VARCHAR NOT NULL,
  criterion_ids JSON NOT NULL,
  evidence_ids JSON NOT NULL,
  author VARCHAR NOT NULL,
  updated_at TIMESTAMP NOT NULL
);
CREATE SEQUENCE app.recommendation_id_seq;
CREATE TABLE app.recommendations (
  recommendation_id INTEGER PRIMARY KEY,
  domain_id VARCHAR NOT NULL,
  priority VARCHAR NOT NULL,
  body VARCHAR NOT NULL,
  finding_ids JSON NOT NULL,
  author VARCHAR NOT NULL,
  updated_at TIMESTAMP NOT NULL
);
CREATE SEQUENCE app.action_item_id_seq;
CREATE TABLE app.action_items (
  action_id INTEGER PRIMARY KEY,
  domain_id VARCHAR NOT NULL,
  criterion_id VARCHAR,
  title VARCHAR NOT NULL,
  owner VARCHAR NOT NULL,
  timeline VARCHAR NOT NULL,
  status VARCHAR NOT NULL,
  benchmark JSON,
  author VARCHAR NOT NULL,
  updated_at TIMESTAMP NOT NULL
);
`;
