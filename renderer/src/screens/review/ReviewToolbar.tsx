// The review's bar: template, reviewer, roll-up rule, save status, undo, the audit log, and starting a follow-up.
import { useState } from 'react';
import { Button, Dialog, DialogTrigger, Heading, Input, Label, ListBox, ListBoxItem, Modal, Popover, Select, SelectValue, Text, TextField } from 'react-aria-components';
import { Link } from 'wouter';
import type { ReviewState, RollupRule } from '../../../../analysis/api';
import { ROLLUP_RULE_DESCRIPTIONS, ROLLUP_RULE_LABELS } from '../../../../analysis/shared/review-levels';
import { schoolYearLabel } from '../../../../analysis/shared/codes';
import { useAppContext } from '../../app/app-context';
import { useReviewStore } from './review-store';

const RULES: RollupRule[] = ['median', 'rounded_mean', 'lowest'];

export function ReviewToolbar({ review }: { review: ReviewState }) {
  const { client } = useAppContext();
  const change = useReviewStore((s) => s.change);
  const askReviewer = useReviewStore((s) => s.askReviewer);
  return (
    <div className="review-toolbar panel">
      <dl className="review-facts">
        <div>
          <dt>Template</dt>
          <dd>
            {review.templateRef.name} <span className="muted">v{review.templateRef.version}</span> <Link href="/review/templates">Templates</Link>
          </dd>
        </div>
        <div>
          <dt>Reviewer</dt>
          <dd>
            {review.reviewer ?? <span className="muted">not set</span>}{' '}
            <Button className="link-button" onPress={askReviewer}>
              {review.reviewer ? 'Change' : 'Set'}
            </Button>
          </dd>
        </div>
      </dl>
      <Select
        className="rule-select"
        selectedKey={review.rollupRule}
        onSelectionChange={(key) => key !== review.rollupRule && void change('rule', () => client.api.setRollupRule({ rule: key as RollupRule }))}
      >
        <Label>Roll-up rule</Label>
        <Button className="button select-button">
          {/* Only the rule's name on the button; the description is for the list. */}
          <SelectValue>{({ selectedText }) => selectedText}</SelectValue>
          <span aria-hidden="true">▾</span>
        </Button>
        <Popover className="popover">
          <ListBox className="listbox">
            {RULES.map((rule) => (
              <ListBoxItem key={rule} id={rule} className="listbox-item" textValue={ROLLUP_RULE_LABELS[rule]}>
                <Text slot="label" className="listbox-label">
                  {ROLLUP_RULE_LABELS[rule]}
                </Text>
                <Text slot="description" className="listbox-description">
                  {ROLLUP_RULE_DESCRIPTIONS[rule]}
                </Text>
              </ListBoxItem>
            ))}
          </ListBox>
        </Popover>
      </Select>
      <div className="review-actions">
        <SaveIndicator />
        <Button
          className="button"
          isDisabled={!review.lastChange}
          aria-describedby={review.lastChange ? 'undo-what' : undefined}
          onPress={() => void change('undo', () => client.api.undoLastChange({}))}
        >
          Undo last change
        </Button>
        {review.lastChange && (
          <span id="undo-what" className="visually-hidden">
            Undoes: {review.lastChange.summary}
          </span>
        )}
        <Link href="/review/team" className="button subtle">
          Team{review.team.blind ? ' (independent rating on)' : review.team.awaitingReconciliation.length > 0 ? ` (${review.team.awaitingReconciliation.length} to reconcile)` : ''}
        </Link>
        <Link href="/review/audit" className="button subtle">
          Audit log
        </Link>
        <FollowUpButton review={review} />
      </div>
    </div>
  );
}

/** "Saved" appears only once the service has confirmed the change. */
export function SaveIndicator() {
  const save = useReviewStore((s) => s.save);
  return (
    <span className={`save-indicator ${save.kind}`} role="status" aria-live="polite">
      {save.kind === 'saving' && 'Saving…'}
      {save.kind === 'saved' && '✓ Saved'}
      {save.kind === 'failed' && `Not saved: ${save.message}`}
    </span>
  );
}

/**
 * "Start a follow-up…": the review so far becomes a read-only baseline that every criterion shows beside its
 * current rating; import the new school years, then re-rate. In a follow-up, says which review it follows.
 */
function FollowUpButton({ review }: { review: ReviewState }) {
  const { client } = useAppContext();
  const change = useReviewStore((s) => s.change);
  const [label, setLabel] = useState(`${schoolYearLabel(new Date().getFullYear())} review`);
  if (review.baseline) return <span className="muted follow-up-note">Follow-up of “{review.baseline.label}”</span>;
  return (
    <DialogTrigger>
      <Button className="button subtle" isDisabled={review.ratings.length === 0}>
        Start a follow-up…
      </Button>
      <Modal className="modal">
        <Dialog className="dialog">
          {({ close }) => (
            <form
              onSubmit={(event) => {
                event.preventDefault();
                void change('follow-up', () => client.api.startFollowUp({ label })).then(close);
              }}
            >
              <Heading slot="title">Start a follow-up review</Heading>
              <p>
                The ratings, findings and action plan so far become the follow-up’s baseline: kept as they are, read-only, and shown beside each criterion’s current rating.
                The review carries on from them. Import the new school years into this project, then re-rate what has changed.
              </p>
              <TextField className="field" value={label} onChange={setLabel} isRequired autoFocus>
                <Label>Name of the baseline</Label>
                <Input />
              </TextField>
              <div className="dialog-actions">
                <Button className="button" onPress={close}>
                  Cancel
                </Button>
                <Button className="button primary" type="submit" isDisabled={!label.trim()}>
                  Start the follow-up
                </Button>
              </div>
            </form>
          )}
        </Dialog>
      </Modal>
    </DialogTrigger>
  );
}
