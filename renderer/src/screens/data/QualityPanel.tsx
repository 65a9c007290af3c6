// The Quality tab: checks across the review's tables run now, and the stored report of one import.
import { useEffect, useState } from 'react';
import type { ImportLogEntry, ProjectQualityReport, QualityReport } from '../../../../analysis/api';
import { useAppContext } from '../../app/app-context';
import { ChoiceSelect } from './ChoiceSelect';
import { QualityReportView } from './QualityReportView';

export function QualityPanel(props: { imports: ImportLogEntry[]; importId: number | null; onSelect: (importId: number) => void; version: number }) {
  const { client } = useAppContext();
  const [project, setProject] = useState<ProjectQualityReport | null>(null);
  const [report, setReport] = useState<QualityReport | null>(null);
  const [error, setError] = useState<string | null>(null);
  const selected = props.importId ?? props.imports[0]?.importId ?? null;

  useEffect(() => {
    let current = true;
    void client.api.getProjectQuality({}).then((answer) => current && (answer.ok ? setProject(answer.value) : setError(answer.error.message)));
    return () => {
      current = false;
    };
  }, [client, props.version]);
  useEffect(() => {
    let current = true;
    if (selected === null) return;
    void client.api.getQualityReport({ importId: selected }).then((answer) => current && (answer.ok ? setReport(answer.value) : setError(answer.error.message)));
    return () => {
      current = false;
    };
  }, [client, selected, props.version]);

  return (
    <div className="quality-panel">
      {error && <p className="error-text">{error}</p>}
      <section className="panel" aria-labelledby="project-checks-heading">
        <h2 id="project-checks-heading">Checks across the review</h2>
        {!project ? (
          <p className="loading">Checking…</p>
        ) : project.checks.length === 0 ? (
          <p>No duplicate keys, orphans or impossible values in the loaded tables.</p>
        ) : (
          <ul className="check-list">
            {project.checks.map((check, i) => (
              <li key={i} className={check.severity}>
                <strong>{check.table}</strong>: {check.message}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="panel" aria-labelledby="import-report-heading">
        <div className="panel-header">
          <h2 id="import-report-heading">Import report</h2>
          {props.imports.length > 0 && selected !== null && (
            <ChoiceSelect
              label="Import"
              labelVisible
              value={String(selected)}
              groups={[{ title: 'Imports', choices: props.imports.map((i) => ({ id: String(i.importId), label: `#${i.importId} ${i.fileName}` })) }]}
              onChange={(id) => props.onSelect(Number(id))}
            />
          )}
        </div>
        {selected === null ? <p className="empty">No imports yet.</p> : report ? <QualityReportView report={report} /> : <p className="loading">Loading the report…</p>}
      </section>
    </div>
  );
}
