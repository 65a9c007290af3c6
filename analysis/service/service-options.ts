// What a host tells the service about where it runs.
import type { AppInfo } from '../api';

export interface ServiceOptions {
  /** Per-user folder for the recent-projects list and the sample project file. */
  dataDir: string;
  /** Folder holding the sample district's exports (sample-data/district). */
  sampleDataDir: string;
  /** Folder that may hold the built sample project (shipped with the app, or a cache); see sample-project.ts. */
  builtSampleDir: string;
  appVersion: string;
  host: AppInfo['host'];
}
