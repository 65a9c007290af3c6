// The methods appendix's account of the review team: reviewers, agreement with intervals, reconciliation.
import type { ReportReviewTeam as ReviewTeam } from '../../../../analysis/api';

const two = (value: number | null) => (value === null ? 'not defined' : value.toFixed(2));

export function ReportReviewTeam({ team }: { team: ReviewTeam }) {
  return (
    <>
      <h2>The review team and its agreement</h2>
      {team.sentences.map((sentence) => (
        <p key={sentence}>{sentence}</p>
      ))}
      <table className="report-table">
        <caption>Agreement among the reviewers over {team.items} criteria rated by two or more (95% intervals from 1,000 bootstrap resamples)</caption>
        <thead>
          <tr>
            <th scope="col">Statistic</th>
            <th scope="col" className="numeric">Value</th>
            <th scope="col" className="numeric">95% interval</th>
          </tr>
        </thead>
        <tbody>
          {team.figures.map((f) => (
            <tr key={f.id}>
              <th scope="row">{f.label}</th>
              <td className="numeric">{two(f.value)}</td>
              <td className="numeric">{f.lower === null ? 'not defined' : `${two(f.lower)} to ${two(f.upper)}`}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
