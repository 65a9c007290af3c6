// Viewing a template's outline, and editing its wording (name, criterion titles, look-fors, descriptors).
import { useCallback, useState } from 'react';
import { Button, Input, Label, TextArea, TextField } from 'react-aria-components';
import type { Result, RubricCriterion, RubricTemplate, TemplateRecord } from '../../../../analysis/api';
import { LEVEL_LABELS, RATING_LEVELS } from '../../../../analysis/shared/review-levels';
import { useAppContext } from '../../app/app-context';
import { useServiceQuery, type QueryState } from '../../state/query-cache';

/** Versions never change once saved, so (id, version) is a safe cache key. */
function useTemplate(templateId: string, version: number): QueryState<TemplateRecord> {
  const { client } = useAppContext();
  const fetchTemplate = useCallback((): Promise<Result<TemplateRecord>> => client.api.getTemplate({ templateId, version }), [client, templateId, version]);
  return useServiceQuery(`template:${templateId}:${version}`, fetchTemplate);
}

export function TemplateOutline({ templateId, version, onClose }: { templateId: string; version: number; onClose: () => void }) {
  const query = useTemplate(templateId, version);
  if (query.status !== 'ready') return <p className={query.status === 'error' ? 'error-text' : 'loading'}>{query.status === 'error' ? query.message : 'Loading…'}</p>;
  const { template } = query.value;
  return (
    <section className="panel template-outline" aria-labelledby="outline-heading">
      <div className="panel-header">
        <h2 id="outline-heading">
          {template.name} <span className="muted">v{query.value.version}</span>
        </h2>
        <Button className="button" onPress={onClose}>
          Close
        </Button>
      </div>
      {template.domains.map((domain) => (
        <details key={domain.id} open={domain.number === 1}>
          <summary>
            Domain {domain.number}: {domain.name}
          </summary>
          {domain.clusters.map((cluster) => (
            <div key={cluster.id} className="outline-cluster">
              <h3>{cluster.name}</h3>
              <ul>
                {cluster.criteria.map((criterion) => (
                  <li key={criterion.id}>
                    <strong>{criterion.id}</strong> {criterion.title}
                    {criterion.metricRules?.length ? <span className="tag">data rule</span> : null}
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </details>
      ))}
    </section>
  );
}

export function TemplateEditor(props: { templateId: string; version: number; onClose: () => void; onSave: (templateId: string, template: RubricTemplate) => Promise<boolean> }) {
  const query = useTemplate(props.templateId, props.version);
  if (query.status !== 'ready') return <p className={query.status === 'error' ? 'error-text' : 'loading'}>{query.status === 'error' ? query.message : 'Loading…'}</p>;
  return <EditorForm key={`${query.value.templateId}:${query.value.version}`} record={query.value} {...props} />;
}

function EditorForm({ record, onClose, onSave }: { record: TemplateRecord; onClose: () => void; onSave: (templateId: string, template: RubricTemplate) => Promise<boolean> }) {
  const [draft, setDraft] = useState<RubricTemplate>(record.template);
  const editCriterion = (id: string, edit: (criterion: RubricCriterion) => RubricCriterion) =>
    setDraft((t) => ({
      ...t,
      domains: t.domains.map((d) => ({ ...d, clusters: d.clusters.map((c) => ({ ...c, criteria: c.criteria.map((k) => (k.id === id ? edit(k) : k)) })) })),
    }));
  return (
    <section className="panel template-editor" aria-labelledby="editor-heading">
      <div className="panel-header">
        <h2 id="editor-heading">Edit "{record.name}"</h2>
        <div className="dialog-actions">
          <Button className="button" onPress={onClose}>
            Close without saving
          </Button>
          <Button className="button primary" onPress={() => void onSave(record.templateId, draft).then((saved) => saved && onClose())}>
            Save as version {record.version + 1}
          </Button>
        </div>
      </div>
      <TextField className="field" value={draft.name} onChange={(name) => setDraft((t) => ({ ...t, name }))}>
        <Label>Template name</Label>
        <Input />
      </TextField>
      {draft.domains.map((domain) => (
        <details key={domain.id}>
          <summary>
            Domain {domain.number}: {domain.name}
          </summary>
          {domain.clusters.flatMap((cluster) =>
            cluster.criteria.map((criterion) => (
              <fieldset key={criterion.id} className="criterion-editor">
                <legend>
                  {criterion.id} ({cluster.name})
                </legend>
                <TextField className="field" value={criterion.title} onChange={(title) => editCriterion(criterion.id, (k) => ({ ...k, title }))}>
                  <Label>Title</Label>
                  <Input />
                </TextField>
                <TextField className="field" value={criterion.looksFor} onChange={(looksFor) => editCriterion(criterion.id, (k) => ({ ...k, looksFor }))}>
                  <Label>Looks for</Label>
                  <TextArea rows={2} />
                </TextField>
                <div className="descriptor-editors">
                  {RATING_LEVELS.map((level) => (
                    <TextField
                      key={level}
                      className="field"
                      value={criterion.descriptors[level]}
                      onChange={(text) => editCriterion(criterion.id, (k) => ({ ...k, descriptors: { ...k.descriptors, [level]: text } }))}
                    >
                      <Label>{LEVEL_LABELS[level]}</Label>
                      <TextArea rows={3} />
                    </TextField>
                  ))}
                </div>
              </fieldset>
            )),
          )}
        </details>
      ))}
    </section>
  );
}
