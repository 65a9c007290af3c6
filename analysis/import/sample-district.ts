// The bundled sample district's exports, imported through the same importer as a user's files (automatic
// mapping), schools and people first so that the later files' orphan checks have something to check against.
import fs from 'node:fs';
import path from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import type { ImportResult } from '../api';
import { ImportFailure } from './import-failure';
import { importFile } from './run-import';

export const SAMPLE_FILES = [
  'schools.csv',
  'enrollment.csv',
  'staff.csv',
  'attendance.csv',
  'assessments.csv',
  'discipline.csv',
  'courses.csv',
  'graduation.csv',
  'staff_training.csv',
  'climate_survey.csv',
] as const;

/** Imports every sample file on `connection` (the caller holds the transaction: all of them or none). */
export async function importSampleDistrict(connection: DuckDBConnection, dir: string): Promise<ImportResult[]> {
  const missing = SAMPLE_FILES.filter((file) => !fs.existsSync(path.join(dir, file)));
  if (missing.length > 0) throw new ImportFailure(`The sample district in ${dir} is missing ${missing.join(', ')}. Reinstall EquityLens.`, 'not_found');
  const results: ImportResult[] = [];
  for (const file of SAMPLE_FILES) results.push(await importFile(connection, { path: path.join(dir, file) }));
  return results;
}
