// Signal rows as plain objects, read back from the publishing point: what the suggestions and the report
// quote, so no figure of theirs bypasses small-cell suppression.
import type { PublishedSignalRow } from '../api';
import type { ProjectDatabase } from '../engine/project-database';
import { publishedSignalRows } from '../report/published-rows';
import type { PublishableCell } from './find-signals';
import { projectSignals } from './signals-cache';
import type { SignalSettings } from './signal-settings';
import { publishSignals } from './signals-result';

export interface PublishedSignals {
  rows: PublishedSignalRow[];
  settings: SignalSettings;
}

/** The cells `keep` selects (each metric's latest year), published and decoded, in the family's rank order. */
export async function publishedSignals(database: ProjectDatabase, options: { internal: boolean }, keep: (cell: PublishableCell) => boolean): Promise<PublishedSignals> {
  const { found, settings } = await projectSignals(database, { year: null, internal: options.internal });
  const bytes = publishSignals(found, settings, found.cells.filter(keep), options.internal);
  return { rows: publishedSignalRows(bytes), settings };
}
