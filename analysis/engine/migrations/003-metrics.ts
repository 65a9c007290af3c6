// Migration 3: the metrics engine's cache (issue 4). Per-student analysis tables derived from the
// canonical tables live in schema metric_cache and are rebuilt whenever the data changes; the state
// table records what each was built from. Frozen: a later change is a new migration, never an edit here.

export const METRIC_CACHE_DDL = `
CREATE SCHEMA metric_cache;
CREATE TABLE metric_cache.state (
  name VARCHAR PRIMARY KEY,
  fingerprint VARCHAR NOT NULL,
  built_at TIMESTAMP NOT NULL
);
`;
