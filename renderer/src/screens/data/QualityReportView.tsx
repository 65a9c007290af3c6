// The data-quality report of one import: rows read, loaded and rejected (read = loaded + rejected), unmapped
// codes with their counts, the issues found, and each rejected row's line, column and reason.
import type { QualityIssue, QualityReport } from '../../../../analysis/api';
import { CHECK_LABEL, count, REASON_LABEL, when } from './labels';

const SHOWN_REJECTS = 100;
const SEVERITY: { id: QualityIssue['severity']; title: string }[] = [
  { id: 'error', title: 'Not loaded' },
  { id: 'warning', title: 'Loaded, with a warning' },
  { id: 'info', title: 'How the file was read' },
];

export function QualityReportView({ report, headingLevel = 3 }: { report: QualityReport; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const Sub = headingLevel === 2 ? 'h3' : 'h4';
  return (
    <section className="quality-report" aria-label={`Data-quality report for ${report.fileName}`}>
      <Heading className="report-title">
        {report.fileName} <span className="muted">into {report.table}</span>
      </Heading>
      {report.importedAt && <p className="hint">Import #{report.importId}, {when(report.importedAt)}</p>}
      <dl className="stat-cards compact">
        <div className="stat-card">
          <dt>Rows read</dt>
          <dd>{count(report.rowsRead)}</dd>
        </div>
        <div className="stat-card">
          <dt>Loaded</dt>
          <dd>{count(report.rowsLoaded)}</dd>
        </div>
        <div className={`stat-card${report.rowsRejected > 0 ? ' alert' : ''}`}>
          <dt>Rejected</dt>
          <dd>{count(report.rowsRejected)}</dd>
        </div>
        <div className="stat-card">
          <dt>Records written</dt>
          <dd>{count(report.recordsWritten)}</dd>
        </div>
      </dl>
      <p className="hint">
        {count(report.rowsRead)} rows read = {count(report.rowsLoaded)} loaded + {count(report.rowsRejected)} rejected.
        {report.recordsWritten !== report.rowsLoaded && ' A wide file writes one record per group or survey item.'}
      </p>
      {report.unmappedCodes.length > 0 && (
        <>
          <Sub>Unmapped codes</Sub>
          <table className="data-table">
            <caption className="visually-hidden">Codes no mapping covered, with how many rows have them</caption>
            <thead>
              <tr>
                <th scope="col">Column</th>
                <th scope="col">Code</th>
                <th scope="col" className="numeric">Rows</th>
              </tr>
            </thead>
            <tbody>
              {report.unmappedCodes.map((code) => (
                <tr key={`${code.column}\u0001${code.code}`}>
                  <th scope="row">{code.column}</th>
                  <td>
                    <code className="code-value">{code.code}</code>
                  </td>
                  <td className="numeric">{count(code.count)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      {SEVERITY.map(({ id, title }) => {
        const issues = report.issues.filter((i) => i.severity === id);
        if (issues.length === 0) return null;
        return (
          <div key={id} className={`issues ${id}`}>
            <Sub>{title}</Sub>
            <ul>
              {issues.map((issue, i) => (
                <li key={i}>
                  <span className="issue-check">{CHECK_LABEL[issue.check]}</span>
                  {issue.column && <span className="column-name">{issue.column}</span>} {issue.message}
                  {issue.lines.length > 0 && (
                    <span className="lines">
                      {' '}
                      Line{issue.lines.length === 1 ? '' : 's'} {issue.lines.join(', ')}
                      {issue.count > issue.lines.length ? ', …' : ''}
                    </span>
                  )}
                </li>
              ))}
            </ul>
          </div>
        );
      })}
      {report.rejects.length > 0 && (
        <>
          <Sub>Rejected rows</Sub>
          <p className="hint">
            {report.rowsRejected > report.rejects.length ? `The first ${count(Math.min(SHOWN_REJECTS, report.rejects.length))} of ${count(report.rowsRejected)}; all are kept in the project.` : 'Where and why: the rows themselves are not shown.'}
          </p>
          <div className="table-scroll rejects">
            <table className="data-table wide">
              <caption className="visually-hidden">Rejected rows with their line, column and reason</caption>
              <thead>
                <tr>
                  <th scope="col" className="numeric">Line</th>
                  <th scope="col">Column</th>
                  <th scope="col">Reason</th>
                  <th scope="col">Detail</th>
                </tr>
              </thead>
              <tbody>
                {report.rejects.slice(0, SHOWN_REJECTS).map((reject, i) => (
                  <tr key={i}>
                    <td className="numeric">{reject.line ?? '—'}</td>
                    <td>{reject.column ?? '—'}</td>
                    <td>{REASON_LABEL[reject.reason]}</td>
                    <td>{reject.message}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
