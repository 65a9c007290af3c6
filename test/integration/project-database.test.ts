// Review project files: create, reopen, versioned migrations, and clear refusals of bad files.
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync, spawn } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { CANONICAL_TABLES } from '../../analysis/engine/canonical-schema';
import { LATEST_SCHEMA_VERSION, MIGRATIONS, type Migration } from '../../analysis/engine/migrations';
import { ProjectDatabase } from '../../analysis/engine/project-database';
import { ServiceFailure } from '../../analysis/service/envelope';
import { makeTempDir } from '../support/temp-dir';

const temp = makeTempDir();
afterAll(() => temp.remove());
const project = { name: 'Spring review', districtName: 'Test District', appVersion: '0.0.1' };

async function failureOf(promise: Promise<unknown>): Promise<ServiceFailure> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ServiceFailure);
  return error as ServiceFailure;
}

describe('ProjectDatabase', () => {
  it('creates a project with its metadata and every canonical table, and reopens it', async () => {
    const file = path.join(temp.dir, 'created.duckdb');
    const created = await ProjectDatabase.create(file, project);
    const columns = await created.connection.runAndReadAll(
      "SELECT table_name, list(column_name ORDER BY ordinal_position) FROM information_schema.columns WHERE table_schema = 'main' GROUP BY 1",
    );
    const actual = Object.fromEntries(columns.getRowsJS().map(([table, cols]) => [table, cols]));
    // The frozen migration and the model the importer and metrics use must agree exactly.
    for (const table of CANONICAL_TABLES) expect(actual[table.name], table.name).toEqual(table.columns.map((c) => c.name));
    created.close();

    const reopened = await ProjectDatabase.open(file);
    const metadata = await reopened.metadata();
    expect(metadata).toMatchObject({ name: 'Spring review', districtName: 'Test District', appVersion: '0.0.1', schemaVersion: LATEST_SCHEMA_VERSION });
    expect(Date.parse(metadata.createdAt)).toBeGreaterThan(Date.parse('2020-01-01'));
    reopened.close();
  });

  it('refuses to create over an existing file', async () => {
    const file = path.join(temp.dir, 'exists.duckdb');
    fs.writeFileSync(file, 'keep me');
    const failure = await failureOf(ProjectDatabase.create(file, project));
    expect(failure.code).toBe('bad_request');
    expect(fs.readFileSync(file, 'utf8')).toBe('keep me');
  });

  it('runs newer migrations on open, in order, keeping the data', async () => {
    const file = path.join(temp.dir, 'migrate.duckdb');
    const v1 = await ProjectDatabase.create(file, project);
    await v1.connection.run("INSERT INTO schools (school_id, school_name) VALUES ('001', 'Lincoln')");
    v1.close();
    const addNotes: Migration = {
      version: LATEST_SCHEMA_VERSION + 1,
      description: 'test: a notes table',
      up: async (connection) => void (await connection.run('CREATE TABLE app.notes (note VARCHAR)')),
    };
    const upgraded = await ProjectDatabase.open(file, [...MIGRATIONS, addNotes]);
    expect((await upgraded.metadata()).schemaVersion).toBe(addNotes.version);
    const notes = await upgraded.connection.runAndReadAll("SELECT count(*)::INTEGER FROM information_schema.tables WHERE table_schema = 'app' AND table_name = 'notes'");
    expect(notes.getRowsJS()[0]?.[0]).toBe(1);
    const schools = await upgraded.connection.runAndReadAll('SELECT school_id FROM schools');
    expect(schools.getRowsJS()).toEqual([['001']]);
    upgraded.close();

    // The app that only knows the older migrations must not open (and damage) the newer file.
    const failure = await failureOf(ProjectDatabase.open(file));
    expect(failure.code).toBe('project_too_new');
    expect(failure.message).toMatch(/newer version of EquityLens/);
  });

  it('rolls a failing migration back whole', async () => {
    const file = path.join(temp.dir, 'bad-migration.duckdb');
    (await ProjectDatabase.create(file, project)).close();
    const broken: Migration = {
      version: LATEST_SCHEMA_VERSION + 1,
      description: 'test: fails half way',
      up: async (connection) => {
        await connection.run('CREATE TABLE app.half_done (x INTEGER)');
        await connection.run('SELECT * FROM no_such_table');
      },
    };
    await expect(ProjectDatabase.open(file, [...MIGRATIONS, broken])).rejects.toThrow();
    const reopened = await ProjectDatabase.open(file);
    expect((await reopened.metadata()).schemaVersion).toBe(LATEST_SCHEMA_VERSION);
    const half = await reopened.connection.runAndReadAll("SELECT count(*)::INTEGER FROM information_schema.tables WHERE table_name = 'half_done'");
    expect(half.getRowsJS()[0]?.[0]).toBe(0);
    reopened.close();
  });

  it('explains files it cannot open', async () => {
    expect((await failureOf(ProjectDatabase.open(path.join(temp.dir, 'missing.duckdb')))).code).toBe('not_found');

    const junk = path.join(temp.dir, 'junk.duckdb');
    fs.writeFileSync(junk, 'this is not a database, just text');
    const junkFailure = await failureOf(ProjectDatabase.open(junk));
    expect(junkFailure.code).toBe('project_invalid');
    expect(fs.readFileSync(junk, 'utf8')).toBe('this is not a database, just text');

    const plain = path.join(temp.dir, 'plain.duckdb');
    execFileSync(process.execPath, ['-e', `require('@duckdb/node-api').DuckDBInstance.create(${JSON.stringify(plain)}).then(i => i.connect()).then(c => c.run('CREATE TABLE t (x INTEGER)'))`]);
    const plainFailure = await failureOf(ProjectDatabase.open(plain));
    expect(plainFailure.code).toBe('project_invalid');
    expect(plainFailure.message).toMatch(/not an EquityLens review project/);
  });

  it('reports a project that another process holds open', async () => {
    const file = path.join(temp.dir, 'locked.duckdb');
    (await ProjectDatabase.create(file, project)).close();
    const holdOpen = `require('@duckdb/node-api').DuckDBInstance.create(${JSON.stringify(file)}).then(() => { console.log('holding'); setInterval(() => {}, 1000); })`;
    const holder = spawn(process.execPath, ['-e', holdOpen], { stdio: ['ignore', 'pipe', 'inherit'] });
    try {
      await new Promise<void>((resolve) => holder.stdout.once('data', () => resolve()));
      const failure = await failureOf(ProjectDatabase.open(file));
      expect(failure.code).toBe('project_locked');
      expect(failure.message).toMatch(/open in another/);
    } finally {
      holder.kill();
    }
  });
});
