// Calls that arrive together (a user clicking quickly, two charts loading) each get their full answer; reads
// run on connections of their own, so a chart answers while an import writes, and cancel still stops it.
import fs from 'node:fs';
import path from 'node:path';
import { tableFromIPC } from 'apache-arrow';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILT_SAMPLE_DIR, SAMPLE_DATA_DIR } from '../../analysis/app-paths';
import { createService } from '../../analysis/service/create-service';
import { makeTempDir } from '../support/temp-dir';

const temp = makeTempDir();
const service = createService({ dataDir: path.join(temp.dir, 'data'), sampleDataDir: SAMPLE_DATA_DIR, builtSampleDir: BUILT_SAMPLE_DIR, appVersion: 'test', host: 'web' });
/** An enrollment export big enough that its import runs for seconds. */
const BIG = path.join(temp.dir, 'big-enrollment.csv');

beforeAll(async () => {
  expect((await service.openSampleProject({})).ok).toBe(true);
  const lines = ['StudentID,SchoolYear,SchoolCode,Grade,Gender,Race'];
  for (let i = 0; i < 400_000; i++) lines.push(`${900000 + i},2030-31,101,${i % 13},${i % 2 ? 'F' : 'M'},${'ABHIPTW'[i % 7]}`);
  fs.writeFileSync(BIG, `${lines.join('\n')}\n`);
}, 180_000);
afterAll(async () => {
  await service.dispose();
  temp.remove();
});

const chart = () => service.getEnrollmentByGroup({ groupType: 'sex' });

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

  it('answers a chart, the review and the findings while an import runs, with the data as it was before the import', async () => {
    const before = await chart();
    if (!before.ok) throw new Error(before.error.message);
    const reviewBefore = await service.getReview({});
    if (!reviewBefore.ok) throw new Error(reviewBefore.error.message);
    let importDone = false;
    const importing = service.runImport({ taskId: 'concurrent-import', path: BIG, kind: 'enrollment' }).then((result) => {
      importDone = true;
      return result;
    });
    // Wait until the import is writing (its reading phase reports progress), then ask for charts.
    await new Promise<void>((resolve) => {
      const off = service.onEvent((event) => {
        if (event.type === 'progress' && event.taskId === 'concurrent-import' && event.phase !== 'reading') {
          off();
          resolve();
        }
      });
    });
    const [during, reviewDuring, findingsDuring] = await Promise.all([chart(), service.getReview({}), service.getFindings({})]);
    const answeredDuringImport = !importDone;
    const imported = await importing;
    expect(imported.ok).toBe(true);
    expect(answeredDuringImport).toBe(true);
    if (!during.ok) throw new Error(during.error.message);
    expect(tableFromIPC(during.value).toArray().map((r) => r.toJSON())).toEqual(tableFromIPC(before.value).toArray().map((r) => r.toJSON()));
    if (!reviewDuring.ok) throw new Error(reviewDuring.error.message);
    expect(reviewDuring.value.templateRef).toEqual(reviewBefore.value.templateRef);
    expect(reviewDuring.value.suggestions).toEqual(reviewBefore.value.suggestions);
    expect(findingsDuring.ok).toBe(true);
  }, 180_000);

  it('still cancels an import while reads run beside it', async () => {
    const importing = service.runImport({ taskId: 'cancelled-import', path: BIG, kind: 'enrollment', onDuplicate: 'replace' });
    const reads = Promise.all([chart(), chart()]);
    setTimeout(() => void service.cancelTask({ taskId: 'cancelled-import' }), 1500);
    const result = await importing;
    expect(result).toMatchObject({ ok: false, error: { code: 'cancelled' } });
    for (const read of await reads) expect(read.ok).toBe(true);
  }, 180_000);
});
