// The bundled sample district: built into a project once per version of its files (shipped with the app or
// cached), then copied wherever a sample project is wanted, so opening it never re-imports the exports.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { MIGRATIONS } from '../engine/migrations';
import { ProjectDatabase, removeProjectFiles } from '../engine/project-database';
import { importSampleDistrict } from '../import/sample-district';
import { sqlSettings } from '../metrics/counts-query';
import { buildCubes } from '../metrics/cube/cube-cache';
import { readMetricOptions } from '../metrics/metric-settings';
import { ServiceFailure } from './envelope';

export const SAMPLE_PROJECT_NAME = 'Sample review';
export const SAMPLE_DISTRICT_NAME = 'Riverside Unified School District (sample)';

/** Where the sample's exports are, and where a built copy may already be (or may be cached). */
export interface SampleSource {
  /** The sample district's exports (sample-data/district). */
  sampleDir: string;
  /** A folder that may hold the built sample (shipped with the app); it is built there when missing and the folder can be written. */
  builtDir?: string;
  /** Where to build it when builtDir cannot be written (the per-user data folder). */
  fallbackDir: string;
  appVersion: string;
}

/** Fingerprint of the sample files, so an app update with new sample data builds a fresh project. */
function sampleFingerprint(sampleDir: string): string {
  const hash = crypto.createHash('sha256');
  // The way the files are loaded is part of the fingerprint: a project built by an older loader is rebuilt.
  hash.update('importer-1');
  // So are the migrations: a sample built before one was added is rebuilt rather than patched.
  hash.update(MIGRATIONS.map((m) => m.version).join(','));
  for (const file of fs.readdirSync(sampleDir).filter((f) => f.endsWith('.csv')).sort()) {
    hash.update(file).update(fs.readFileSync(path.join(sampleDir, file)));
  }
  return hash.digest('hex').slice(0, 12);
}

function requireSampleDir(sampleDir: string): void {
  if (!fs.existsSync(sampleDir)) throw new ServiceFailure('not_found', `The sample district's files are missing (${sampleDir}). Reinstall EquityLens.`);
}

const builtFileName = (fingerprint: string) => `built-sample-${fingerprint}.duckdb`;

function canWrite(dir: string): boolean {
  try {
    fs.mkdirSync(dir, { recursive: true });
    fs.accessSync(dir, fs.constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/** Writes `file` through a temporary name and a rename, so a reader never sees half a project. */
async function writeAtomically(file: string, write: (temporary: string) => Promise<void>): Promise<void> {
  const temporary = `${file}.${process.pid}-${crypto.randomBytes(4).toString('hex')}.partial`;
  try {
    await write(temporary);
    fs.renameSync(temporary, file);
  } finally {
    removeProjectFiles(temporary);
  }
}

/**
 * The path of the built, never-opened-for-review sample project: the shipped one when present, else one
 * built now (about 15 s) into builtDir or the fallback folder. Two processes building at once both finish;
 * the rename makes one of the identical copies win.
 */
export async function builtSampleProject(source: SampleSource): Promise<string> {
  requireSampleDir(source.sampleDir);
  const name = builtFileName(sampleFingerprint(source.sampleDir));
  for (const dir of [source.builtDir, source.fallbackDir]) {
    if (dir && fs.existsSync(path.join(dir, name))) return path.join(dir, name);
  }
  const dir = source.builtDir && canWrite(source.builtDir) ? source.builtDir : source.fallbackDir;
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, name);
  await writeAtomically(file, async (temporary) => {
    const database = await importSampleInto(temporary, { name: SAMPLE_PROJECT_NAME, districtName: SAMPLE_DISTRICT_NAME, appVersion: source.appVersion }, source.sampleDir);
    try {
      // With its analysis tables and cubes already built for the default settings, the sample's first chart is quick.
      await buildCubes(database.connection, sqlSettings(await readMetricOptions(database.connection)));
      // Everything into the file itself: only the file is renamed into place.
      await database.connection.run('CHECKPOINT');
    } finally {
      database.close();
    }
  });
  return file;
}

/** A new project with a sample-shaped folder's exports imported through the importer, all or nothing. */
export async function importSampleInto(file: string, project: { name: string; districtName: string; appVersion: string }, sampleDir: string): Promise<ProjectDatabase> {
  requireSampleDir(sampleDir);
  const database = await ProjectDatabase.create(file, project);
  try {
    await database.transaction((connection) => importSampleDistrict(connection, sampleDir));
    return database;
  } catch (error) {
    database.close();
    removeProjectFiles(file);
    throw error;
  }
}

/** Copies the built sample to `file` (which must not exist), optionally renamed, and opens it. */
async function copySample(source: SampleSource, file: string, project?: { name: string; districtName: string; appVersion: string }): Promise<ProjectDatabase> {
  if (fs.existsSync(file)) throw new ServiceFailure('bad_request', `A file already exists at ${file}. Choose another name for the new review.`);
  const built = await builtSampleProject(source);
  await writeAtomically(file, async (temporary) => {
    fs.copyFileSync(built, temporary);
    const database = await ProjectDatabase.open(temporary);
    try {
      // The copy is a new project: its own name, and made now rather than when the sample was built.
      await database.connection.run('UPDATE app.project SET name = $1, district_name = $2, app_version = $3, created_at = current_timestamp', [
        project?.name ?? SAMPLE_PROJECT_NAME,
        project?.districtName ?? SAMPLE_DISTRICT_NAME,
        project?.appVersion ?? source.appVersion,
      ]);
      await database.connection.run('CHECKPOINT');
    } finally {
      database.close();
    }
  });
  return ProjectDatabase.open(file);
}

/** The reviewer's sample project in the data folder: opened when it exists, else copied from the built sample. */
export async function openSampleProject(source: SampleSource, dataDir: string): Promise<ProjectDatabase> {
  requireSampleDir(source.sampleDir);
  const file = path.join(dataDir, `sample-district-${sampleFingerprint(source.sampleDir)}.duckdb`);
  if (fs.existsSync(file)) return ProjectDatabase.open(file);
  fs.mkdirSync(dataDir, { recursive: true });
  return copySample(source, file);
}

/** Creates a project; with sample data, it starts as a copy of the built sample under the given names. */
export async function createProject(
  file: string,
  project: { name: string; districtName: string; appVersion: string },
  sample?: SampleSource,
): Promise<ProjectDatabase> {
  if (sample) return copySample(sample, file, project);
  return ProjectDatabase.create(file, project);
}
