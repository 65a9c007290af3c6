// `npm run build:sample`: builds the sample district into dist/sample-project, which the desktop package
// ships and every host copies, so the first "Open sample district" never imports the exports.
import fs from 'node:fs';
import path from 'node:path';
import { APP_VERSION, BUILT_SAMPLE_DIR, SAMPLE_DATA_DIR } from '../analysis/app-paths';
import { builtSampleProject } from '../analysis/service/sample-project';

// Built from scratch every time: a changed importer must not be packaged with a sample built by the old one.
fs.rmSync(BUILT_SAMPLE_DIR, { recursive: true, force: true });
const started = performance.now();
builtSampleProject({ sampleDir: SAMPLE_DATA_DIR, builtDir: BUILT_SAMPLE_DIR, fallbackDir: BUILT_SAMPLE_DIR, appVersion: APP_VERSION }).then(
  (file) => console.log(`Sample district built: ${path.relative(process.cwd(), file)} (${((performance.now() - started) / 1000).toFixed(1)} s)`),
  (error: unknown) => {
    console.error(`build-sample: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
