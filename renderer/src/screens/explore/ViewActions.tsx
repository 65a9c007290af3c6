// Actions on an Explore view: pin it for later, or link it to a rubric criterion as evidence.
import { useState } from 'react';
import { Button, Dialog, Heading, Input, Label, Modal, TextField } from 'react-aria-components';
import type { ReviewState } from '../../../../analysis/api';
import { useAppContext } from '../../app/app-context';
import { criteriaForChart } from '../../charts/explore/evidence-criteria';
import { SelectField } from '../../components/SelectField';
import { clearQueryCache } from '../../state/query-cache';
import { viewDescriptor } from '../../../../analysis/shared/view-descriptor';
import { serializeView, type ExploreView } from './view-state';

export function ViewActions({ view, title }: { view: ExploreView; title: string }) {
  const { client } = useAppContext();
  const [status, setStatus] = useState<string | null>(null);
  const [review, setReview] = useState<ReviewState | null>(null);
  const pin = async () => {
    const result = await client.api.saveView({ title, query: serializeView(view) });
    // Saved views are listed beside the metrics; a fresh read shows the new one.
    if (result.ok) clearQueryCache();
    setStatus(result.ok ? 'Pinned to Saved views.' : result.error.message);
  };
  const openEvidence = async () => {
    const result = await client.api.getReview({});
    if (result.ok) setReview(result.value);
    else setStatus(result.error.message);
  };
  return (
    <>
      <Button className="link-button" onPress={pin}>
        Pin view
      </Button>
      <Button className="link-button" onPress={openEvidence}>
        Add as evidence…
      </Button>
      {status && (
        <span className="action-status" role="status">
          {status}
        </span>
      )}
      {review && (
        <AddEvidenceDialog
          review={review}
          view={view}
          title={title}
          onClose={(message) => {
            setReview(null);
            if (message) setStatus(message);
          }}
        />
      )}
    </>
  );
}

function AddEvidenceDialog(props: { review: ReviewState; view: ExploreView; title: string; onClose: (message: string | null) => void }) {
  const { client } = useAppContext();
  // Criteria whose rules read this chart's metric come first and the best is chosen; with none, the
  // reviewer picks, rather than the chart landing on whatever criterion happens to be first.
  const ranked = criteriaForChart(props.review.template, props.view.metricId, props.view.groupBy);
  const proposed = ranked.filter((c) => c.proposed);
  const criteria = ranked.map((c) => ({ id: c.id, label: c.proposed ? `${c.label} (uses this metric)` : c.label }));
  const [criterionId, setCriterionId] = useState(proposed[0]?.id ?? '');
  const [error, setError] = useState<string | null>(null);
  // The audit log records who linked the evidence; ask once if the project does not know yet.
  const [reviewer, setReviewer] = useState(props.review.suggestedReviewer ?? '');
  const needsReviewer = props.review.reviewer === null;
  const add = async () => {
    if (needsReviewer) {
      const named = await client.api.setReviewer({ name: reviewer });
      if (!named.ok) return setError(named.error.message);
    }
    // The shared view descriptor (the whole Explore address), so the report redraws exactly this view.
    const result = await client.api.addEvidence({ evidence: { kind: 'metric_view', view: viewDescriptor(props.view, props.title) }, criterionIds: [criterionId] });
    if (result.ok) props.onClose(`Linked as evidence to “${ranked.find((c) => c.id === criterionId)?.label}”.`);
    else setError(result.error.message);
  };
  return (
    <Modal isOpen isDismissable onOpenChange={(open) => !open && props.onClose(null)} className="modal">
      <Dialog className="dialog">
        <Heading slot="title">Add this chart as evidence</Heading>
        <p className="hint">{props.title}</p>
        <p className="hint">
          {proposed.length > 0
            ? `Proposed: ${proposed.map((c) => c.label.replace(/^D\d · /, '')).join('; ')}. Criteria whose ratings read this metric are listed first.`
            : 'No criterion’s rating rule reads this metric: choose the criterion it supports.'}
        </p>
        <SelectField label="Criterion it supports" value={criterionId} options={criteria} onChange={setCriterionId} className="wide" />
        {needsReviewer && (
          <TextField className="field" value={reviewer} onChange={setReviewer}>
            <Label>Your name (recorded in the review's audit log)</Label>
            <Input />
          </TextField>
        )}
        {error && <p className="error-text">{error}</p>}
        <div className="dialog-actions">
          <Button className="button" onPress={() => props.onClose(null)}>
            Cancel
          </Button>
          <Button className="button primary" onPress={add} isDisabled={!criterionId || (needsReviewer && !reviewer.trim())}>
            Add as evidence
          </Button>
        </div>
      </Dialog>
    </Modal>
  );
}
