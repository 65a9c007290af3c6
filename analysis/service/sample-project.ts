// The bundled sample district: built into a project once per version of its files, then reopened.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { MIGRATIONS } from '../engine/migrations';
import { ProjectDatabase, removeProjectFiles } from '../engine/project-database';
import { importSampleDistrict } from '../import/sample-district';
import { ServiceFailure } from './envelope';

export const SAMPLE_PROJECT_NAME = 'Sample review';
export const SAMPLE_DISTRICT_NAME = 'Riverside Unified School District (sample)';

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

export async function openSampleProject(dataDir: string, sampleDir: string, appVersion: string): Promise<ProjectDatabase> {
  requireSampleDir(sampleDir);
  const file = path.join(dataDir, `sample-district-${sampleFingerprint(sampleDir)}.duckdb`);
  if (fs.existsSync(file)) return ProjectDatabase.open(file);
  fs.mkdirSync(dataDir, { recursive: true });
  return createProject(file, { name: SAMPLE_PROJECT_NAME, districtName: SAMPLE_DISTRICT_NAME, appVersion }, sampleDir);
}

/** Creates a project; with a sample folder, imports the sample exports through the importer in the same step (all or nothing). */
export async function createProject(
  file: string,
  project: { name: string; districtName: string; appVersion: string },
  sampleDir?: string,
): Promise<ProjectDatabase> {
  if (sampleDir) requireSampleDir(sampleDir);
  const database = await ProjectDatabase.create(file, project);
  if (!sampleDir) return database;
  try {
    await database.transaction((connection) => importSampleDistrict(connection, sampleDir));
    return database;
  } catch (error) {
    database.close();
    removeProjectFiles(file);
    throw error;
  }
}
