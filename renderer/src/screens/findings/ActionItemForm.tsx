// Adds or edits one action item: what, who, when, and a measurable benchmark tied to a metric (target and year).
import { useState } from 'react';
import { Checkbox, Input, Label, Radio, RadioGroup, TextField } from 'react-aria-components';
import type { ActionItem, ActionItemInput, ActionItemStatus, BenchmarkStatistic, MetricCatalog, ReviewState, SchoolSummary } from '../../../../analysis/api';
import { schoolYearLabel } from '../../../../analysis/shared/codes';
import { ACTION_STATUS_LABELS } from '../../../../analysis/shared/findings-labels';
import { SelectField } from '../../components/SelectField';
import { benchmarkGroups, groupChoiceId } from './benchmark-groups';
import { FormActions, SchoolField } from './form-parts';

const STATISTICS: { id: BenchmarkStatistic; label: string }[] = [
  { id: 'value', label: 'Rate or average' },
  { id: 'gap', label: 'Gap to the reference (points)' },
  { id: 'risk_ratio', label: 'Risk ratio' },
];

export function ActionItemForm(props: { review: ReviewState; catalog: MetricCatalog; schools: readonly SchoolSummary[]; latestYear: number; initial?: ActionItem; defaultDomainId: string; onSave: (input: ActionItemInput) => Promise<boolean>; onCancel: () => void }) {
  const { review, catalog, initial } = props;
  const [domainId, setDomainId] = useState(initial?.domainId ?? props.defaultDomainId);
  const domain = review.template.domains.find((d) => d.id === domainId) ?? review.template.domains[0]!;
  const criteria = domain.clusters.flatMap((c) => c.criteria);
  const [criterionId, setCriterionId] = useState(initial?.criterionId ?? 'none');
  const [title, setTitle] = useState(initial?.title ?? '');
  const [owner, setOwner] = useState(initial?.owner ?? '');
  const [timeline, setTimeline] = useState(initial?.timeline ?? '');
  const [status, setStatus] = useState<ActionItemStatus>(initial?.status ?? 'planned');
  const [schoolId, setSchoolId] = useState<string | null>(initial?.schoolId ?? null);
  const [measured, setMeasured] = useState(initial ? initial.benchmark !== null : true);
  const [metricId, setMetricId] = useState(initial?.benchmark?.metricId ?? catalog.metrics[0]?.id ?? '');
  const [statistic, setStatistic] = useState<BenchmarkStatistic>(initial?.benchmark?.statistic ?? 'value');
  const [groupId, setGroupId] = useState(groupChoiceId(initial?.benchmark?.groupType ?? null, initial?.benchmark?.group ?? null));
  const [target, setTarget] = useState(initial?.benchmark ? String(initial.benchmark.target) : '');
  const [targetYear, setTargetYear] = useState(String(initial?.benchmark?.targetYear ?? props.latestYear + 3));
  const metric = catalog.metrics.find((m) => m.id === metricId);
  const groups = benchmarkGroups(metric);
  const group = groups.find((g) => g.id === groupId) ?? groups[0]!;
  const targetOk = !measured || (target.trim() !== '' && Number.isFinite(Number(target)) && Number.isInteger(Number(targetYear)));
  const save = async () => {
    const input: ActionItemInput = {
      domainId,
      criterionId: criterionId === 'none' ? null : criterionId,
      title,
      owner,
      timeline,
      status,
      schoolId,
      benchmark: measured ? { metricId, statistic: group.group === null ? 'value' : statistic, groupType: group.groupType, group: group.group, target: Number(target), targetYear: Number(targetYear) } : null,
    };
    if (await props.onSave(input)) props.onCancel();
  };
  return (
    <form
      className="panel findings-form"
      aria-label={initial ? 'Edit action item' : 'New action item'}
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <div className="form-row">
        <SelectField label="Domain" value={domainId} options={review.template.domains.map((d) => ({ id: d.id, label: `Domain ${d.number}: ${d.name}` }))} onChange={(id) => { setDomainId(id); setCriterionId('none'); }} />
        <SelectField label="Criterion" value={criterionId} options={[{ id: 'none', label: 'None' }, ...criteria.map((c) => ({ id: c.id, label: `${c.id} ${c.title}` }))]} onChange={setCriterionId} />
      </div>
      <TextField className="field" value={title} onChange={setTitle} isRequired>
        <Label>Action</Label>
        <Input />
      </TextField>
      <div className="form-row">
        <TextField className="field" value={owner} onChange={setOwner} isRequired>
          <Label>Owner</Label>
          <Input placeholder="Director of Student Services" />
        </TextField>
        <TextField className="field" value={timeline} onChange={setTimeline} isRequired>
          <Label>Timeline</Label>
          <Input placeholder={`${schoolYearLabel(props.latestYear + 1)} to ${schoolYearLabel(props.latestYear + 3)}`} />
        </TextField>
      </div>
      <SchoolField schools={props.schools} value={schoolId} onChange={setSchoolId} />
      <RadioGroup className="field radio-row" value={status} onChange={(v) => setStatus(v as ActionItemStatus)} orientation="horizontal">
        <Label>Status</Label>
        {(['draft', 'planned'] as const).map((s) => (
          <Radio key={s} value={s} className="choice-radio">
            {ACTION_STATUS_LABELS[s]}
          </Radio>
        ))}
      </RadioGroup>
      <Checkbox className="checkbox" isSelected={measured} onChange={setMeasured}>
        <span className="checkbox-box" aria-hidden="true" />
        Measure it with a benchmark from the district’s data
      </Checkbox>
      {measured && (
        <fieldset className="benchmark-fields">
          <legend>Benchmark</legend>
          <div className="form-row">
            <SelectField label="Metric" value={metricId} options={catalog.metrics.map((m) => ({ id: m.id, label: m.label }))} onChange={(id) => { setMetricId(id); setGroupId('all'); }} />
            <SelectField label="Group" value={group.id} options={groups} onChange={setGroupId} />
            {group.group !== null && <SelectField label="Figure" value={statistic} options={STATISTICS} onChange={(id) => setStatistic(id as BenchmarkStatistic)} />}
          </div>
          <div className="form-row">
            <TextField className="field" value={target} onChange={setTarget} isRequired>
              <Label>Target {metric?.unit === 'percent' && statistic !== 'risk_ratio' ? '(percent or points)' : ''}</Label>
              <Input inputMode="decimal" />
            </TextField>
            <TextField className="field" value={targetYear} onChange={setTargetYear} isRequired>
              <Label>Target school year (ending year)</Label>
              <Input inputMode="numeric" />
            </TextField>
          </div>
          <p className="hint">The baseline is the latest year’s figure (small groups protected) when you first save; later years are measured against it on the Progress screen.</p>
        </fieldset>
      )}
      <FormActions saveLabel="Save action item" canSave={Boolean(title.trim() && owner.trim() && timeline.trim() && targetOk)} onCancel={props.onCancel} />
    </form>
  );
}
