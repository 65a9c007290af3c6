// The sample's staff-training export holds unfinished sessions: set aside on purpose, reported as information.
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BUILT_SAMPLE_DIR, SAMPLE_DATA_DIR } from '../../analysis/app-paths';
import { createService } from '../../analysis/service/create-service';
import { makeTempDir } from '../support/temp-dir';

const temp = makeTempDir();
const service = createService({ dataDir: path.join(temp.dir, 'data'), sampleDataDir: SAMPLE_DATA_DIR, builtSampleDir: BUILT_SAMPLE_DIR, appVersion: 'test', host: 'cli' });
afterAll(async () => {
  await service.dispose();
  temp.remove();
});

describe('quality report severities', () => {
  it('reports rows excluded by their status as information, not as errors in the file', async () => {
    expect((await service.openSampleProject({})).ok).toBe(true);
    const imports = await service.listImports({});
    if (!imports.ok) throw new Error(imports.error.message);
    const training = imports.value.find((i) => i.fileName === 'staff_training.csv');
    expect(training).toBeDefined();
    const report = await service.getQualityReport({ importId: training!.importId });
    if (!report.ok || !report.value) throw new Error('no quality report for the training import');
    const excluded = report.value.issues.filter((i) => i.check === 'excluded');
    expect(excluded.length).toBeGreaterThan(0);
    expect(excluded.every((i) => i.severity === 'info')).toBe(true);
    // The accounting stays exact: every row read is loaded or set aside.
    expect(report.value.rowsRead).toBe(report.value.rowsLoaded + report.value.rowsRejected);
  });
});
