// The service end to end: project lifecycle, and the overview's enrollment passing the suppression choke point.
import path from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { tableFromIPC } from 'apache-arrow';
import { afterAll, describe, expect, it } from 'vitest';
import type { Result } from '../../analysis/api';
import { createService } from '../../analysis/service/create-service';
import { createDispatcher } from '../../analysis/service/dispatch';
import { makeTempDir } from '../support/temp-dir';

const temp = makeTempDir();
const service = createService({ dataDir: path.join(temp.dir, 'data'), sampleDataDir: path.join(temp.dir, 'none'), builtSampleDir: path.join(temp.dir, 'none'), appVersion: '1.2.3', host: 'cli' });
afterAll(async () => {
  await service.dispose();
  temp.remove();
});

const value = <T>(result: Result<T>): T => {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
};

/** Adds students straight into the file (as an import would), while the service has it closed. */
async function addStudents(file: string, rows: [string, number, string][]): Promise<void> {
  const instance = await DuckDBInstance.create(file);
  const connection = await instance.connect();
  for (const [race, year, id] of rows) {
    await connection.run("INSERT INTO enrollment (student_id, school_year, school_id, race_ethnicity) VALUES ($1, $2, '001', $3)", [id, year, race]);
  }
  connection.closeSync();
  instance.closeSync();
}

describe('service', () => {
  const file = path.join(temp.dir, 'tiny.duckdb');

  it('creates, closes, lists as recent and reopens a project', async () => {
    const created = value(await service.createProject({ path: file, name: 'Tiny', districtName: 'Tiny District' }));
    expect(created.tables.every((t) => t.rows === 0)).toBe(true);
    expect(value(await service.getProjectInfo({}))?.name).toBe('Tiny');
    value(await service.closeProject({}));
    expect(value(await service.getProjectInfo({}))).toBeNull();
    expect(value(await service.listRecentProjects({})).map((r) => [r.path, r.exists])).toEqual([[file, true]]);
    expect(await service.getEnrollmentByGroup({ groupType: 'race_ethnicity' })).toMatchObject({ ok: false, error: { code: 'no_project' } });
  });

  it('suppresses small counts and their complement in every year, and never sends the hidden numbers', async () => {
    // 2024: 40 white, 25 black, 3 asian -> asian is small; black (next smallest) is hidden too.
    // 2023: 40 white, 25 black -> nothing to hide.
    const rows: [string, number, string][] = [];
    const add = (race: string, year: number, n: number) => {
      for (let i = 0; i < n; i++) rows.push([race, year, `${race}-${year}-${String(i).padStart(4, '0')}`]);
    };
    add('white', 2024, 40);
    add('black', 2024, 25);
    add('asian', 2024, 3);
    add('white', 2023, 40);
    add('black', 2023, 25);
    await addStudents(file, rows);
    value(await service.openProject({ path: file }));

    const table = tableFromIPC(value(await service.getEnrollmentByGroup({ groupType: 'race_ethnicity' })));
    const cells = table.toArray().map((r) => r.toJSON() as Record<string, unknown>);
    const cell = (year: number, group: string) => cells.find((c) => c.school_year === year && c.group_value === group)!;
    expect(cell(2024, 'asian')).toMatchObject({ students: null, students_display: '<10', suppressed: true, suppression_reason: 'small_count', group_label: 'Asian' });
    expect(cell(2024, 'black')).toMatchObject({ students: null, students_display: '*', suppressed: true, suppression_reason: 'complementary' });
    expect(cell(2024, 'white')).toMatchObject({ students: 40, students_display: '40', suppressed: false });
    expect(cell(2023, 'black')).toMatchObject({ students: 25, suppressed: false, group_label: 'Black or African American' });
    // The hidden counts appear nowhere in what was sent.
    const sent = JSON.stringify(cells.filter((c) => c.suppressed));
    expect(sent).not.toMatch(/\b(3|25)\b/);
  });

  it('validates requests through the dispatcher', async () => {
    const dispatch = createDispatcher(service);
    expect(await dispatch('getEnrollmentByGroup', { groupType: 'zodiac' })).toMatchObject({ ok: false, error: { code: 'bad_request' } });
    expect(await dispatch('getEnrollmentByGroup', { groupType: 'sex', extra: 1 })).toMatchObject({ ok: false, error: { code: 'bad_request' } });
    expect(await dispatch('createProject', { path: file, name: '', districtName: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'bad_request', message: 'name: A review name is required' },
    });
  });
});
