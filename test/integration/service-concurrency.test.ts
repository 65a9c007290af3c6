// Calls that arrive together (a user clicking quickly, two charts loading) each get their full answer.
import path from 'node:path';
import { tableFromIPC } from 'apache-arrow';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAMPLE_DATA_DIR } from '../../analysis/app-paths';
import { createService } from '../../analysis/service/create-service';
import { makeTempDir } from '../support/temp-dir';

const temp = makeTempDir();
const service = createService({ dataDir: path.join(temp.dir, 'data'), sampleDataDir: SAMPLE_DATA_DIR, appVersion: 'test', host: 'web' });
beforeAll(async () => {
  expect((await service.openSampleProject({})).ok).toBe(true);
}, 120_000);
afterAll(async () => {
  await service.dispose();
  temp.remove();
});

describe('concurrent service calls', () => {
  it('answers overlapping table requests exactly as it answers them one by one', async () => {
    const requests = (['sex', 'race_ethnicity', 'school_level', 'grade'] as const).map((groupType) => ({ groupType }));
    const alone = [];
    for (const request of requests) alone.push(await service.getEnrollmentByGroup(request));
    const together = await Promise.all(requests.map((request) => service.getEnrollmentByGroup(request)));
    for (let i = 0; i < requests.length; i++) {
      const a = alone[i]!;
      const b = together[i]!;
      if (!a.ok || !b.ok) throw new Error('a call failed');
      expect(tableFromIPC(b.value).numRows).toBeGreaterThan(0);
      expect(tableFromIPC(b.value).toArray().map((r) => r.toJSON())).toEqual(tableFromIPC(a.value).toArray().map((r) => r.toJSON()));
    }
  });
});
