// The review team: who the reviewers are, calibration before the review, independent (blind) rating, how
// far the reviewers agree, and reconciliation of the criteria they disagree on, largest disagreement
// first, each reviewer's rating and rationale side by side.
import { useCallback, useState } from 'react';
import { Button, Label, Radio, RadioGroup, Switch, TextArea, TextField } from 'react-aria-components';
import { Link } from 'wouter';
import type { AgreementScope, CriterionDisagreement, ProjectInfo, RatingLevel, ReviewState } from '../../../../analysis/api';
import { LEVEL_LABELS, RATING_LEVELS } from '../../../../analysis/shared/review-levels';
import { useAppContext } from '../../app/app-context';
import { useServiceQuery } from '../../state/query-cache';
import { CalibrationPanel } from './CalibrationPanel';
import { SaveIndicator } from './ReviewToolbar';
import { TeamPeople } from './TeamPeople';
import { useReviewStore } from './review-store';

const figure = (value: number | null) => (value === null ? 'not defined' : value.toFixed(2));

export function TeamScreen({ project, review }: { project: ProjectInfo; review: ReviewState }) {
  const { client } = useAppContext();
  const change = useReviewStore((s) => s.change);
  const save = useReviewStore((s) => s.save);
  const fetchAgreement = useCallback(() => client.api.getAgreement({}), [client]);
  // Each saved change makes a new key, so agreement is read again after it.
  const agreement = useServiceQuery(`agreement:${project.path}:${save.kind === 'saved' ? save.at : 0}`, fetchAgreement);
  return (
    <div className="screen">
      <header className="screen-header">
        <p className="eyebrow">
          <Link href="/review">Review</Link> · {project.districtName}
        </p>
        <h1>Review team</h1>
        <p className="lede">
          Reviewers rate on their own, then meet to agree. While independent rating is on, each reviewer sees only their own ratings and
          rationales; the data suggestions and the evidence stay shared.
        </p>
      </header>
      <section className="panel team-mode">
        <Switch
          className="switch"
          isSelected={review.team.blind}
          onChange={(on) => void change('blind', () => client.api.setBlindRating({ on }))}
        >
          <span className="switch-track" aria-hidden="true" />
          Independent (blind) rating
        </Switch>
        <p className="muted">
          {review.team.reviewers.length === 0
            ? 'Nobody has rated yet.'
            : `Reviewers: ${review.team.reviewers.join(', ')}. ${review.team.awaitingReconciliation.length} ${review.team.awaitingReconciliation.length === 1 ? 'criterion awaits' : 'criteria await'} reconciliation.`}
        </p>
        <SaveIndicator />
      </section>
      <TeamPeople review={review} />
      <CalibrationPanel project={project} review={review} />
      {review.team.blind ? (
        <section className="panel">
          <p>Agreement and the reviewers' ratings side by side appear once independent rating is turned off, so that nobody rates with the others' answers in view.</p>
        </section>
      ) : (
        <>
          {agreement.status === 'loading' && <p className="loading">Measuring agreement…</p>}
          {agreement.status === 'error' && <p className="error-text">{agreement.message}</p>}
          {agreement.status === 'ready' && agreement.value.reviewers.length < 2 && (
            <section className="panel">
              <p className="empty">Agreement needs two or more reviewers. Merge a colleague's ratings from the command line (equitylens review merge) or rate under another name.</p>
            </section>
          )}
          {agreement.status === 'ready' && agreement.value.reviewers.length >= 2 && (
            <>
              <AgreementTable scopes={agreement.value.scopes.filter((s) => s.scope !== 'cluster')} />
              <section className="panel">
                <h2>Reconcile</h2>
                <p className="muted">Criteria rated by two or more reviewers, largest disagreement first. The consensus rating, with its reason, becomes the review's rating; each reviewer's own rating stays on record.</p>
                {agreement.value.criteria.map((criterion) => (
                  <ReconcileRow key={criterion.criterionId} criterion={criterion} />
                ))}
              </section>
            </>
          )}
        </>
      )}
    </div>
  );
}

function AgreementTable({ scopes }: { scopes: AgreementScope[] }) {
  const labels = scopes[0]?.figures ?? [];
  return (
    <section className="panel">
      <h2>Agreement</h2>
      <div className="table-scroll">
        <table className="data-table wide">
          <caption className="visually-hidden">Agreement among the reviewers, with bootstrap 95% intervals</caption>
          <thead>
            <tr>
              <th scope="col">Scope</th>
              <th scope="col" className="numeric">Criteria</th>
              {labels.map((f) => (
                <th key={f.id} scope="col" className="numeric">
                  {f.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {scopes.map((scope) => (
              <tr key={`${scope.scope}:${scope.id}`}>
                <th scope="row">{scope.name}</th>
                <td className="numeric">{scope.items}</td>
                {scope.figures.map((f) => (
                  <td key={f.id} className="numeric">
                    {figure(f.value)}
                    {f.lower !== null && (
                      <span className="interval">
                        {' '}
                        ({figure(f.lower)} to {figure(f.upper)})
                      </span>
                    )}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="muted">Figures in brackets are 95% intervals from 1,000 bootstrap resamples of the criteria. Kappa, alpha and AC1 near 1 mean the reviewers agree far beyond chance.</p>
    </section>
  );
}

function ReconcileRow({ criterion }: { criterion: CriterionDisagreement }) {
  const { client } = useAppContext();
  const change = useReviewStore((s) => s.change);
  const [level, setLevel] = useState<RatingLevel | ''>(criterion.consensus?.level ?? '');
  const [reason, setReason] = useState(criterion.consensus?.reason ?? '');
  const titleId = `reconcile-${criterion.criterionId}`;
  return (
    <article className="reconcile-row" aria-labelledby={titleId}>
      <h3 id={titleId}>
        {criterion.criterionId} {criterion.title}{' '}
        <span className={`spread spread-${criterion.spread}`}>{criterion.spread === 0 ? 'all agree' : `${criterion.spread} level${criterion.spread === 1 ? '' : 's'} apart`}</span>
      </h3>
      <table className="data-table wide">
        <caption className="visually-hidden">Each reviewer's rating of {criterion.criterionId}</caption>
        <thead>
          <tr>
            <th scope="col">Reviewer</th>
            <th scope="col">Rating</th>
            <th scope="col">Rationale</th>
          </tr>
        </thead>
        <tbody>
          {criterion.ratings.map((r) => (
            <tr key={r.reviewer}>
              <th scope="row">{r.reviewer}</th>
              <td>{r.level ? LEVEL_LABELS[r.level] : <span className="muted">not rated</span>}</td>
              <td>{r.rationale || <span className="muted">none given</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="reconcile-form">
        <RadioGroup className="level-radios" orientation="horizontal" value={level} onChange={(value) => setLevel(value as RatingLevel)}>
          <Label className="rating-label">Consensus</Label>
          {RATING_LEVELS.map((l) => (
            <Radio key={l} value={l} className={`level-radio ${l}`}>
              {LEVEL_LABELS[l]}
            </Radio>
          ))}
        </RadioGroup>
        <TextField className="field" value={reason} onChange={setReason} isRequired>
          <Label>Reason for the consensus</Label>
          <TextArea rows={2} />
        </TextField>
        <Button
          className="button primary"
          isDisabled={level === '' || reason.trim() === ''}
          onPress={() => level !== '' && void change(`reconcile:${criterion.criterionId}`, () => client.api.reconcileCriterion({ criterionId: criterion.criterionId, level, reason }))}
        >
          {criterion.consensus ? 'Update consensus' : 'Set consensus'}
        </Button>
        {criterion.consensus && (
          <span className="muted">
            Consensus {LEVEL_LABELS[criterion.consensus.level]}, set by {criterion.consensus.reconciledBy}
          </span>
        )}
      </div>
    </article>
  );
}
