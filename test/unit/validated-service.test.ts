// The command line calls the service through the dispatcher: a request the zod schemas refuse never
// reaches the service, exactly as over IPC or HTTP; other members (dispose) pass through.
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BUILT_SAMPLE_DIR, SAMPLE_DATA_DIR } from '../../analysis/app-paths';
import { createService } from '../../analysis/service/create-service';
import { validatedService } from '../../analysis/service/dispatch';
import { makeTempDir } from '../support/temp-dir';

const temp = makeTempDir();
const raw = createService({ dataDir: path.join(temp.dir, 'data'), sampleDataDir: SAMPLE_DATA_DIR, builtSampleDir: BUILT_SAMPLE_DIR, appVersion: 'test', host: 'cli' });
const service = validatedService(raw);
afterAll(async () => {
  await service.dispose();
  temp.remove();
});

describe('the service through the dispatcher', () => {
  it('refuses a malformed request before the service sees it', async () => {
    // With no project open the service itself would answer no_project; validation answers first.
    const bad = await service.getMetricTable({ metricId: 'expulsion', groupBy: ['not_a_group' as never] });
    expect(bad).toMatchObject({ ok: false, error: { code: 'bad_request' } });
    expect(await raw.getMetricTable({ metricId: 'expulsion', groupBy: ['not_a_group' as never] })).toMatchObject({ ok: false, error: { code: 'no_project' } });
    const unknownField = await service.updateMetricSettings({ minimumN: 10, extra: 1 } as never);
    expect(unknownField).toMatchObject({ ok: false, error: { code: 'bad_request' } });
  });

  it('passes a valid request on', async () => {
    expect(await service.getMetricTable({ metricId: 'expulsion', groupBy: ['race_ethnicity'] })).toMatchObject({ ok: false, error: { code: 'no_project' } });
  });
});
