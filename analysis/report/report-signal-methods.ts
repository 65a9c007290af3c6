// The methods appendix's account of signals: the engine's own statement of its family (tests, false-
// discovery control, q threshold and practical floor), the same words the screen and the command line show.
import type { ReportMethods } from '../api';
import type { ProjectDatabase } from '../engine/project-database';
import { projectSignals } from '../signals/signals-cache';
import { describeFamily } from '../signals/signals-result';

export async function signalMethods(database: ProjectDatabase, internal: boolean): Promise<ReportMethods['signals']> {
  const { found, settings } = await projectSignals(database, { year: null, internal });
  const family = describeFamily(found, settings, internal);
  return { description: family.description, settings: family.settings, tests: family.tests, signals: family.signals };
}
