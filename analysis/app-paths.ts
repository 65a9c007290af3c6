// Where the app's own files are when it runs from the repository or an installed package (Node hosts).
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import packageJson from '../package.json';

export const APP_VERSION: string = packageJson.version;

/** The repository (or installed package) root: this file lives in <root>/analysis/. */
export const APP_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const SAMPLE_DATA_DIR = path.join(APP_ROOT, 'sample-data', 'district');
/** The built sample project (`npm run build:sample`, or built here on first use when the folder can be written). */
export const BUILT_SAMPLE_DIR = path.join(APP_ROOT, 'dist', 'sample-project');
export const RENDERER_DIST_DIR = path.join(APP_ROOT, 'dist', 'renderer');

/** Per-user data for the command line and web host; EQUITYLENS_DATA_DIR overrides it (tests use this). */
export function userDataDir(): string {
  return process.env.EQUITYLENS_DATA_DIR ?? path.join(os.homedir(), '.equitylens');
}
