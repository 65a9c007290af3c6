// The executive summary: the overview in words, the domain-rating table and the rubric heat map.
import type { RatingLevel, ReportModel } from '../../../../analysis/api';
import { LEVEL_LABELS, RATING_LEVELS } from '../../../../analysis/shared/review-levels';
import { LevelBadge } from './report-format';

const COLUMNS: (RatingLevel | null)[] = [...RATING_LEVELS, null];

export function ReportSummary({ model }: { model: ReportModel }) {
  const { summary } = model;
  return (
    <section className="report-section" id="executive-summary" aria-labelledby="summary-title">
      <h1 id="summary-title">Executive summary</h1>
      {summary.paragraphs.map((p, i) => (
        <p key={i}>{p}</p>
      ))}
      <div className="keep-together">
        <h2>Domain ratings</h2>
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
      {/* The heat map is a page-sized figure: it starts its own page rather than leave its heading stranded. */}
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
    </section>
  );
}
