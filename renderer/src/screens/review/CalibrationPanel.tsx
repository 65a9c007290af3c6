// Calibration before the review: the reviewer at the keyboard rates each vignette, then sees the agreed
// answer and its reason; the team's distances from the agreed answers appear once they have rated every
// vignette, so that nobody calibrates with the others' answers in view.
import { useCallback, useState } from 'react';
import { Button, Label, Radio, RadioGroup } from 'react-aria-components';
import type { CalibrationReport, ProjectInfo, RatingLevel, ReviewState } from '../../../../analysis/api';
import { LEVEL_LABELS, RATING_LEVELS } from '../../../../analysis/shared/review-levels';
import { useAppContext } from '../../app/app-context';
import { useServiceQuery } from '../../state/query-cache';
import { useReviewStore } from './review-store';

const apart = (distance: number) => (distance === 0 ? 'match' : `${distance} level${distance === 1 ? '' : 's'} apart`);

export function CalibrationPanel({ project, review }: { project: ProjectInfo; review: ReviewState }) {
  const { client } = useAppContext();
  const save = useReviewStore((s) => s.save);
  const fetchCalibration = useCallback(() => client.api.getCalibration({}), [client]);
  const query = useServiceQuery(`calibration:${project.path}:${save.kind === 'saved' ? save.at : 0}`, fetchCalibration);
  if (query.status !== 'ready') return query.status === 'error' ? <p className="error-text">{query.message}</p> : <p className="loading">Reading the calibration vignettes…</p>;
  const report = query.value;
  if (report.vignettes.length === 0) return null;
  const mine = report.reviewers.find((r) => r.reviewer === review.reviewer) ?? null;
  const done = mine !== null && mine.rated === report.vignettes.length;
  return (
    <section className="panel" aria-labelledby="calibration-title">
      <h2 id="calibration-title">Calibration</h2>
      <p className="muted">
        Before rating the district, each reviewer rates these short scenarios on the same scale. The agreed answer appears once you have rated a scenario. These practice
        ratings are kept apart from the review's and never count toward it.
      </p>
      {/* Folded away once you have rated them all, so the agreement and reconciliation below come into view. */}
      <details className="calibration-scenarios" open={!done}>
        <summary>
          Scenarios: {mine?.rated ?? 0} of {report.vignettes.length} rated by you
        </summary>
        {report.vignettes.map((vignette) => (
          <VignetteRow key={vignette.id} vignette={vignette} answer={mine?.answers.find((a) => a.vignetteId === vignette.id) ?? null} />
        ))}
      </details>
      <h3>The team's distance from the agreed answers</h3>
      {done ? <TeamCalibration report={report} /> : <p className="muted">The team's results appear once you have rated every scenario.</p>}
    </section>
  );
}

function VignetteRow({ vignette, answer }: { vignette: CalibrationReport['vignettes'][number]; answer: CalibrationReport['reviewers'][number]['answers'][number] | null }) {
  const { client } = useAppContext();
  const change = useReviewStore((s) => s.change);
  const [level, setLevel] = useState<RatingLevel | ''>(answer?.level ?? '');
  const titleId = `vignette-${vignette.id}`;
  const record = (value: RatingLevel) =>
    change(`calibrate:${vignette.id}`, async () => {
      const rated = await client.api.rateCalibration({ vignetteId: vignette.id, level: value });
      return rated.ok ? client.api.getReview({}) : rated;
    });
  return (
    <article className="vignette" aria-labelledby={titleId}>
      <h3 id={titleId}>
        {vignette.id} · illustrates {vignette.criterionId} {vignette.criterionTitle}
      </h3>
      <p className="vignette-scenario">{vignette.scenario}</p>
      <div className="reconcile-form">
        <RadioGroup className="level-radios" orientation="horizontal" value={level} onChange={(value) => setLevel(value as RatingLevel)} aria-label={`Your rating of ${vignette.id}`}>
          <Label className="rating-label">Your rating</Label>
          {RATING_LEVELS.map((l) => (
            <Radio key={l} value={l} className={`level-radio ${l}`}>
              {LEVEL_LABELS[l]}
            </Radio>
          ))}
        </RadioGroup>
        <Button className="button primary" isDisabled={level === '' || level === answer?.level} onPress={() => level !== '' && void record(level)}>
          {answer ? 'Change calibration rating' : 'Record calibration rating'}
        </Button>
      </div>
      {answer && (
        <p className={`vignette-answer spread spread-${answer.distance}`} role="note">
          Agreed answer: {LEVEL_LABELS[vignette.agreedLevel]}, {answer.distance === 0 ? 'the same as yours' : `${answer.distance} level${answer.distance === 1 ? '' : 's'} from yours`}. {vignette.reason}
        </p>
      )}
    </article>
  );
}

function TeamCalibration({ report }: { report: CalibrationReport }) {
  if (report.reviewers.length === 0) return <p className="empty">Nobody has rated the scenarios yet.</p>;
  return (
    <div className="table-scroll">
      <table className="data-table wide">
        <caption className="visually-hidden">Each reviewer's calibration ratings and their distance from the agreed answers</caption>
        <thead>
          <tr>
            <th scope="col">Reviewer</th>
            <th scope="col" className="numeric">
              Exact matches
            </th>
            <th scope="col" className="numeric">
              Mean distance (levels)
            </th>
            {report.vignettes.map((v) => (
              <th key={v.id} scope="col">
                {v.id} (agreed {LEVEL_LABELS[v.agreedLevel]})
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {report.reviewers.map((r) => (
            <tr key={r.reviewer}>
              <th scope="row">{r.reviewer}</th>
              <td className="numeric">
                {r.exactMatches} of {r.rated}
              </td>
              <td className="numeric">{r.meanAbsoluteDistance === null ? '—' : r.meanAbsoluteDistance.toFixed(2)}</td>
              {report.vignettes.map((v) => {
                const a = r.answers.find((x) => x.vignetteId === v.id);
                return <td key={v.id}>{a ? `${LEVEL_LABELS[a.level]} (${apart(a.distance)})` : <span className="muted">not rated</span>}</td>;
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
