// The review's bar: template, reviewer, roll-up rule, save status, undo, and the audit log.
import { Button, Label, ListBox, ListBoxItem, Popover, Select, SelectValue, Text } from 'react-aria-components';
import { Link } from 'wouter';
import type { ReviewState, RollupRule } from '../../../../analysis/api';
import { ROLLUP_RULE_DESCRIPTIONS, ROLLUP_RULE_LABELS } from '../../../../analysis/shared/review-levels';
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
