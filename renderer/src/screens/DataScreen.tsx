// Data: every canonical table in the project with its row count.
import type { ProjectInfo } from '../../../analysis/api';

export function DataScreen({ project }: { project: ProjectInfo }) {
  return (
    <div className="screen">
      <header className="screen-header">
        <p className="eyebrow">{project.districtName}</p>
        <h1>Data</h1>
        <p className="lede">What this review holds, table by table. Each table follows the EquityLens data model, whatever system it came from.</p>
      </header>
      <section className="panel">
        <table className="data-table wide">
          <caption className="visually-hidden">Tables in this review with their row counts</caption>
          <thead>
            <tr>
              <th scope="col">Table</th>
              <th scope="col" className="numeric">Rows</th>
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
      <p className="hint">Project file: {project.path}</p>
    </div>
  );
}
