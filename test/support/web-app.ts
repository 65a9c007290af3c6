// Starts the real service behind the real web host for browser scenarios, with its own data folder.
import path from 'node:path';
import { RENDERER_DIST_DIR, BUILT_SAMPLE_DIR, SAMPLE_DATA_DIR } from '../../analysis/app-paths';
import { createService } from '../../analysis/service/create-service';
import { startWebHost, type WebHost } from '../../analysis/web-host/web-host';
import { makeTempDir } from './temp-dir';

export interface RunningWebApp {
  host: WebHost;
  dataDir: string;
  stop(): Promise<void>;
}

/** Which district "Open sample district" opens: the committed sample unless another is given (the four-year one). */
export interface SampleDistrict {
  sampleDir: string;
  builtDir: string;
}

/** A fresh data folder each time, unless one is given (the start-up bench reuses the built sample). */
export async function startWebApp(sharedDataDir?: string, sample: SampleDistrict = { sampleDir: SAMPLE_DATA_DIR, builtDir: BUILT_SAMPLE_DIR }): Promise<RunningWebApp> {
  const temp = makeTempDir('equitylens-browser-');
  const dataDir = sharedDataDir ?? path.join(temp.dir, 'data');
  const service = createService({ dataDir, sampleDataDir: sample.sampleDir, builtSampleDir: sample.builtDir, appVersion: 'test', host: 'web' });
  const host = await startWebHost({ service, staticDir: RENDERER_DIST_DIR, uploadDir: path.join(dataDir, 'uploads') });
  return {
    host,
    dataDir,
    stop: async () => {
      await host.close();
      await service.dispose();
      temp.remove();
    },
  };
}

export const SCREENSHOT_DIR = path.resolve('test-output', 'screenshots');
