// One criterion: descriptors side by side, the data suggestion, the rating with its rationale, evidence.
import { useId, useState } from 'react';
import { Button, Label, Radio, RadioGroup, Text, TextArea, TextField } from 'react-aria-components';
import type { RatingLevel, ReviewState, RubricCriterion } from '../../../../analysis/api';
import { LEVEL_LABELS, LEVEL_NUMBERS, RATING_LEVELS } from '../../../../analysis/shared/review-levels';
import { useAppContext } from '../../app/app-context';
import { EvidenceSection } from './EvidenceSection';
import { useReviewStore } from './review-store';

type Choice = RatingLevel | 'none';

export function CriterionCard({ review, criterion }: { review: ReviewState; criterion: RubricCriterion }) {
  const { client } = useAppContext();
  const change = useReviewStore((s) => s.change);
  const save = useReviewStore((s) => s.save);
  const rating = review.ratings.find((r) => r.criterionId === criterion.id) ?? null;
  const suggestion = review.suggestions.find((s) => s.criterionId === criterion.id) ?? null;
  const saved: Choice = rating?.level ?? 'none';
  // Drafts hold what the reviewer has chosen or typed but the service has not yet confirmed.
  const [draftChoice, setDraftChoice] = useState<Choice | null>(null);
  const [draftRationale, setDraftRationale] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const choice = draftChoice ?? saved;
  const rationale = draftRationale ?? rating?.rationale ?? '';
  const suggested = suggestion?.level ?? null;
  // In a follow-up, the rating in the review it started from, beside the descriptors it was given against.
  const baseline = review.baseline?.ratings.find((r) => r.criterionId === criterion.id) ?? null;
  const baselineLevel = baseline?.level ?? null;
  const needsRationale = choice !== 'none' && suggested !== null && choice !== suggested;
  const headingId = useId();
  const key = `rating:${criterion.id}`;

  const submit = async (nextChoice: Choice, nextRationale: string) => {
    const needs = nextChoice !== 'none' && suggested !== null && nextChoice !== suggested;
    if (needs && !nextRationale.trim()) {
      setProblem(`Explain why your rating differs from the suggested level (${LEVEL_LABELS[suggested!]}). The rating is not saved until you do.`);
      return;
    }
    setProblem(null);
    const level = nextChoice === 'none' ? null : nextChoice;
    const ok = await change(key, () => client.api.rateCriterion({ criterionId: criterion.id, level, rationale: level === null ? '' : nextRationale }));
    if (ok) {
      setDraftChoice(null);
      setDraftRationale(null);
    }
  };
  const rationaleDirty = draftRationale !== null && draftRationale !== (rating?.rationale ?? '');
  const status =
    save.kind !== 'idle' && save.key === key
      ? save.kind === 'saving'
        ? 'Saving…'
        : save.kind === 'saved'
          ? 'Saved'
          : `Not saved: ${save.message}`
      : null;

  return (
    <article className="criterion-card" aria-labelledby={headingId}>
      <header className="criterion-header">
        <h3 id={headingId}>
          <span className="criterion-id">{criterion.id}</span> {criterion.title}
        </h3>
        <p className="criterion-looks-for">
          <strong>Looks for:</strong> {criterion.looksFor}
        </p>
      </header>
      <div className="descriptors" role="list" aria-label="Descriptors">
        {RATING_LEVELS.map((level) => (
          <div key={level} role="listitem" className={`descriptor ${level}${choice === level ? ' chosen' : ''}`}>
            <p className="descriptor-level">
              {LEVEL_NUMBERS[level]} {LEVEL_LABELS[level]}
              {suggested === level && <span className="suggested-tag">suggested</span>}
              {baselineLevel === level && <span className="baseline-tag">{review.baseline!.label}</span>}
            </p>
            <p className="descriptor-text">{criterion.descriptors[level]}</p>
          </div>
        ))}
      </div>
      {review.baseline && (
        <p className="baseline-rating">
          <span className="suggestion-label">{review.baseline.label}</span>{' '}
          {baseline ? `${LEVEL_LABELS[baseline.level]}${baseline.rationale ? `: ${baseline.rationale}` : ''}` : 'Not rated then.'}
        </p>
      )}
      {suggestion && (
        <p className={`suggestion${suggestion.level ? '' : ' none'}`}>
          <span className="suggestion-label">{suggestion.level ? 'From the data' : 'No data suggestion'}</span> {suggestion.reason}
        </p>
      )}
      <div className="rating-form">
        <RadioGroup
          className="level-radios"
          orientation="horizontal"
          value={choice}
          onChange={(value) => {
            setDraftChoice(value as Choice);
            void submit(value as Choice, rationale);
          }}
        >
          <Label className="rating-label">Rating</Label>
          {[...RATING_LEVELS, 'none' as const].map((level) => (
            <Radio key={level} value={level} className={`level-radio ${level}`}>
              {level === 'none' ? 'Not rated' : LEVEL_LABELS[level]}
            </Radio>
          ))}
        </RadioGroup>
        <TextField
          className="field rationale-field"
          value={rationale}
          onChange={(value) => setDraftRationale(value)}
          onBlur={() => rationaleDirty && choice !== 'none' && void submit(choice, rationale)}
          isInvalid={problem !== null}
          isRequired={needsRationale}
          isDisabled={choice === 'none'}
        >
          <Label>Rationale{needsRationale ? ' (required: your rating differs from the suggestion)' : ''}</Label>
          <TextArea rows={3} placeholder={choice === 'none' ? 'Choose a rating first' : 'What the evidence shows'} />
          {problem && <Text slot="errorMessage" className="field-error">{problem}</Text>}
        </TextField>
        <div className="rating-status">
          {rationaleDirty && choice !== 'none' && (
            <Button className="button small" onPress={() => void submit(choice, rationale)}>
              Save rationale
            </Button>
          )}
          {status && <span className={`criterion-saved ${save.kind}`}>{status}</span>}
          {rating && !draftChoice && (
            <span className="rated-by">
              Rated by {rating.reviewer}, {new Date(rating.ratedAt).toLocaleString()}
            </span>
          )}
        </div>
      </div>
      <EvidenceSection review={review} criterion={criterion} />
    </article>
  );
}
