// The progress section's heading and when the review report prints it: shared by the report model (its
// contents), the renderer (the heading itself) and the printers (which find it by that text).
import type { ProgressReport } from '../api';

export const PROGRESS_HEADING = 'Progress on the action plan';

/** The review report prints progress once some benchmark has a published figure from a year after its baseline. */
export const printsProgress = (progress: ProgressReport): boolean => progress.items.some((item) => item.latest !== null);
