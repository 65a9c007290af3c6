// The import history: every file imported into this review, with its hash, rows and time, newest first.
import { Button } from 'react-aria-components';
import type { ImportLogEntry } from '../../../../analysis/api';
import { bytes, count, when } from './labels';

export function ImportHistory(props: { imports: ImportLogEntry[]; onShowReport: (importId: number) => void }) {
  if (props.imports.length === 0) return <p className="empty">Nothing has been imported into this review yet.</p>;
  return (
    <div className="table-scroll">
      <table className="data-table wide history-table">
        <caption className="visually-hidden">Imports into this review, newest first</caption>
        <thead>
          <tr>
            <th scope="col">File</th>
            <th scope="col">Into</th>
            <th scope="col" className="numeric">Read</th>
            <th scope="col" className="numeric">Loaded</th>
            <th scope="col" className="numeric">Rejected</th>
            <th scope="col">SHA-256</th>
            <th scope="col">When</th>
            <th scope="col">
              <span className="visually-hidden">Report</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {props.imports.map((entry) => (
            <tr key={entry.importId} className={entry.replacedBy ? 'muted' : undefined}>
              <th scope="row">
                {entry.fileName}
                <span className="column-name">
                  #{entry.importId}, {bytes(entry.bytes)}
                  {entry.replacedBy ? `, replaced by #${entry.replacedBy}` : ''}
                  {entry.profileName ? `, profile “${entry.profileName}”` : ''}
                </span>
              </th>
              <td>{entry.table}</td>
              <td className="numeric">{count(entry.rowsRead)}</td>
              <td className="numeric">{count(entry.rowsLoaded)}</td>
              <td className="numeric">{count(entry.rowsRejected)}</td>
              <td>
                <code title={entry.sha256}>{entry.sha256.slice(0, 12)}</code>
              </td>
              <td className="nowrap">{when(entry.importedAt)}</td>
              <td>
                <Button className="link-button" onPress={() => props.onShowReport(entry.importId)} aria-label={`Quality report for ${entry.fileName} (import ${entry.importId})`}>
                  Report
                </Button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
