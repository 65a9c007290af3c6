// The bundled sample as tests use it: the built project in dist/sample-project (built once per test run).
import os from 'node:os';
import { APP_VERSION, BUILT_SAMPLE_DIR, SAMPLE_DATA_DIR } from '../../analysis/app-paths';
import type { SampleSource } from '../../analysis/service/sample-project';

export const SAMPLE_SOURCE: SampleSource = { sampleDir: SAMPLE_DATA_DIR, builtDir: BUILT_SAMPLE_DIR, fallbackDir: os.tmpdir(), appVersion: APP_VERSION };
