// The sample district is built into a project once and copied from then on: a copy has its own name and
// date, holds every imported row, and editing it leaves the built project as it was.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { APP_VERSION, SAMPLE_DATA_DIR } from '../../analysis/app-paths';
import { type ProjectDatabase } from '../../analysis/engine/project-database';
import { builtSampleProject, createProject, openSampleProject, type SampleSource } from '../../analysis/service/sample-project';
import { makeTempDir } from '../support/temp-dir';

const temp = makeTempDir('equitylens-sample-project-');
afterAll(() => temp.remove());

const source: SampleSource = { sampleDir: SAMPLE_DATA_DIR, builtDir: path.join(temp.dir, 'built'), fallbackDir: path.join(temp.dir, 'fallback'), appVersion: APP_VERSION };
const sha256 = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');

async function rowCounts(database: ProjectDatabase): Promise<Record<string, number>> {
  const reader = await database.connection.runAndReadAll(
    'SELECT (SELECT count(*) FROM enrollment)::INTEGER, (SELECT count(*) FROM assessments)::INTEGER, (SELECT count(*) FROM app.import_log)::INTEGER',
  );
  const [enrollment, assessments, imports] = reader.getRowsJS()[0]!.map(Number);
  return { enrollment: enrollment!, assessments: assessments!, imports: imports! };
}

describe('the built sample project', () => {
  let built = '';

  it('is built once into the shipped folder, then found there', async () => {
    built = await builtSampleProject(source);
    expect(path.dirname(built)).toBe(source.builtDir);
    expect(fs.readdirSync(source.builtDir!)).toEqual([path.basename(built)]);
    const modified = fs.statSync(built).mtimeMs;
    expect(await builtSampleProject(source)).toBe(built);
    expect(fs.statSync(built).mtimeMs).toBe(modified);
  }, 120_000);

  it('gives a new project with its own names and date, every imported row, and the built file untouched', async () => {
    const before = sha256(built);
    const file = path.join(temp.dir, 'district.duckdb');
    const startedAt = Date.now();
    const database = await createProject(file, { name: 'Board review', districtName: 'Riverside Unified', appVersion: '9.9.9' }, source);
    try {
      const metadata = await database.metadata();
      expect(metadata.name).toBe('Board review');
      expect(metadata.districtName).toBe('Riverside Unified');
      expect(metadata.appVersion).toBe('9.9.9');
      // Made now, not when the sample was built (timestamps are to the second).
      expect(Date.parse(metadata.createdAt)).toBeGreaterThanOrEqual(Math.floor(startedAt / 1000) * 1000);
      const counts = await rowCounts(database);
      // Ten sample files, each one import; the enrollment rows are the file's data lines.
      expect(counts.imports).toBe(10);
      const enrollmentLines = fs.readFileSync(path.join(SAMPLE_DATA_DIR, 'enrollment.csv'), 'utf8').trim().split('\n').length - 1;
      expect(counts.enrollment).toBe(enrollmentLines);
      await database.connection.run('DELETE FROM assessments');
    } finally {
      database.close();
    }
    expect(sha256(built)).toBe(before);
    expect(fs.readdirSync(temp.dir).filter((f) => f.includes('.partial'))).toEqual([]);
  });

  it('refuses to overwrite an existing file', async () => {
    const file = path.join(temp.dir, 'taken.duckdb');
    fs.writeFileSync(file, 'not mine to replace');
    await expect(createProject(file, { name: 'X', districtName: 'Y', appVersion: 'test' }, source)).rejects.toThrow(/already exists/);
    expect(fs.readFileSync(file, 'utf8')).toBe('not mine to replace');
  });

  it('opens the reviewer\'s own sample in the data folder, copied once and then reopened with its changes', async () => {
    const dataDir = path.join(temp.dir, 'data');
    const first = await openSampleProject(source, dataDir);
    const file = first.path;
    try {
      await first.connection.run("UPDATE app.project SET name = 'Changed by the reviewer'");
    } finally {
      first.close();
    }
    const again = await openSampleProject(source, dataDir);
    try {
      expect(again.path).toBe(file);
      expect((await again.metadata()).name).toBe('Changed by the reviewer');
    } finally {
      again.close();
    }
  });
});
