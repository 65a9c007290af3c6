// The cover page and the table of contents (anchors, so it holds whatever page the sections land on).
import type { ReportModel } from '../../../../analysis/api';
import { LEVEL_LABELS, LEVEL_NUMBERS, RATING_LEVELS } from '../../../../analysis/shared/review-levels';
import { longDate, type PageNumbers } from './report-format';

export function ReportCover({ model }: { model: ReportModel }) {
  const { cover } = model;
  return (
    <section className="report-cover" aria-labelledby="report-title">
      <div className="cover-band" aria-hidden="true" />
      <p className="cover-eyebrow">{cover.districtName}</p>
      <h1 id="report-title" className="cover-title">
        {cover.title}
      </h1>
      <p className="cover-subtitle">{model.school ? `School report: ${model.school.schoolName}` : 'Findings, ratings and action plan'}</p>
      <dl className="cover-facts">
        {cover.preparedFor && (
          <div>
            <dt>Prepared for</dt>
            <dd>{cover.preparedFor}</dd>
          </div>
        )}
        <div>
          <dt>Review period</dt>
          <dd>{cover.reviewPeriod}</dd>
        </div>
        {cover.siteVisit && (
          <div>
            <dt>Site visit</dt>
            <dd>{cover.siteVisit}</dd>
          </div>
        )}
        <div>
          <dt>{cover.reviewers.length === 1 ? 'Reviewer' : 'Reviewers'}</dt>
          <dd>{cover.reviewers.length > 0 ? cover.reviewers.join(', ') : 'Not recorded'}</dd>
        </div>
        <div>
          <dt>Rubric</dt>
          <dd>{cover.templateName}</dd>
        </div>
        <div>
          <dt>Report date</dt>
          <dd>{longDate(model.generatedAt)}</dd>
        </div>
      </dl>
      {model.internal && (
        <p className="cover-internal" role="note">
          Internal report: the figures in this document are not suppressed. It is for the review team only and must not be distributed.
        </p>
      )}
      <p className="cover-footer">Prepared with EquityLens {model.appVersion}. Student records never left the district’s computer; every published figure is protected by small-group suppression.</p>
    </section>
  );
}

export function ReportContents({ model, pages }: { model: ReportModel; pages: PageNumbers }) {
  return (
    <section className="report-contents" aria-labelledby="contents-title">
      <h1 id="contents-title">Contents</h1>
      <ol className="toc">
        {model.contents.map((entry) => (
          <li key={entry.anchor} className={`toc-level-${entry.level}`}>
            <a href={`#${entry.anchor}`} onClick={(event) => {
              // Hash routing owns the address; scroll instead of navigating.
              event.preventDefault();
              document.getElementById(entry.anchor)?.scrollIntoView({ behavior: 'smooth' });
            }}>
              <span className="toc-title">{entry.title}</span>
              {/* Always a box, so that numbering the second print cannot move a line. */}
              <span className="toc-page">{pages.pages[entry.anchor] ?? (pages.pending ? <span className="page-pending">88</span> : '')}</span>
            </a>
          </li>
        ))}
      </ol>
      <h2 className="toc-scale-title">How to read the ratings</h2>
      <p>Each criterion, cluster and domain is rated on a three-point scale that reflects the level of support the district needs:</p>
      <ul className="scale-legend">
        {RATING_LEVELS.map((level) => (
          <li key={level}>
            <span className={`level-badge ${level}`}>
              {LEVEL_NUMBERS[level]} {LEVEL_LABELS[level]}
            </span>{' '}
            {model.methods.ratingScale.find((s) => s.level === level)?.description}
          </li>
        ))}
      </ul>
      <p>
        Figures for groups of fewer than {model.methods.suppression.minimumN} students are withheld to protect student privacy and appear as “&lt;{model.methods.suppression.minimumN}”, “n&lt;
        {model.methods.suppression.minimumN}” or “*”. A withheld figure is never zero.
      </p>
    </section>
  );
}
