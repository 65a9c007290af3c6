// A review project is one .duckdb file: create it, open it (version check and migrations), close it.
import { AsyncLocalStorage } from 'node:async_hooks';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
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
 * used, and DuckDB is told never to install one. Memory and spill space are set, not left to DuckDB's
 * defaults (80% of the computer's memory; spill files next to the project, where a copy of the review
 * would pick them up): 2 GB, and spill files in this process's scratch folder, which a later start removes if
 * the process was killed. Measured (npm run bench, 2 cores): with 2 GB the 1M-student import and its panel stay
 * under 1.5 GB resident, and 50 chart requests arriving together right after a 1M-row import all answer; with
 * 1 GB that burst ran out of memory in two runs of three (the analysis tables rebuilding beside four readers).
 * Insertion order stays preserved: the importer's staging table reads file lines from rowid.
 */
function instanceOptions(): Record<string, string> {
  return {
    autoinstall_known_extensions: 'false',
    autoload_known_extensions: 'true',
    allow_community_extensions: 'false',
    memory_limit: '2GB',
    temp_directory: engineScratchDir(),
    max_temp_directory_size: '8GB',
  };
}

/** Where this process's DuckDB spills (named like import scratch, so the same start-up sweep removes it). */
export function engineScratchDir(): string {
  return path.join(os.tmpdir(), `equitylens-import-${process.pid}-engine`);
}

/** Read calls that run at once on their own connections. */
const MAX_READERS = 4;

/** Thrown when this process already has the file open: two DuckDB instances on one file would corrupt it. */
export class AlreadyOpenFailure extends ServiceFailure {
  constructor(readonly file: string) {
    super('project_locked', `The review at ${file} is already open.`);
  }
}

export class ProjectDatabase {
  /** Files open in this process (DuckDB's file lock does not stop a second open from the same process). */
  private static readonly openFiles = new Set<string>();

  /** The read connection of the call running now, if it runs as a read (see withReadConnection). */
  private static readonly readScope = new AsyncLocalStorage<{ database: ProjectDatabase; connection: DuckDBConnection }>();
  private readonly idleReaders: DuckDBConnection[] = [];
  private activeReaders = 0;
  private readonly waitingReaders: (() => void)[] = [];

  private constructor(
    readonly path: string,
    private readonly instance: DuckDBInstance,
    private readonly writeConnection: DuckDBConnection,
  ) {}

  /**
   * The connection for short reads and writes: the shared one, or inside withReadConnection the call's own
   * read connection (so handlers need not know whether they run as a read).
   */
  get connection(): DuckDBConnection {
    const scope = ProjectDatabase.readScope.getStore();
    return scope?.database === this ? scope.connection : this.writeConnection;
  }

  /**
   * Runs a read-only call on a connection of its own, alongside writes and other reads: DuckDB gives each
   * connection a consistent snapshot, so a chart answers while an import writes. At most MAX_READERS run
   * at once (more only compete for the same cores); the rest wait their turn.
   */
  async withReadConnection<T>(body: () => Promise<T>): Promise<T> {
    if (this.activeReaders >= MAX_READERS) await new Promise<void>((resolve) => this.waitingReaders.push(resolve));
    this.activeReaders++;
    let connection: DuckDBConnection | undefined;
    try {
      connection = this.idleReaders.pop() ?? (await this.instance.connect());
      const reader = connection;
      return await ProjectDatabase.readScope.run({ database: this, connection: reader }, body);
    } finally {
      if (connection) this.idleReaders.push(connection);
      this.activeReaders--;
      this.waitingReaders.shift()?.();
    }
  }

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

  private static async connectTo(file: string): Promise<ProjectDatabase> {
    const key = path.resolve(file);
    if (ProjectDatabase.openFiles.has(key)) throw new AlreadyOpenFailure(file);
    try {
      const instance = await DuckDBInstance.create(file, instanceOptions());
      const database = new ProjectDatabase(file, instance, await instance.connect());
      ProjectDatabase.openFiles.add(key);
      return database;
    } catch (error) {
      throw explainOpenError(file, error);
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
    for (const reader of this.idleReaders.splice(0)) reader.closeSync();
    this.writeConnection.closeSync();
    // Closing the instance checkpoints the write-ahead log into the file, so the file is the review.
    this.instance.closeSync();
    ProjectDatabase.openFiles.delete(path.resolve(this.path));
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
