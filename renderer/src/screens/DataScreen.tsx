// Data: the review's tables with their row counts, importing district exports, the import history and the
// data-quality reports, one tab each.
import { useEffect, useState } from 'react';
import { Tab, TabList, TabPanel, Tabs, type Key } from 'react-aria-components';
import type { ImportLogEntry, ProjectInfo } from '../../../analysis/api';
import { useAppContext, useProject } from '../app/app-context';
import { clearQueryCache } from '../state/query-cache';
import { ImportHistory } from './data/ImportHistory';
import { ImportPanel } from './data/ImportPanel';
import { QualityPanel } from './data/QualityPanel';

export function DataScreen({ project }: { project: ProjectInfo }) {
  const { client } = useAppContext();
  const refresh = useProject((s) => s.refresh);
  // A new, empty review opens on Import: there is nothing else to see yet.
  const [tab, setTab] = useState<Key>(() => (project.tables.every((t) => t.rows === 0) ? 'import' : 'tables'));
  const [imports, setImports] = useState<ImportLogEntry[]>([]);
  const [reportId, setReportId] = useState<number | null>(null);
  const [version, setVersion] = useState(0);

  useEffect(() => {
    let current = true;
    void client.api.listImports({}).then((answer) => current && answer.ok && setImports(answer.value));
    return () => {
      current = false;
    };
  }, [client, project.path, version]);

  return (
    <div className="screen">
      <header className="screen-header">
        <p className="eyebrow">{project.districtName}</p>
        <h1>Data</h1>
        <p className="lede">What this review holds, table by table. Each table follows the EquityLens data model, whatever system it came from.</p>
      </header>
      <Tabs className="tabs" selectedKey={tab} onSelectionChange={setTab}>
        <TabList className="tab-list" aria-label="Data">
          <Tab id="tables" className="tab">
            Tables
          </Tab>
          <Tab id="import" className="tab">
            Import
          </Tab>
          <Tab id="history" className="tab">
            History{imports.length > 0 ? ` (${imports.length})` : ''}
          </Tab>
          <Tab id="quality" className="tab">
            Quality
          </Tab>
        </TabList>
        <TabPanel id="tables" className="tab-panel">
          <TablesPanel project={project} />
        </TabPanel>
        <TabPanel id="import" className="tab-panel" shouldForceMount>
          {({ isInert }) => (
            <div hidden={isInert}>
              <ImportPanel
                onImported={async (result) => {
                  // New rows change every answer drawn from the project.
                  clearQueryCache();
                  await refresh();
                  if (result.importId) setReportId(result.importId);
                  setVersion((v) => v + 1);
                }}
              />
            </div>
          )}
        </TabPanel>
        <TabPanel id="history" className="tab-panel">
          <section className="panel">
            <ImportHistory
              imports={imports}
              onShowReport={(importId) => {
                setReportId(importId);
                setTab('quality');
              }}
            />
          </section>
        </TabPanel>
        <TabPanel id="quality" className="tab-panel">
          <QualityPanel imports={imports} importId={reportId} onSelect={setReportId} version={version} />
        </TabPanel>
      </Tabs>
      <p className="hint">Project file: {project.path}</p>
    </div>
  );
}

function TablesPanel({ project }: { project: ProjectInfo }) {
  return (
    <section className="panel">
      <table className="data-table wide">
        <caption className="visually-hidden">Tables in this review with their row counts</caption>
        <thead>
          <tr>
            <th scope="col">Table</th>
            <th scope="col" className="numeric">
              Rows
            </th>
          </tr>
        </thead>
        <tbody>
          {project.tables.map((t) => (
            <tr key={t.table} className={t.rows === 0 ? 'muted' : undefined}>
              <th scope="row">
                {t.label} <code>{t.table}</code>
              </th>
              <td className="numeric">{t.rows === 0 ? 'empty' : t.rows.toLocaleString('en-US')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
