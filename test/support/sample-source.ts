// The bundled sample as tests use it: the built project in dist/sample-project (built once per test run).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { APP_ROOT, APP_VERSION, BUILT_SAMPLE_DIR, SAMPLE_DATA_DIR } from '../../analysis/app-paths';
import type { SampleSource } from '../../analysis/service/sample-project';

export const SAMPLE_SOURCE: SampleSource = { sampleDir: SAMPLE_DATA_DIR, builtDir: BUILT_SAMPLE_DIR, fallbackDir: os.tmpdir(), appVersion: APP_VERSION };

/** Newest modification time of the engine's sources and of `sampleDir`'s files: a built sample older than this is stale. */
export function newestSource(sampleDir: string): number {
  const dirs = [path.join(APP_ROOT, 'analysis'), sampleDir];
  return Math.max(...dirs.flatMap((dir) => fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => fs.statSync(path.join(e.parentPath, e.name)).mtimeMs)));
}
