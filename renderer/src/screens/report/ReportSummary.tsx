// The executive summary: the overview in words (from the review's actual counts), key findings per domain
// in priority order, the domain-rating chart and table, the largest gaps in the data with their pages, and
// the rubric heat map. A data profile shows only what the data say.
import { useMemo } from 'react';
import type { RatingLevel, ReportModel } from '../../../../analysis/api';
import { FINDING_TYPE_LABELS } from '../../../../analysis/shared/findings-labels';
import { LEVEL_LABELS, RATING_LEVELS } from '../../../../analysis/shared/review-levels';
import { PlotChart } from '../../charts/PlotChart';
import { domainRatingSpec, domainRatingText } from './domain-rating-spec';
import { LevelBadge, PageRef, provisionalText, type PageNumbers } from './report-format';
import { REPORT_CHART_WIDTH } from './ReportChart';

const COLUMNS: (RatingLevel | null)[] = [...RATING_LEVELS, null];

export function ReportSummary({ model, pages }: { model: ReportModel; pages: PageNumbers }) {
  const { summary } = model;
  const review = model.kind === 'review';
  const chart = useMemo(() => domainRatingSpec(summary.domainRatings, REPORT_CHART_WIDTH), [summary.domainRatings]);
  return (
    <section className="report-section" id="executive-summary" aria-labelledby="summary-title">
      <h1 id="summary-title">Executive summary</h1>
      {summary.paragraphs.map((p, i) => (
        <p key={i}>{p}</p>
      ))}
      {summary.keyFindings.length > 0 && (
        <>
          <h2>Key findings</h2>
          <p className="section-intro">The reviewers’ findings in each domain, most pressing first: factors limiting access and opportunity, then areas for growth, then strengths.</p>
          {summary.keyFindings.map((d) => (
            <div key={d.anchor} className="key-findings keep-together">
              <h3>
                Domain {d.domainNumber}: {d.domainName}
                <span className="page-ref">
                  <PageRef numbers={pages} anchor={d.anchor} before=" (" after=")" />
                </span>
              </h3>
              <ul>
                {d.findings.map((f) => (
                  <li key={f.findingId} className={`key-finding ${f.type}`}>
                    <span className="finding-type">{FINDING_TYPE_LABELS[f.type]}:</span> {f.title}
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </>
      )}
      {summary.gaps.length > 0 && (
        <div className="keep-together">
          <h2>Largest gaps in the data</h2>
          <p className="section-intro">The top signals of the latest year: groups behind all other students by a gap that is unlikely to be noise after false-discovery control across every gap tested, and large enough to matter (see the methods appendix). Figures for small groups are withheld.</p>
          <ol className="gap-list">
            {summary.gaps.map((g) => (
              <li key={`${g.metricId}-${g.groupTypeLabel}-${g.groupLabel}`}>
                <strong>
                  {g.metricLabel}, {g.groupLabel}:
                </strong>{' '}
                {g.sentence}
                {g.discussedAt && (
                  <>
                    {' '}
                    Discussed under <a href={`#${g.discussedAt.anchor}`}>“{g.discussedAt.heading}”</a>
                    <PageRef numbers={pages} anchor={g.discussedAt.anchor} before=", " />.
                  </>
                )}
              </li>
            ))}
          </ol>
        </div>
      )}
      {review && (
        <figure className="report-figure keep-together" aria-describedby="domain-chart-description">
          <h2>Domain ratings</h2>
          <PlotChart options={chart} label={domainRatingText(summary.domainRatings)} />
          <figcaption id="domain-chart-description" className="figure-alternative">
            <span className="figure-label">Text description. </span>
            {domainRatingText(summary.domainRatings)}.
          </figcaption>
        </figure>
      )}
      {review && (
      <div className="keep-together">
        <h2>Ratings by domain</h2>
        <table className="report-table ratings-table">
          <caption className="visually-hidden">Rating of each domain, with the criteria rated</caption>
          <thead>
            <tr>
              <th scope="col">Domain</th>
              <th scope="col">Rating</th>
              <th scope="col" className="num">Criteria rated</th>
              <th scope="col" className="num">Initiating</th>
              <th scope="col" className="num">Developing</th>
              <th scope="col" className="num">Established</th>
            </tr>
          </thead>
          <tbody>
            {summary.domainRatings.map((d) => (
              <tr key={d.domainId}>
                <th scope="row">
                  Domain {d.number}: {d.name}
                  {d.overrideReason && <span className="override-note"> Set by the reviewer: {d.overrideReason}</span>}
                </th>
                <td>
                  <LevelBadge level={d.level} />
                  {d.provisional && <span className="provisional-mark block">{provisionalText(d)}</span>}
                </td>
                <td className="num">
                  {d.rated} of {d.total}
                </td>
                <td className="num">{d.distribution.initiating}</td>
                <td className="num">{d.distribution.developing}</td>
                <td className="num">{d.distribution.established}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      )}
      {/* The heat map is a page-sized figure: it starts its own page rather than leave its heading stranded. */}
      {review && (
      <div className="heatmap-section">
        <h2>Rubric heat map</h2>
        <p className="section-intro">Every criterion of the rubric by its rating. Read across a row for one criterion; read down the coloured cells for where the district stands.</p>
        {summary.heatmap.map((domain) => (
          <table className="report-table heatmap" key={domain.domainId}>
            <caption>
              Domain {domain.number}: {domain.name}
            </caption>
            <thead>
              <tr>
                <th scope="col">Criterion</th>
                {COLUMNS.map((level) => (
                  <th scope="col" key={level ?? 'none'} className="heat-col">
                    {level ? LEVEL_LABELS[level] : 'Not rated'}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {domain.criteria.map((c) => (
                <tr key={c.criterionId}>
                  <th scope="row">
                    <span className="criterion-number">{c.criterionId}</span> {c.title}
                  </th>
                  {COLUMNS.map((level) => (
                    <td key={level ?? 'none'} className={`heat-cell ${c.level === level ? `on ${level ?? 'none'}` : ''}`}>
                      {c.level === level ? (level ? LEVEL_LABELS[level] : 'Not rated') : ''}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        ))}
      </div>
      )}
    </section>
  );
}
