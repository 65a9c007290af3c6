// Where the desktop app finds its parts, in development (`electron .`) and when packaged (app.asar).
import { join } from 'node:path';

export interface AppPathsInput {
  /** app.getAppPath(): the folder (or app.asar) holding package.json. */
  appRoot: string;
  isPackaged: boolean;
  /** process.resourcesPath: where electron-builder puts extraResources. */
  resourcesPath: string;
}

export interface AppPaths {
  rendererDir: string;
  preload: string;
  serviceProcess: string;
  sampleDataDir: string;
  /** The sample district already built into a project (`npm run build:sample`), copied on first open. */
  builtSampleDir: string;
}

export function appPaths({ appRoot, isPackaged, resourcesPath }: AppPathsInput): AppPaths {
  const bundles = join(appRoot, 'dist-electron');
  return {
    rendererDir: join(appRoot, 'dist', 'renderer'),
    preload: join(bundles, 'preload.cjs'),
    serviceProcess: join(bundles, 'service-process.cjs'),
    // The sample exports sit outside the asar so DuckDB's own readers can open them as plain files.
    sampleDataDir: isPackaged ? join(resourcesPath, 'sample-data', 'district') : join(appRoot, 'sample-data', 'district'),
    builtSampleDir: isPackaged ? join(resourcesPath, 'sample-project') : join(appRoot, 'dist', 'sample-project'),
  };
}
