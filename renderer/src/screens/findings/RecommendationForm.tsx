// Writes or edits one recommendation: its priority, its text and the findings it answers.
import { useState } from 'react';
import { Label, Radio, RadioGroup, TextArea, TextField } from 'react-aria-components';
import type { Finding, Recommendation, RecommendationInput, RecommendationPriority, RubricDomain } from '../../../../analysis/api';
import { PRIORITIES, PRIORITY_LABELS } from '../../../../analysis/shared/findings-labels';
import { CheckList, FormActions } from './form-parts';

export function RecommendationForm(props: { domain: RubricDomain; findings: Finding[]; initial?: Recommendation; onSave: (input: RecommendationInput) => Promise<boolean>; onCancel: () => void }) {
  const { initial } = props;
  const [priority, setPriority] = useState<RecommendationPriority>(initial?.priority ?? 'high');
  const [text, setText] = useState(initial?.text ?? '');
  const [findingIds, setFindingIds] = useState<string[]>((initial?.findingIds ?? []).map(String));
  return (
    <form
      className="panel findings-form"
      aria-label={initial ? 'Edit recommendation' : 'New recommendation'}
      onSubmit={async (event) => {
        event.preventDefault();
        if (await props.onSave({ domainId: props.domain.id, priority, text, findingIds: findingIds.map(Number) })) props.onCancel();
      }}
    >
      <RadioGroup className="field radio-row" value={priority} onChange={(v) => setPriority(v as RecommendationPriority)} orientation="horizontal">
        <Label>Priority</Label>
        {PRIORITIES.map((p) => (
          <Radio key={p} value={p} className="choice-radio">
            {PRIORITY_LABELS[p]}
          </Radio>
        ))}
      </RadioGroup>
      <TextField className="field" value={text} onChange={setText} isRequired>
        <Label>Recommendation</Label>
        <TextArea rows={3} />
      </TextField>
      {props.findings.length > 0 && (
        <CheckList label="Findings it answers" items={props.findings.map((f) => ({ id: String(f.findingId), label: f.title }))} value={findingIds} onChange={setFindingIds} />
      )}
      <FormActions saveLabel="Save recommendation" canSave={Boolean(text.trim())} onCancel={props.onCancel} />
    </form>
  );
}
