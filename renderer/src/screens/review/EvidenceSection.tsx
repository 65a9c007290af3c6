// A criterion's evidence: linked items, the triangulation (what kinds are there and missing), and adding.
import { useState } from 'react';
import { Button } from 'react-aria-components';
import type { EvidenceItem, ReviewState, RubricCriterion } from '../../../../analysis/api';
import { schoolYearLabel } from '../../../../analysis/shared/codes';
import { descriptorView, LINKABLE_GROUPINGS } from '../../../../analysis/shared/view-descriptor';
import { EVIDENCE_CATEGORIES, EVIDENCE_CATEGORY_LABELS, EVIDENCE_KIND_LABELS } from '../../../../analysis/shared/review-levels';
import { useAppContext } from '../../app/app-context';
import { DocumentDialog, LinkExistingDialog, NoteDialog, ViewDialog } from './EvidenceDialogs';
import { useReviewStore } from './review-store';

type Adding = 'note' | 'document' | 'view' | 'existing' | null;

export function EvidenceSection({ review, criterion }: { review: ReviewState; criterion: RubricCriterion }) {
  const { client } = useAppContext();
  const change = useReviewStore((s) => s.change);
  const [adding, setAdding] = useState<Adding>(null);
  const linked = review.evidence.filter((e) => e.criterionIds.includes(criterion.id));
  const others = review.evidence.filter((e) => !e.criterionIds.includes(criterion.id));
  const triangulation = review.triangulation.find((t) => t.criterionId === criterion.id);
  return (
    <section className="evidence-section" aria-label={`Evidence for ${criterion.id}`}>
      <div className="evidence-head">
        <h4>Evidence ({linked.length})</h4>
        <ul className="triangulation" aria-label="Triangulation">
          {EVIDENCE_CATEGORIES.map((category) => {
            const present = triangulation?.present.includes(category) ?? false;
            const expected = criterion.evidenceTypes.includes(category);
            return (
              <li key={category} className={`tri-badge ${present ? 'present' : expected ? 'missing' : 'optional'}`}>
                <span aria-hidden="true">{present ? '✓' : '○'}</span> {EVIDENCE_CATEGORY_LABELS[category]}
                <span className="tri-state">{present ? ': present' : expected ? ': missing' : ': not expected'}</span>
              </li>
            );
          })}
        </ul>
      </div>
      {linked.length > 0 && (
        <ul className="evidence-list">
          {linked.map((item) => (
            <li key={item.evidenceId} className="evidence-item">
              <span className={`kind-badge ${item.category}`}>{EVIDENCE_KIND_LABELS[item.kind]}</span>
              <span className="evidence-title">{item.title}</span>
              <span className="evidence-meta">{describe(item)}</span>
              {item.note && <span className="evidence-note">{item.note}</span>}
              <Button
                className="link-button evidence-unlink"
                onPress={() => void change(`unlink:${item.evidenceId}`, () => client.api.unlinkEvidence({ evidenceId: item.evidenceId, criterionId: criterion.id }))}
              >
                Unlink<span className="visually-hidden"> {item.title} from {criterion.id}</span>
              </Button>
            </li>
          ))}
        </ul>
      )}
      <div className="evidence-buttons">
        <Button className="button small" onPress={() => setAdding('note')}>
          Add note<span className="visually-hidden"> to {criterion.id}</span>
        </Button>
        <Button className="button small" onPress={() => setAdding('document')}>
          Add document<span className="visually-hidden"> to {criterion.id}</span>
        </Button>
        <Button className="button small" onPress={() => setAdding('view')}>
          Link chart view<span className="visually-hidden"> to {criterion.id}</span>
        </Button>
        {others.length > 0 && (
          <Button className="button small" onPress={() => setAdding('existing')}>
            Link existing evidence<span className="visually-hidden"> to {criterion.id}</span>
          </Button>
        )}
      </div>
      {adding === 'note' && <NoteDialog criterion={criterion} onClose={() => setAdding(null)} />}
      {adding === 'document' && <DocumentDialog criterion={criterion} onClose={() => setAdding(null)} />}
      {adding === 'view' && <ViewDialog criterion={criterion} onClose={() => setAdding(null)} />}
      {adding === 'existing' && <LinkExistingDialog criterion={criterion} items={others} onClose={() => setAdding(null)} />}
    </section>
  );
}

function describe(item: EvidenceItem): string {
  if (item.view) {
    // The view's own Explore address says what it shows; ids read as words where no label is at hand.
    const view = descriptorView(item.view);
    const grouping = LINKABLE_GROUPINGS.find((g) => g.id === view.groupBy)?.label ?? view.groupBy.replaceAll('_', ' ');
    return `${view.metricId.replaceAll('_', ' ')} · ${grouping}${view.year ? ` · ${schoolYearLabel(view.year)}` : ' · latest year'}`;
  }
  return [item.source, item.reference, item.date].filter(Boolean).join(' · ');
}
