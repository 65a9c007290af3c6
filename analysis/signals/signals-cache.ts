// Signals found once per data version and signal settings, and shared: the "What the data say" screen,
// the review's data suggestions and the report all read the same family (it takes seconds to find).
import type { ProjectDatabase } from '../engine/project-database';
import { dataVersion } from '../engine/data-version';
import { readMetricSettings } from '../report/metric-settings-read';
import { findSignals, type FindOptions, type FoundSignals } from './find-signals';
import { readSignalSettings, type SignalSettings } from './signal-settings';

export interface ProjectSignals {
  found: FoundSignals;
  settings: SignalSettings;
}

/** Published and on-screen (internal) answers, for the latest year and perhaps one other: a few entries. */
const MAX_ENTRIES = 4;

const caches = new WeakMap<ProjectDatabase, Map<string, Promise<ProjectSignals>>>();

/**
 * The project's signals, found again only when an import or a figure setting (dataVersion) or a signal
 * setting changes. Callers asking at once share one search (the promise is what is remembered).
 */
export async function projectSignals(database: ProjectDatabase, options: FindOptions): Promise<ProjectSignals> {
  const [version, settings] = await Promise.all([dataVersion(database.connection), readSignalSettings(database.connection)]);
  const key = JSON.stringify([version, settings, options.year, options.internal]);
  let entries = caches.get(database);
  if (!entries) caches.set(database, (entries = new Map()));
  const known = entries.get(key);
  if (known) return known;
  const search = (async () => ({ found: await findSignals(database.connection, await readMetricSettings(database), settings, options), settings }))();
  entries.set(key, search);
  // A failed search is not remembered; the oldest entry makes room (Map keeps insertion order).
  search.catch(() => entries.delete(key));
  while (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value!);
  return search;
}
