// The optional appendix "Where the reviewers disagreed": each reviewer's own rating of each criterion as a
// heat map (disagreements outlined), its text alternative, and the same figures as a table.
import { useMemo } from 'react';
import type { ReportDisagreementMap as DisagreementMap } from '../../../../analysis/api';
import { LEVEL_LABELS } from '../../../../analysis/shared/review-levels';
import { PlotChart } from '../../charts/PlotChart';
import { disagreementMapSpec, disagreementMapText, spreadText } from '../../charts/report/disagreement-map-spec';
import { REPORT_CHART_WIDTH } from './ReportChart';

/** What the outlines mean, in a sentence that fits the count. */
function outlined(disagreed: number): string {
  if (disagreed === 0) return 'They gave the same rating to every criterion here.';
  const rows = disagreed === 1 ? 'The row outlined in black is the one criterion' : `The ${disagreed} rows outlined in black are the criteria`;
  return `${rows} on which they disagreed; the review's rating of such a criterion is the consensus the lead reviewer set, with its reason, in the domain sections.`;
}

export function ReportDisagreementMap({ map }: { map: DisagreementMap }) {
  const options = useMemo(() => disagreementMapSpec(map, REPORT_CHART_WIDTH), [map]);
  const text = disagreementMapText(map);
  return (
    <section className="report-section appendix" id="disagreement-map" aria-labelledby="disagreement-map-title">
      <h1 id="disagreement-map-title">Appendix: Where the reviewers disagreed</h1>
      <p>
        Each reviewer rated the criteria on their own before the team met. The map shows every criterion rated by two or more of them, in the rubric's order, with each
        reviewer's own rating. {outlined(map.disagreed)}
      </p>
      <figure className="report-figure" aria-describedby="disagreement-map-description">
        <PlotChart options={options} label={text} />
        <figcaption>
          <p id="disagreement-map-description" className="figure-alternative">
            <span className="figure-label">Text description. </span>
            {text}
          </p>
        </figcaption>
      </figure>
      <table className="report-table compact">
        <caption>Each reviewer's rating of each criterion</caption>
        <thead>
          <tr>
            <th scope="col">Criterion</th>
            {map.reviewers.map((r) => (
              <th key={r} scope="col">
                {r}
              </th>
            ))}
            <th scope="col">Spread</th>
            <th scope="col">Consensus</th>
          </tr>
        </thead>
        <tbody>
          {map.criteria.map((c) => (
            <tr key={c.criterionId} className={c.spread > 0 ? 'disagreed-row' : undefined}>
              <th scope="row">
                {c.criterionId} {c.title}
              </th>
              {c.levels.map((level, i) => (
                <td key={map.reviewers[i]}>{level ? LEVEL_LABELS[level] : 'not rated'}</td>
              ))}
              <td>{spreadText(c.spread)}</td>
              <td>{c.consensus ? LEVEL_LABELS[c.consensus] : c.spread > 0 ? 'not yet' : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
