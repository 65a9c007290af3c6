// Rubric templates: view, duplicate, edit (a new version), export and import JSON, use for this review.
import { useCallback, useState } from 'react';
import { Button, Dialog, FileTrigger, Heading, Input, Label, Modal, TextField } from 'react-aria-components';
import { Link } from 'wouter';
import type { ProjectInfo, Result, ReviewState, TemplateSummary } from '../../../../analysis/api';
import { useAppContext } from '../../app/app-context';
import { useServiceQuery } from '../../state/query-cache';
import { SaveIndicator } from './ReviewToolbar';
import { TemplateEditor, TemplateOutline } from './TemplateEditor';
import { useReviewStore } from './review-store';

export function TemplatesScreen({ project, review }: { project: ProjectInfo; review: ReviewState }) {
  const { client } = useAppContext();
  const load = useReviewStore((s) => s.load);
  const change = useReviewStore((s) => s.change);
  const [version, setVersion] = useState(0);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [open, setOpen] = useState<{ id: string; version: number; mode: 'view' | 'edit' } | null>(null);
  const [duplicating, setDuplicating] = useState<TemplateSummary | null>(null);
  const fetchTemplates = useCallback(() => client.api.listTemplates({}), [client]);
  const query = useServiceQuery(`templates:${project.path}:${version}:${review.lastChange?.auditId ?? 0}`, fetchTemplates);

  /** Template calls change the project too (and can be undone), so the review is read again after. */
  const run = async <T,>(call: () => Promise<Result<T>>, success: (value: T) => string): Promise<T | null> => {
    const result = await call();
    if (!result.ok) {
      setMessage({ text: result.error.message, error: true });
      return null;
    }
    setMessage({ text: success(result.value), error: false });
    setVersion((v) => v + 1);
    await load(project.path);
    return result.value;
  };
  const exportTemplate = async (t: TemplateSummary) => {
    const file = await run(() => client.api.exportTemplate({ templateId: t.templateId, version: t.version }), (v) => `Exported ${v.fileName}.`);
    if (!file) return;
    const url = URL.createObjectURL(new Blob([file.json], { type: 'application/json' }));
    const anchor = Object.assign(document.createElement('a'), { href: url, download: file.fileName });
    anchor.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  };
  const importFiles = async (files: FileList | null) => {
    const file = files?.[0];
    if (!file) return;
    const json = await file.text();
    await run(() => client.api.importTemplate({ json }), (t) => `Imported "${t.name}" as ${t.templateId} version ${t.version}.`);
  };

  return (
    <div className="screen">
      <header className="screen-header">
        <p className="eyebrow">
          <Link href="/review">Review</Link> · {project.districtName}
        </p>
        <h1>Rubric templates</h1>
        <p className="lede">
          This review uses <strong>{review.templateRef.name}</strong> (version {review.templateRef.version}). The built-in template is read-only: duplicate it to
          make your own. Edits are saved as a new version.
        </p>
      </header>
      <div className="template-actions">
        <FileTrigger acceptedFileTypes={['application/json', '.json']} onSelect={(files) => void importFiles(files)}>
          <Button className="button">Import template JSON…</Button>
        </FileTrigger>
        <SaveIndicator />
      </div>
      {message && (
        <p className={message.error ? 'error-text' : 'hint'} role={message.error ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
      <section className="panel">
        {query.status === 'loading' && <p className="loading">Loading templates…</p>}
        {query.status === 'error' && <p className="error-text">{query.message}</p>}
        {query.status === 'ready' && (
          <table className="data-table wide">
            <caption className="visually-hidden">Rubric templates in this review</caption>
            <thead>
              <tr>
                <th scope="col">Template</th>
                <th scope="col">Version</th>
                <th scope="col" className="numeric">Criteria</th>
                <th scope="col">Actions</th>
              </tr>
            </thead>
            <tbody>
              {query.value.map((t) => (
                <tr key={`${t.templateId}:${t.version}`}>
                  <th scope="row">
                    {t.name} <code>{t.templateId}</code>
                    {t.builtin && <span className="tag">built-in</span>}
                    {t.inUse && <span className="tag in-use">used by this review</span>}
                  </th>
                  <td>v{t.version}</td>
                  <td className="numeric">{t.criteria}</td>
                  <td>
                    <div className="row-actions">
                    <Button className="link-button" onPress={() => setOpen({ id: t.templateId, version: t.version, mode: 'view' })}>
                      View<span className="visually-hidden"> {t.name}</span>
                    </Button>
                    <Button className="link-button" onPress={() => setDuplicating(t)}>
                      Duplicate<span className="visually-hidden"> {t.name}</span>
                    </Button>
                    {!t.builtin && (
                      <Button className="link-button" onPress={() => setOpen({ id: t.templateId, version: t.version, mode: 'edit' })}>
                        Edit<span className="visually-hidden"> {t.name}</span>
                      </Button>
                    )}
                    <Button className="link-button" onPress={() => void exportTemplate(t)}>
                      Export<span className="visually-hidden"> {t.name}</span>
                    </Button>
                    {!t.inUse && (
                      <Button
                        className="link-button"
                        onPress={() => void change('template', () => client.api.useTemplate({ templateId: t.templateId })).then(() => setVersion((v) => v + 1))}
                      >
                        Use for this review<span className="visually-hidden">: {t.name}</span>
                      </Button>
                    )}
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      {open?.mode === 'view' && <TemplateOutline templateId={open.id} version={open.version} onClose={() => setOpen(null)} />}
      {open?.mode === 'edit' && (
        <TemplateEditor
          templateId={open.id}
          version={open.version}
          onClose={() => setOpen(null)}
          onSave={(id, template) =>
            run(() => client.api.updateTemplate({ templateId: id, template }), (t) => `Saved "${t.name}" as version ${t.version}.`).then((saved) => saved !== null)
          }
        />
      )}
      {duplicating && (
        <DuplicateDialog
          source={duplicating}
          onClose={() => setDuplicating(null)}
          onSubmit={async (name) => {
            const copy = await run(() => client.api.duplicateTemplate({ templateId: duplicating.templateId, name }), (t) => `Duplicated as "${t.name}" (${t.templateId}).`);
            if (copy) setDuplicating(null);
          }}
        />
      )}
    </div>
  );
}

function DuplicateDialog(props: { source: TemplateSummary; onClose: () => void; onSubmit: (name: string) => void }) {
  const [name, setName] = useState(`${props.source.name} (copy)`);
  return (
    <Modal isOpen isDismissable onOpenChange={(open) => !open && props.onClose()} className="modal">
      <Dialog className="dialog">
        <form
          onSubmit={(event) => {
            event.preventDefault();
            if (name.trim()) props.onSubmit(name.trim());
          }}
        >
          <Heading slot="title">Duplicate "{props.source.name}"</Heading>
          <TextField className="field" value={name} onChange={setName} autoFocus isRequired>
            <Label>Name of the copy</Label>
            <Input />
          </TextField>
          <div className="dialog-actions">
            <Button className="button" onPress={props.onClose}>
              Cancel
            </Button>
            <Button className="button primary" type="submit" isDisabled={!name.trim()}>
              Duplicate
            </Button>
          </div>
        </form>
      </Dialog>
    </Modal>
  );
}
