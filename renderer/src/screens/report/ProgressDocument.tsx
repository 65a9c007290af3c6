// The progress report for the board: a cover that says what it is and how current the data are, then every
// benchmark's progress. Printed from the print route with document=progress.
import type { PaperSize, ReportModel } from '../../../../analysis/api';
import { schoolYearLabel } from '../../../../analysis/shared/codes';
import { PROGRESS_HEADING } from '../../../../analysis/shared/document-titles';
import { longDate } from './report-format';
import { PageRule } from './ReportDocument';
import { ReportProgress } from './ReportProgress';
import './report.css';

export function ProgressDocument({ model, paper }: { model: ReportModel; paper: PaperSize }) {
  const { cover, progress } = model;
  return (
    <article className={`report-document progress-document paper-${paper}`} lang="en">
      <PageRule paper={paper} />
      {/* One sheet on screen (the print view's sections are sheets); in print, pages break where they fall. */}
      <section aria-label={PROGRESS_HEADING}>
        <header className="progress-cover">
          <p className="cover-eyebrow">{cover.districtName}</p>
          <p className="progress-cover-title">{PROGRESS_HEADING}</p>
          <dl className="cover-facts">
            <div>
              <dt>Review</dt>
              <dd>{cover.title}</dd>
            </div>
            <div>
              <dt>Data through</dt>
              <dd>{progress.latestYear === null ? 'no school year yet' : schoolYearLabel(progress.latestYear)}</dd>
            </div>
            <div>
              <dt>Report date</dt>
              <dd>{longDate(model.generatedAt)}</dd>
            </div>
          </dl>
        </header>
        {progress.items.length === 0 ? <p className="muted">No action item has a benchmark yet.</p> : <ReportProgress progress={progress} asDocument />}
      </section>
    </article>
  );
}
