// A cluster's or domain's roll-up: the rule's level, the distribution of criterion ratings, and overrides.
import { useState } from 'react';
import { Button, Dialog, Heading, Label, Modal, Radio, RadioGroup, TextArea, TextField } from 'react-aria-components';
import type { RatingLevel, ReviewState } from '../../../../analysis/api';
import { LEVEL_LABELS, RATING_LEVELS, ROLLUP_RULE_LABELS } from '../../../../analysis/shared/review-levels';
import { useAppContext } from '../../app/app-context';
import { useReviewStore } from './review-store';

interface RollupPanelProps {
  review: ReviewState;
  scope: 'cluster' | 'domain';
  id: string;
  name: string;
  compact?: boolean;
}

export function RollupPanel({ review, scope, id, name, compact }: RollupPanelProps) {
  const [editing, setEditing] = useState(false);
  const rollup = review.rollups.find((r) => r.scope === scope && r.id === id);
  if (!rollup) return null;
  const { distribution: d } = rollup;
  const total = d.initiating + d.developing + d.established + d.unrated;
  const label = scope === 'domain' ? `${name} rating` : 'Cluster rating';
  return (
    <div className={`rollup-panel${compact ? ' compact' : ''}`} role="group" aria-label={`${label}: ${rollup.effective ? LEVEL_LABELS[rollup.effective] : 'not rated yet'}`}>
      <div className="rollup-head">
        <span className="rollup-label">{label}</span>
        <span className={`level-badge ${rollup.effective ?? 'none'}`}>{rollup.effective ? LEVEL_LABELS[rollup.effective] : 'Not rated yet'}</span>
        {rollup.override && <span className="override-tag">override</span>}
      </div>
      <p className="rollup-rule">
        {rollup.override
          ? `Computed by ${ROLLUP_RULE_LABELS[review.rollupRule].toLowerCase()}: ${rollup.computed ? LEVEL_LABELS[rollup.computed] : 'none'}. Overridden by ${rollup.override.reviewer}: ${rollup.override.reason}`
          : `${ROLLUP_RULE_LABELS[review.rollupRule]} of ${total - d.unrated} rated ${total - d.unrated === 1 ? 'criterion' : 'criteria'}.`}
      </p>
      <div className="distribution" aria-hidden="true">
        {RATING_LEVELS.map((level) => (d[level] > 0 ? <span key={level} className={`distribution-part ${level}`} style={{ flexGrow: d[level] }} /> : null))}
        {d.unrated > 0 && <span className="distribution-part unrated" style={{ flexGrow: d.unrated }} />}
      </div>
      <p className="distribution-text">
        {d.initiating} Initiating · {d.developing} Developing · {d.established} Established · {d.unrated} not rated
      </p>
      <Button className="link-button" onPress={() => setEditing(true)}>
        {rollup.override ? 'Change override' : 'Override…'}
        <span className="visually-hidden"> {label.toLowerCase()} of {name}</span>
      </Button>
      {editing && <OverrideDialog scope={scope} id={id} name={name} current={rollup.override} onClose={() => setEditing(false)} />}
    </div>
  );
}

function OverrideDialog(props: { scope: 'cluster' | 'domain'; id: string; name: string; current: { level: RatingLevel; reason: string } | null; onClose: () => void }) {
  const { client } = useAppContext();
  const change = useReviewStore((s) => s.change);
  const [level, setLevel] = useState<RatingLevel | null>(props.current?.level ?? null);
  const [reason, setReason] = useState(props.current?.reason ?? '');
  const [tried, setTried] = useState(false);
  const save = async (next: RatingLevel | null) => {
    setTried(true);
    if (next !== null && !reason.trim()) return;
    if (await change(`rollup:${props.id}`, () => client.api.overrideRollup({ scope: props.scope, id: props.id, level: next, reason }))) props.onClose();
  };
  return (
    <Modal isOpen isDismissable onOpenChange={(open) => !open && props.onClose()} className="modal">
      <Dialog className="dialog">
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void save(level);
          }}
        >
          <Heading slot="title">Override the rating of {props.name}</Heading>
          <RadioGroup className="level-radios" value={level ?? ''} onChange={(value) => setLevel(value as RatingLevel)} isRequired>
            <Label>Rating</Label>
            {RATING_LEVELS.map((l) => (
              <Radio key={l} value={l} className="level-radio">
                {LEVEL_LABELS[l]}
              </Radio>
            ))}
          </RadioGroup>
          <TextField className="field" value={reason} onChange={setReason} isRequired isInvalid={tried && level !== null && !reason.trim()}>
            <Label>Reason (required)</Label>
            <TextArea rows={3} />
            {tried && level !== null && !reason.trim() && <p className="field-error">Write the reason for overriding the roll-up.</p>}
          </TextField>
          <div className="dialog-actions">
            {props.current && (
              <Button className="button subtle" onPress={() => void save(null)}>
                Remove override
              </Button>
            )}
            <Button className="button" onPress={props.onClose}>
              Cancel
            </Button>
            <Button className="button primary" type="submit" isDisabled={level === null}>
              Save override
            </Button>
          </div>
        </form>
      </Dialog>
    </Modal>
  );
}
