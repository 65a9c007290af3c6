// The titles of the printed documents, shared by the report model, the renderer and the printers: the progress
// section's heading (printers find it by its text) and when it prints, and the running title of every page.
import type { ProgressReport, ReportDocumentKind } from '../api';

export const PROGRESS_HEADING = 'Progress on the action plan';

/** The review report prints progress once some benchmark has a published figure from a year after its baseline. */
export const printsProgress = (progress: ProgressReport): boolean => progress.items.some((item) => item.latest !== null);

/** The footer's running title and the PDF's title: "Review title · School · District" (the school only in a school's report). */
export function runningTitle(parts: { title: string; districtName: string; schoolName?: string | null; document?: ReportDocumentKind }): string {
  return [parts.document === 'progress' ? PROGRESS_HEADING : parts.title, parts.schoolName, parts.districtName].filter(Boolean).join(' · ');
}
