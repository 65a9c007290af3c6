// The ordered list of schema migrations. A project's app.project.schema_version says how far it got.
import type { DuckDBConnection } from '@duckdb/node-api';
import { APP_TABLES_DDL, DATA_TABLES_DDL } from './001-initial';
import { IMPORT_TABLES_DDL } from './002-import';
import { METRIC_CACHE_DDL } from './003-metrics';
import { REVIEW_TABLES_DDL } from './004-review';
import { FINDINGS_TABLES_DDL } from './005-findings';
import { AGGREGATES_MEANING_DDL } from './006-aggregates-meaning';
import { TEAM_REVIEW_DDL } from './007-team-review';
import { MONITORING_DDL } from './008-monitoring';

export interface Migration {
  version: number;
  description: string;
  up(connection: DuckDBConnection): Promise<void>;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    description: 'Project metadata, settings, import log and the canonical data tables',
    up: async (connection) => {
      await connection.run(APP_TABLES_DDL);
      await connection.run(DATA_TABLES_DDL);
    },
  },
  {
    version: 2,
    description: 'Importer: mapping profiles, rejected rows, import log details',
    up: async (connection) => void (await connection.run(IMPORT_TABLES_DDL)),
  },
  {
    version: 3,
    description: 'Metrics: the cache schema for per-student analysis tables',
    up: async (connection) => void (await connection.run(METRIC_CACHE_DDL)),
  },
  {
    version: 4,
    description: 'Guided review: rubric templates, ratings, evidence and links, roll-up overrides, audit log',
    up: async (connection) => void (await connection.run(REVIEW_TABLES_DDL)),
  },
  {
    version: 5,
    description: 'Findings, recommendations and the action plan with benchmarks',
    up: async (connection) => void (await connection.run(FINDINGS_TABLES_DDL)),
  },
  {
    version: 6,
    description: 'Report-card aggregates: district (LEA), suppressed-in-source status, derived totals',
    up: async (connection) => void (await connection.run(AGGREGATES_MEANING_DDL)),
  },
  {
    version: 7,
    description: 'Review teams: individual ratings, consensus ratings, reviewers',
    up: async (connection) => void (await connection.run(TEAM_REVIEW_DDL)),
  },
  {
    version: 8,
    description: 'Monitoring: findings and action items of one school; follow-up reviews with their baselines',
    up: async (connection) => void (await connection.run(MONITORING_DDL)),
  },
];

export const LATEST_SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;
