// The import workflow: choose files, see each one's format and first rows, review and edit the suggested
// column and code mappings, run it (progress, cancel), and read its data-quality report.
import { useCallback, useMemo, useState } from 'react';
import { Button } from 'react-aria-components';
import type { ImportCodeReview, ImportInspection, ImportKind, ImportMapping, ImportResult } from '../../../../analysis/api';
import { decodeArrow } from '../../api/arrow';
import { useAppContext } from '../../app/app-context';
import { ChoiceSelect } from './ChoiceSelect';
import { CodeMappingTable } from './CodeMappingTable';
import { FilePicker, type PickedFile } from './FilePicker';
import { FileFacts, FilePreview } from './FilePreview';
import { bytes } from './labels';
import { MappingTable } from './MappingTable';
import { reviewWithChoice, setCodeChoice } from './mapping-edits';
import { QualityReportView } from './QualityReportView';
import { RunControls, type RunChoices } from './RunControls';
import { useImportTask } from './use-import-task';

interface QueueItem {
  id: string;
  name: string;
  path: string | null;
  status: 'uploading' | 'ready' | 'imported' | 'skipped' | 'failed';
  message?: string;
}

const STATUS_TEXT: Record<QueueItem['status'], string> = { uploading: 'Uploading…', ready: 'Ready', imported: 'Imported', skipped: 'Skipped', failed: 'Could not be read' };

export function ImportPanel(props: { onImported: (result: ImportResult) => void }) {
  const { client } = useAppContext();
  const task = useImportTask();
  const [queue, setQueue] = useState<QueueItem[]>([]);
  const [activeId, setActiveId] = useState<string | null>(null);
  const [inspection, setInspection] = useState<ImportInspection | null>(null);
  const [mapping, setMapping] = useState<ImportMapping | null>(null);
  const [codes, setCodes] = useState<ImportCodeReview[]>([]);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [choices, setChoices] = useState<RunChoices>({ duplicate: 'skip', saveProfile: false, profileName: '' });
  const [result, setResult] = useState<ImportResult | null>(null);
  const active = queue.find((q) => q.id === activeId) ?? null;

  const update = (id: string, change: Partial<QueueItem>) => setQueue((items) => items.map((item) => (item.id === id ? { ...item, ...change } : item)));

  const inspect = useCallback(
    async (item: QueueItem, options: { kind?: ImportKind; sheet?: string; mapping?: ImportMapping } = {}) => {
      if (!item.path) return;
      setActiveId(item.id);
      setBusy(`Reading ${item.name}…`);
      setError(null);
      setResult(null);
      const answer = await client.api.inspectImportFile({ path: item.path, ...options });
      setBusy(null);
      if (!answer.ok) {
        setError(answer.error.message);
        setInspection(null);
        if (!options.mapping && !options.kind && !options.sheet) update(item.id, { status: 'failed', message: answer.error.message });
        return;
      }
      setInspection(answer.value);
      setMapping(answer.value.mapping);
      setCodes(answer.value.codes);
      if (!options.mapping) setChoices({ duplicate: 'skip', saveProfile: false, profileName: '' });
    },
    [client],
  );

  const pick = async (files: PickedFile[]) => {
    const items = files.map((f): QueueItem => ({ id: crypto.randomUUID(), name: f.name, path: f.path ?? null, status: f.path ? 'ready' : 'uploading' }));
    setQueue((current) => [...current, ...items]);
    const resolved = await Promise.all(
      files.map(async (file, i) => {
        const item = items[i]!;
        if (item.path || !file.file) return item;
        try {
          const path = await client.host.fileToPath(file.file, (sent, total) => update(item.id, { message: `${bytes(sent)} of ${bytes(total)}` }));
          update(item.id, { path, status: 'ready', message: undefined });
          return { ...item, path, status: 'ready' as const };
        } catch (e) {
          update(item.id, { status: 'failed', message: e instanceof Error ? e.message : 'The file could not be read.' });
          return null;
        }
      }),
    );
    const first = resolved.find((item): item is QueueItem => item !== null && item.path !== null);
    if (first && !inspection) await inspect(first);
  };

  const run = async () => {
    if (!active?.path || !mapping || !inspection) return;
    setError(null);
    const previous = inspection.previousImports.length > 0;
    const answer = await task.start({
      path: active.path,
      ...(inspection.file.sheet ? { sheet: inspection.file.sheet } : {}),
      mapping,
      // Recorded in the history: which saved profile the mapping came from.
      ...(inspection.profile ? { profile: inspection.profile } : {}),
      ...(choices.saveProfile && choices.profileName.trim() ? { saveProfileAs: choices.profileName.trim() } : {}),
      ...(previous ? { onDuplicate: choices.duplicate } : {}),
    });
    if (!answer.ok) return setError(answer.error.message);
    setResult(answer.value);
    update(active.id, { status: answer.value.outcome === 'imported' ? 'imported' : 'skipped' });
    props.onImported(answer.value);
  };

  const samples = useMemo(() => (inspection ? columnSamples(inspection) : new Map<string, string[]>()), [inspection]);
  const next = queue.find((q) => q.status === 'ready' && q.id !== activeId);
  const blocked = !inspection || !mapping ? 'Choose a file first.' : inspection.missingRequired.some((f) => !mapping.constants.some((c) => c.field === f)) ? requiredMessage(inspection, mapping) : null;

  return (
    <div className="import-panel">
      <section className="panel" aria-labelledby="import-files-heading">
        <h2 id="import-files-heading">Files</h2>
        <FilePicker onPick={pick} isDisabled={task.progress !== null} />
        {queue.length > 0 && (
          <ul className="file-queue" aria-label="Files to import">
            {queue.map((item) => (
              <li key={item.id} className={item.id === activeId ? 'active' : undefined}>
                <span className="file-name">{item.name}</span>
                <span className={`file-status ${item.status}`}>{item.message && item.status !== 'ready' ? item.message : STATUS_TEXT[item.status]}</span>
                {item.status === 'ready' && item.id !== activeId && (
                  <Button className="link-button" onPress={() => inspect(item)} isDisabled={task.progress !== null || busy !== null}>
                    Review
                  </Button>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>

      {busy && <p className="loading" role="status">{busy}</p>}
      {error && (
        <p className="error-text" role="alert">
          {error}
        </p>
      )}

      {inspection && mapping && !result && (
        <>
          <section className="panel" aria-labelledby="import-file-heading">
            <div className="panel-header">
              <h2 id="import-file-heading">1. The file: {inspection.file.fileName}</h2>
              {inspection.file.sheets.length > 1 && (
                <ChoiceSelect
                  label="Sheet"
                  labelVisible
                  value={inspection.file.sheet ?? ''}
                  groups={[{ title: 'Sheets', choices: inspection.file.sheets.map((s) => ({ id: s, label: s })) }]}
                  onChange={(sheet) => active && inspect(active, { sheet })}
                />
              )}
            </div>
            <FileFacts inspection={inspection} />
            <h3 className="sub-heading">First rows</h3>
            <FilePreview inspection={inspection} />
          </section>

          <section className="panel" aria-labelledby="import-columns-heading">
            <div className="panel-header">
              <h2 id="import-columns-heading">2. Columns</h2>
              <ChoiceSelect
                label="Kind of data"
                labelVisible
                value={mapping.kind}
                groups={[{ title: 'Kinds', choices: inspection.kindCandidates.map((c) => ({ id: c.kind, label: c.label })) }]}
                onChange={(kind) => active && inspect(active, { kind: kind as ImportKind, ...(inspection.file.sheet ? { sheet: inspection.file.sheet } : {}) })}
              />
            </div>
            <p className="hint">
              {inspection.profile
                ? `Mapped with the saved profile “${inspection.profile}”.`
                : `Detected as ${inspection.kindCandidates.find((c) => c.kind === mapping.kind)?.label.toLowerCase() ?? mapping.kind} (${Math.round(inspection.kindConfidence * 100)}% sure)${mapping.layout === 'wide' ? ', in a wide layout: one column per group or item' : ''}. Change any field below.`}
            </p>
            <MappingTable
              inspection={inspection}
              mapping={mapping}
              samples={samples}
              onChange={(changed) => {
                setMapping(changed);
                // Targets change which codes need a review: ask the service again with this mapping.
                if (active && changed.columns !== mapping.columns) void inspect(active, { mapping: changed, ...(inspection.file.sheet ? { sheet: inspection.file.sheet } : {}) });
              }}
            />
          </section>

          <section className="panel" aria-labelledby="import-codes-heading">
            <h2 id="import-codes-heading">3. Codes</h2>
            <CodeMappingTable
              codes={codes}
              fields={inspection.fields}
              onChoose={(review, value) => {
                setMapping((m) => (m ? setCodeChoice(m, review.field, review.code, value) : m));
                setCodes((all) => all.map((c) => (c === review ? reviewWithChoice(c, value) : c)));
              }}
            />
          </section>

          <section className="panel" aria-labelledby="import-run-heading">
            <h2 id="import-run-heading">4. Import</h2>
            <RunControls previous={inspection.previousImports} choices={choices} onChoices={setChoices} blocked={blocked} progress={task.progress} onRun={run} onCancel={task.cancel} />
          </section>
        </>
      )}

      {result && (
        <section className="panel" aria-labelledby="import-result-heading">
          <h2 id="import-result-heading">{result.outcome === 'imported' ? 'Imported' : 'Not imported again'}</h2>
          {result.quality ? <QualityReportView report={result.quality} /> : <p>{result.fileName} was imported before; it was skipped and nothing changed.</p>}
          {result.profileSaved && <p className="hint">Saved the mapping as the profile “{result.profileSaved}”.</p>}
          {next && (
            <Button className="button primary" onPress={() => inspect(next)}>
              Next file: {next.name}
            </Button>
          )}
        </section>
      )}
    </div>
  );
}

function requiredMessage(inspection: ImportInspection, mapping: ImportMapping): string {
  const missing = inspection.missingRequired.filter((f) => !mapping.constants.some((c) => c.field === f));
  const labels = missing.map((f) => inspection.fields.find((x) => x.field === f)?.label ?? f);
  return `Required: ${labels.join(', ')}. Map a column to ${missing.length === 1 ? 'it' : 'each'}, or give one value for every row.`;
}

/** A few distinct values of each column from the preview, so the user can see what a column holds. */
function columnSamples(inspection: ImportInspection): Map<string, string[]> {
  const table = decodeArrow(inspection.preview);
  const samples = new Map<string, string[]>();
  for (const field of table.schema.fields) {
    const column = table.getChild(field.name);
    const seen: string[] = [];
    for (let i = 0; column && i < table.numRows && seen.length < 3; i++) {
      const value = column.get(i) as string | null;
      if (value !== null && !seen.includes(value)) seen.push(value.length > 24 ? `${value.slice(0, 23)}…` : value);
    }
    samples.set(field.name, seen);
  }
  return samples;
}
