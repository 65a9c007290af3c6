// Migration: review teams. Each reviewer's own ratings, the lead's consensus ratings, the reviewers as
// people, and their calibration ratings of the template's vignettes (kept apart from the review's). The
// review's rating of a criterion (app.ratings) is derived from these from now on; existing ratings
// become the individual ratings of whoever made them. Frozen once released.

export const TEAM_REVIEW_DDL = `
CREATE TABLE app.individual_ratings (
  criterion_id VARCHAR NOT NULL,
  reviewer VARCHAR NOT NULL,
  level VARCHAR NOT NULL,
  rationale VARCHAR NOT NULL,
  suggested_level VARCHAR,
  rated_at TIMESTAMP NOT NULL,
  PRIMARY KEY (criterion_id, reviewer)
);
CREATE TABLE app.consensus_ratings (
  criterion_id VARCHAR PRIMARY KEY,
  level VARCHAR NOT NULL,
  reason VARCHAR NOT NULL,
  reconciled_by VARCHAR NOT NULL,
  reconciled_at TIMESTAMP NOT NULL
);
CREATE TABLE app.team_reviewers (
  name VARCHAR PRIMARY KEY,
  role VARCHAR,
  organisation VARCHAR,
  added_at TIMESTAMP NOT NULL
);
CREATE TABLE app.calibration_ratings (
  vignette_id VARCHAR NOT NULL,
  reviewer VARCHAR NOT NULL,
  level VARCHAR NOT NULL,
  rated_at TIMESTAMP NOT NULL,
  PRIMARY KEY (vignette_id, reviewer)
);
INSERT INTO app.individual_ratings (criterion_id, reviewer, level, rationale, suggested_level, rated_at)
  SELECT criterion_id, reviewer, level, rationale, suggested_level, rated_at FROM app.ratings;
INSERT INTO app.team_reviewers (name, added_at)
  SELECT DISTINCT reviewer, current_timestamp FROM app.ratings;
`;
