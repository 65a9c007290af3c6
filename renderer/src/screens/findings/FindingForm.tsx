// Writes or edits one finding: its type, title and text, the school it is about (or none), and the criteria and evidence it rests on.
import { useState } from 'react';
import { Input, Label, Radio, RadioGroup, TextArea, TextField } from 'react-aria-components';
import type { Finding, FindingInput, FindingType, ReviewState, RubricDomain, SchoolSummary } from '../../../../analysis/api';
import { FINDING_TYPE_LABELS, FINDING_TYPES } from '../../../../analysis/shared/findings-labels';
import { CheckList, FormActions, SchoolField } from './form-parts';

export function FindingForm(props: { domain: RubricDomain; review: ReviewState; schools: readonly SchoolSummary[]; initial?: Finding; onSave: (input: FindingInput) => Promise<boolean>; onCancel: () => void }) {
  const { domain, review, initial } = props;
  const criteria = domain.clusters.flatMap((c) => c.criteria);
  const ids = new Set(criteria.map((c) => c.id));
  const evidence = review.evidence.filter((e) => e.criterionIds.some((id) => ids.has(id)));
  const [type, setType] = useState<FindingType>(initial?.type ?? 'area_for_growth');
  const [title, setTitle] = useState(initial?.title ?? '');
  const [text, setText] = useState(initial?.text ?? '');
  const [criterionIds, setCriterionIds] = useState<string[]>(initial?.criterionIds ?? []);
  const [evidenceIds, setEvidenceIds] = useState<string[]>((initial?.evidenceIds ?? []).map(String));
  const [schoolId, setSchoolId] = useState<string | null>(initial?.schoolId ?? null);
  return (
    <form
      className="panel findings-form"
      aria-label={initial ? 'Edit finding' : 'New finding'}
      onSubmit={async (event) => {
        event.preventDefault();
        const saved = await props.onSave({ domainId: domain.id, type, title, text, criterionIds, evidenceIds: evidenceIds.map(Number), schoolId });
        if (saved) props.onCancel();
      }}
    >
      <RadioGroup className="field radio-row" value={type} onChange={(v) => setType(v as FindingType)} orientation="horizontal">
        <Label>Type</Label>
        {FINDING_TYPES.map((t) => (
          <Radio key={t} value={t} className={`choice-radio finding-type-${t}`}>
            {FINDING_TYPE_LABELS[t]}
          </Radio>
        ))}
      </RadioGroup>
      <TextField className="field" value={title} onChange={setTitle} isRequired>
        <Label>Title</Label>
        <Input />
      </TextField>
      <TextField className="field" value={text} onChange={setText} isRequired>
        <Label>Finding</Label>
        <TextArea rows={4} />
      </TextField>
      <SchoolField schools={props.schools} value={schoolId} onChange={setSchoolId} />
      <CheckList label="Criteria it concerns" items={criteria.map((c) => ({ id: c.id, label: `${c.id} ${c.title}` }))} value={criterionIds} onChange={setCriterionIds} />
      <CheckList
        label="Evidence it rests on"
        items={evidence.map((e) => ({ id: String(e.evidenceId), label: e.title }))}
        value={evidenceIds}
        onChange={setEvidenceIds}
        empty={<p className="hint">No evidence is linked to this domain’s criteria yet (add it on the Review screen or from Explore).</p>}
      />
      <FormActions saveLabel="Save finding" canSave={Boolean(title.trim() && text.trim())} onCancel={props.onCancel} />
    </form>
  );
}
