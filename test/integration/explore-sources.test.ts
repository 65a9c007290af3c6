// Explore's data-source answer through the service on a real DuckDB project: which sources hold a metric,
// which one 'auto' reads, how many schools pass the filters, and the suppression minimum.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Result } from '../../analysis/api';
import { BUILT_SAMPLE_DIR, SAMPLE_DATA_DIR } from '../../analysis/app-paths';
import { ProjectDatabase } from '../../analysis/engine/project-database';
import { findMetric } from '../../analysis/metrics/registry';
import { createService } from '../../analysis/service/create-service';
import { createDispatcher } from '../../analysis/service/dispatch';
import { makeTempDir } from '../support/temp-dir';

const temp = makeTempDir();
const service = createService({ dataDir: path.join(temp.dir, 'data'), sampleDataDir: SAMPLE_DATA_DIR, builtSampleDir: BUILT_SAMPLE_DIR, appVersion: '1.2.3', host: 'cli' });
const dispatch = createDispatcher(service);
const file = path.join(temp.dir, 'sources.duckdb');
const MEASURE = findMetric('out_of_school_suspension')!.aggregatesMeasure!;

const value = <T>(result: Result<T>): T => {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
};

beforeAll(async () => {
  // Written with the project's own schema, then closed, so the service opens it as a reviewer would.
  const database = await ProjectDatabase.create(file, { name: 'Sources', districtName: 'Test district', appVersion: '1.2.3' });
  await database.connection.run(`INSERT INTO schools (school_id, school_name, level, community_school, pathway) VALUES
    ('h1', 'North High', 'high', true, 'pbis'), ('h2', 'South High', 'high', false, NULL), ('e1', 'Elm Elementary', 'elementary', NULL, 'pbis')`);
  database.close();
  value(await service.openProject({ path: file }));
});
afterAll(async () => {
  await service.dispose();
  temp.remove();
});

describe('getExploreSources', () => {
  it('says no source holds the metric in a project without records, and counts the schools', async () => {
    const sources = value(await service.getExploreSources({ metricId: 'out_of_school_suspension' }));
    expect(sources.automatic).toBeNull();
    expect(sources.sources.map((s) => [s.id, s.available, s.rows])).toEqual([
      ['students', false, 0],
      ['aggregates', false, 0],
    ]);
    expect(sources.matchingSchools).toBe(3);
    expect(sources.minimumN).toBe(10);
  });

  it('counts schools passing each school filter, and none for filters no school meets', async () => {
    const matching = async (filters: object) => value(await service.getExploreSources({ metricId: 'out_of_school_suspension', filters })).matchingSchools;
    expect(await matching({ schoolLevels: ['high'] })).toBe(2);
    expect(await matching({ schoolLevels: ['high'], communitySchool: true })).toBe(1);
    expect(await matching({ communitySchool: false })).toBe(2);
    expect(await matching({ pathways: ['pbis'], schoolLevels: ['elementary'] })).toBe(1);
    expect(await matching({ schoolIds: ['h2', 'e1'] })).toBe(2);
    expect(await matching({ schoolLevels: ['middle'] })).toBe(0);
  });

  it('lists both sources when both hold rows, prefers student records for auto, and follows the minimum setting', async () => {
    // DuckDB lets one process hold the file: the rows go in while the service has it closed.
    await service.closeProject({});
    const database = await ProjectDatabase.open(file);
    await database.connection.run(`INSERT INTO aggregates (school_year, level, school_id, measure, group_type, group_value, numerator, denominator)
      SELECT 2024, 'school', 'h1', $measure, 'all', 'all', 5, 100 FROM range(4)`, { measure: MEASURE });
    await database.connection.run(`INSERT INTO enrollment (student_id, school_year, school_id) SELECT 's' || i, 2024, 'h1' FROM range(25) t(i)`);
    database.close();
    value(await service.openProject({ path: file }));
    const sources = value(await service.getExploreSources({ metricId: 'out_of_school_suspension' }));
    expect(sources.sources.map((s) => [s.id, s.available, s.rows])).toEqual([
      ['students', true, 25],
      ['aggregates', true, 4],
    ]);
    expect(sources.automatic).toBe('students');
    value(await service.updateMetricSettings({ minimumN: 5 }));
    expect(value(await service.getExploreSources({ metricId: 'out_of_school_suspension' })).minimumN).toBe(5);
  });

  it('refuses an unknown metric and a malformed request with clear messages', async () => {
    expect(await service.getExploreSources({ metricId: 'no_such_metric' })).toMatchObject({ ok: false, error: { code: 'bad_request', message: '"no_such_metric" is not a metric id.' } });
    expect(await dispatch('getExploreSources', { metricId: '' })).toMatchObject({ ok: false, error: { message: expect.stringContaining('A metric id is required') } });
  });
});
