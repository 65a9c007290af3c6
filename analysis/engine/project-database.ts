// A review project is one .duckdb file: create it, open it (version check and migrations), close it.
import fs from 'node:fs';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { ServiceFailure } from './service-failure';
import { MIGRATIONS, type Migration } from './migrations';

export interface ProjectMetadata {
  name: string;
  districtName: string;
  createdAt: string;
  appVersion: string;
  schemaVersion: number;
}

/**
 * Offline by construction: only the extensions built into the binding (parquet, json, icu) are
 * used, and DuckDB is told never to install one.
 */
const INSTANCE_OPTIONS: Record<string, string> = {
  autoinstall_known_extensions: 'false',
  autoload_known_extensions: 'true',
  allow_community_extensions: 'false',
};

export class ProjectDatabase {
  private constructor(
    readonly path: string,
    private readonly instance: DuckDBInstance,
    /** The connection for short reads and writes; long work opens its own with connect(). */
    readonly connection: DuckDBConnection,
  ) {}

  static async create(
    path: string,
    project: { name: string; districtName: string; appVersion: string },
    migrations: readonly Migration[] = MIGRATIONS,
  ): Promise<ProjectDatabase> {
    const latest = latestVersion(migrations);
    if (fs.existsSync(path)) throw new ServiceFailure('bad_request', `A file already exists at ${path}. Choose another name for the new review.`);
    const database = await ProjectDatabase.connectTo(path);
    try {
      await database.transaction(async (connection) => {
        await migrate(connection, 0, migrations);
        await connection.run(
          'INSERT INTO app.project (name, district_name, created_at, app_version, schema_version) VALUES ($1, $2, current_timestamp, $3, $4)',
          [project.name, project.districtName, project.appVersion, latest],
        );
      });
      return database;
    } catch (error) {
      database.close();
      removeProjectFiles(path);
      throw error;
    }
  }

  /** Opens a project, first bringing an older one up to date (all migrations in one transaction). */
  static async open(path: string, migrations: readonly Migration[] = MIGRATIONS): Promise<ProjectDatabase> {
    const latest = latestVersion(migrations);
    if (!fs.existsSync(path)) throw new ServiceFailure('not_found', `There is no review project at ${path}.`);
    const database = await ProjectDatabase.connectTo(path);
    try {
      const version = await database.schemaVersion();
      if (version > latest) {
        throw new ServiceFailure(
          'project_too_new',
          `This review was saved by a newer version of EquityLens (project schema ${version}; this app reads up to ${latest}). Update EquityLens to open it.`,
        );
      }
      if (version < latest) {
        await database.transaction(async (connection) => {
          await migrate(connection, version, migrations);
          await connection.run('UPDATE app.project SET schema_version = $1', [latest]);
        });
      }
      return database;
    } catch (error) {
      database.close();
      throw error;
    }
  }

  private static async connectTo(path: string): Promise<ProjectDatabase> {
    try {
      const instance = await DuckDBInstance.create(path, INSTANCE_OPTIONS);
      return new ProjectDatabase(path, instance, await instance.connect());
    } catch (error) {
      throw explainOpenError(path, error);
    }
  }

  async metadata(): Promise<ProjectMetadata> {
    const reader = await this.connection.runAndReadAll(
      "SELECT name, district_name, strftime(created_at, '%Y-%m-%dT%H:%M:%SZ') AS created_at, app_version, schema_version FROM app.project LIMIT 1",
    );
    const row = reader.getRowObjectsJS()[0];
    if (!row) throw new ServiceFailure('project_invalid', `The review project at ${this.path} has no project record; it may be damaged.`);
    return {
      name: String(row.name),
      districtName: String(row.district_name),
      createdAt: String(row.created_at),
      appVersion: String(row.app_version),
      schemaVersion: Number(row.schema_version),
    };
  }

  /** A connection of its own, for work that must not queue behind (or interleave with) short reads. */
  async connect(): Promise<DuckDBConnection> {
    return this.instance.connect();
  }

  /** Runs the body in one transaction: all of it is saved, or none of it. */
  async transaction<T>(body: (connection: DuckDBConnection) => Promise<T>, connection = this.connection): Promise<T> {
    await connection.run('BEGIN TRANSACTION');
    try {
      const value = await body(connection);
      await connection.run('COMMIT');
      return value;
    } catch (error) {
      await connection.run('ROLLBACK').catch(() => undefined);
      throw error;
    }
  }

  close(): void {
    this.connection.closeSync();
    // Closing the instance checkpoints the write-ahead log into the file, so the file is the review.
    this.instance.closeSync();
  }

  private async schemaVersion(): Promise<number> {
    const tables = await this.connection.runAndReadAll(
      "SELECT count(*)::INTEGER AS n FROM information_schema.tables WHERE table_schema = 'app' AND table_name = 'project'",
    );
    if (Number(tables.getRowsJS()[0]?.[0]) !== 1) {
      throw new ServiceFailure('project_invalid', `${this.path} is a DuckDB database but not an EquityLens review project.`);
    }
    const reader = await this.connection.runAndReadAll('SELECT schema_version FROM app.project LIMIT 1');
    const version = reader.getRowsJS()[0]?.[0];
    if (typeof version !== 'number') throw new ServiceFailure('project_invalid', `The review project at ${this.path} has no schema version; it may be damaged.`);
    return version;
  }
}

async function migrate(connection: DuckDBConnection, fromVersion: number, migrations: readonly Migration[]): Promise<void> {
  for (const migration of migrations) {
    if (migration.version > fromVersion) await migration.up(connection);
  }
}

const latestVersion = (migrations: readonly Migration[]): number => migrations[migrations.length - 1]?.version ?? 0;

function explainOpenError(path: string, error: unknown): ServiceFailure {
  const text = error instanceof Error ? error.message : String(error);
  if (/Could not set lock/i.test(text)) {
    return new ServiceFailure('project_locked', `The review at ${path} is open in another EquityLens window or program. Close it there first.`);
  }
  if (/not a valid DuckDB database|serializ|version/i.test(text)) {
    return new ServiceFailure('project_invalid', `${path} is not an EquityLens review project (it is not a DuckDB database this app can read).`);
  }
  if (/permission|read-only|EACCES/i.test(text)) {
    return new ServiceFailure('project_invalid', `EquityLens cannot write to ${path}. Check the file's permissions.`);
  }
  return new ServiceFailure('project_invalid', `The review project at ${path} could not be opened.`);
}

export function removeProjectFiles(path: string): void {
  for (const file of [path, `${path}.wal`]) fs.rmSync(file, { force: true });
}
