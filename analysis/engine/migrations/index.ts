// The ordered list of schema migrations. A project's app.project.schema_version says how far it got.
import type { DuckDBConnection } from '@duckdb/node-api';
import { APP_TABLES_DDL, DATA_TABLES_DDL } from './001-initial';

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
];

export const LATEST_SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;
