// Runs once before the tests: builds the renderer that the browser scenarios load through the web host, and
// the sample district's project that the tests copy (rather than each importing the exports again).
import fs from 'node:fs';
import { build } from 'vite';
import { BUILT_SAMPLE_DIR } from '../analysis/app-paths';
import { builtSampleProject } from '../analysis/service/sample-project';
import { newestSource, SAMPLE_SOURCE } from './support/sample-source';

export default async function setup(): Promise<void> {
  // The tests must copy a sample built by the importer under test: rebuilt when any engine source is newer.
  const built = await builtSampleProject(SAMPLE_SOURCE);
  if (fs.statSync(built).mtimeMs < newestSource(SAMPLE_SOURCE.sampleDir)) {
    fs.rmSync(BUILT_SAMPLE_DIR, { recursive: true, force: true });
    await builtSampleProject(SAMPLE_SOURCE);
  }
  // Browser scenarios need dist/renderer; building takes a couple of seconds, so only when asked.
  if (process.env.EQUITYLENS_SKIP_RENDERER_BUILD === '1') return;
  await build({ configFile: 'vite.config.ts', logLevel: 'warn' });
}
