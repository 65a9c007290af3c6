// Dialogs that add evidence to a criterion: a qualitative note, a document, a chart view, an existing item.
import { useState, type FormEvent, type ReactNode } from 'react';
import { Button, Dialog, Heading, Input, Label, ListBox, ListBoxItem, Modal, Popover, Select, SelectValue, TextArea, TextField } from 'react-aria-components';
import type { EvidenceItem, NewEvidence, QualitativeNoteKind, Result, ReviewState, RubricCriterion, SuggestionMetricId } from '../../../../analysis/api';
import { EVIDENCE_KIND_LABELS } from '../../../../analysis/shared/review-levels';
import { SUGGESTION_METRICS } from '../../../../analysis/shared/suggestion-metrics';
import { LINKABLE_GROUPINGS, suggestionView, viewDescriptor } from '../../../../analysis/shared/view-descriptor';
import { useAppContext } from '../../app/app-context';
import { useReviewStore } from './review-store';

const NOTE_KINDS: QualitativeNoteKind[] = ['interview', 'focus_group', 'listening_session', 'observation', 'document_review'];
const today = () => new Date().toISOString().slice(0, 10);

/** Adds one evidence item linked to the criterion; closes when the service has saved it. */
function useAddEvidence(criterion: RubricCriterion, onClose: () => void) {
  const { client } = useAppContext();
  const change = useReviewStore((s) => s.change);
  return async (evidence: NewEvidence) => {
    const saved = await change(`evidence:${criterion.id}`, async (): Promise<Result<ReviewState>> => {
      const result = await client.api.addEvidence({ evidence, criterionIds: [criterion.id] });
      return result.ok ? { ok: true, value: result.value.review } : result;
    });
    if (saved) onClose();
  };
}

function EvidenceDialog(props: { title: string; criterion: RubricCriterion; onClose: () => void; onSubmit: () => void; ready: boolean; submitLabel: string; children: ReactNode }) {
  const save = useReviewStore((s) => s.save);
  const failed = save.kind === 'failed' && save.key === `evidence:${props.criterion.id}` ? save.message : null;
  return (
    <Modal isOpen isDismissable onOpenChange={(open) => !open && props.onClose()} className="modal">
      <Dialog className="dialog">
        <form
          onSubmit={(event: FormEvent) => {
            event.preventDefault();
            if (props.ready) props.onSubmit();
          }}
        >
          <Heading slot="title">{props.title}</Heading>
          <p className="hint">
            For {props.criterion.id} {props.criterion.title}
          </p>
          {props.children}
          {failed && <p className="field-error">{failed}</p>}
          <div className="dialog-actions">
            <Button className="button" onPress={props.onClose}>
              Cancel
            </Button>
            <Button className="button primary" type="submit" isDisabled={!props.ready}>
              {props.submitLabel}
            </Button>
          </div>
        </form>
      </Dialog>
    </Modal>
  );
}

function ChoiceSelect<K extends string>(props: { label: string; value: K; onChange: (value: K) => void; options: { id: K; label: string }[] }) {
  return (
    <Select className="field choice-select" selectedKey={props.value} onSelectionChange={(key) => props.onChange(key as K)}>
      <Label>{props.label}</Label>
      <Button className="button select-button">
        <SelectValue />
        <span aria-hidden="true">▾</span>
      </Button>
      <Popover className="popover">
        <ListBox className="listbox">
          {props.options.map((option) => (
            <ListBoxItem key={option.id} id={option.id} className="listbox-item">
              {option.label}
            </ListBoxItem>
          ))}
        </ListBox>
      </Popover>
    </Select>
  );
}

function Text(props: { label: string; value: string; onChange: (value: string) => void; multiline?: boolean; type?: string; placeholder?: string; required?: boolean; autoFocus?: boolean }) {
  return (
    <TextField className="field" value={props.value} onChange={props.onChange} isRequired={props.required} autoFocus={props.autoFocus}>
      <Label>{props.label}</Label>
      {props.multiline ? <TextArea rows={4} placeholder={props.placeholder} /> : <Input type={props.type ?? 'text'} placeholder={props.placeholder} />}
    </TextField>
  );
}

export function NoteDialog({ criterion, onClose }: { criterion: RubricCriterion; onClose: () => void }) {
  const add = useAddEvidence(criterion, onClose);
  const [kind, setKind] = useState<QualitativeNoteKind>('interview');
  const [title, setTitle] = useState('');
  const [source, setSource] = useState('');
  const [date, setDate] = useState(today());
  const [note, setNote] = useState('');
  const ready = Boolean(title.trim() && source.trim() && /^\d{4}-\d{2}-\d{2}$/.test(date));
  return (
    <EvidenceDialog title="Add a note" criterion={criterion} onClose={onClose} ready={ready} submitLabel="Add note" onSubmit={() => void add({ kind, title, source, date, note: note || undefined })}>
      <ChoiceSelect label="Kind of note" value={kind} onChange={setKind} options={NOTE_KINDS.map((k) => ({ id: k, label: EVIDENCE_KIND_LABELS[k] }))} />
      <Text label="Title" value={title} onChange={setTitle} placeholder="Interview with assistant principals" required autoFocus />
      <Text label="Source (who was heard, or what was observed or read)" value={source} onChange={setSource} placeholder="Assistant principals, three middle schools" required />
      <Text label="Date" type="date" value={date} onChange={setDate} required />
      <Text label="Note" value={note} onChange={setNote} multiline placeholder="What was said or seen, without students' names" />
    </EvidenceDialog>
  );
}

export function DocumentDialog({ criterion, onClose }: { criterion: RubricCriterion; onClose: () => void }) {
  const add = useAddEvidence(criterion, onClose);
  const [title, setTitle] = useState('');
  const [reference, setReference] = useState('');
  const [date, setDate] = useState('');
  const [note, setNote] = useState('');
  const ready = Boolean(title.trim() && reference.trim() && (date === '' || /^\d{4}-\d{2}-\d{2}$/.test(date)));
  return (
    <EvidenceDialog
      title="Record a document"
      criterion={criterion}
      onClose={onClose}
      ready={ready}
      submitLabel="Add document"
      onSubmit={() => void add({ kind: 'document', title, reference, date: date || undefined, note: note || undefined })}
    >
      <Text label="Title" value={title} onChange={setTitle} placeholder="Strategic plan 2023-2028" required autoFocus />
      <Text label="Where it is (file path, web address or filing reference)" value={reference} onChange={setReference} placeholder="board-docs/strategic-plan.pdf, p. 14" required />
      <Text label="Date (optional)" type="date" value={date} onChange={setDate} />
      <Text label="Note" value={note} onChange={setNote} multiline />
    </EvidenceDialog>
  );
}

export function ViewDialog({ criterion, onClose }: { criterion: RubricCriterion; onClose: () => void }) {
  const add = useAddEvidence(criterion, onClose);
  // Start from the figure the criterion's own suggestion rule reads, when it has one.
  const rule = criterion.metricRules?.[0];
  const [metric, setMetric] = useState<SuggestionMetricId>(rule?.metric ?? 'oss_risk_ratio');
  const [groupBy, setGroupBy] = useState<string>(rule?.groupType === 'program' ? (rule.groups[0] ?? 'swd') : 'race_ethnicity');
  const [customTitle, setCustomTitle] = useState<string | null>(null);
  const info = SUGGESTION_METRICS[metric];
  const linked = suggestionView(metric, groupBy);
  const title = customTitle ?? linked.title;
  return (
    <EvidenceDialog
      title="Link a chart view"
      criterion={criterion}
      onClose={onClose}
      ready={title.trim().length > 0}
      submitLabel="Link view"
      // The same descriptor Explore's "Add as evidence" stores, so the report redraws it the same way.
      onSubmit={() => void add({ kind: 'metric_view', view: viewDescriptor(linked.view, title) })}
    >
      <ChoiceSelect label="Metric" value={metric} onChange={setMetric} options={Object.values(SUGGESTION_METRICS).map((m) => ({ id: m.id, label: m.label }))} />
      <ChoiceSelect label="Grouping" value={groupBy} onChange={setGroupBy} options={[...LINKABLE_GROUPINGS]} />
      <p className="hint">{info.definition}</p>
      <Text label="Title" value={title} onChange={setCustomTitle} required />
    </EvidenceDialog>
  );
}

export function LinkExistingDialog({ criterion, items, onClose }: { criterion: RubricCriterion; items: EvidenceItem[]; onClose: () => void }) {
  const { client } = useAppContext();
  const change = useReviewStore((s) => s.change);
  const [chosen, setChosen] = useState<string>(String(items[0]?.evidenceId ?? ''));
  const link = async () => {
    if (await change(`evidence:${criterion.id}`, () => client.api.linkEvidence({ evidenceId: Number(chosen), criterionId: criterion.id }))) onClose();
  };
  return (
    <EvidenceDialog title="Link existing evidence" criterion={criterion} onClose={onClose} ready={chosen !== ''} submitLabel="Link" onSubmit={() => void link()}>
      <ChoiceSelect
        label="Evidence item"
        value={chosen}
        onChange={setChosen}
        options={items.map((e) => ({ id: String(e.evidenceId), label: `${EVIDENCE_KIND_LABELS[e.kind]}: ${e.title}` }))}
      />
    </EvidenceDialog>
  );
}
