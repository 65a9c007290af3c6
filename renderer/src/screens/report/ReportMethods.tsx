// The methods appendix: rating scale and roll-up, privacy protections, metric definitions and statistics,
// data sources with file hashes and row counts, and the data-quality summary.
import type { ReportModel } from '../../../../analysis/api';
import { progressStandardText } from '../../../../analysis/shared/figure-settings';
import { longDate } from './report-format';
import { ReportReviewTeam } from './ReportReviewTeam';

const TABLE_LABELS: Record<string, string> = { training: 'professional learning', surveys: 'climate surveys' };

export function ReportMethods({ model }: { model: ReportModel }) {
  const m = model.methods;
  const s = m.suppression;
  return (
    <section className="report-section appendix" id="methods" aria-labelledby="methods-title">
      <h1 id="methods-title">Appendix: Methods and data</h1>

      <h2>Rating scale and roll-up</h2>
      <dl className="definition-list">
        {m.ratingScale.map((level) => (
          <div key={level.level}>
            <dt>
              {level.number} {level.label}
            </dt>
            <dd>{level.description}</dd>
          </div>
        ))}
      </dl>
      <p>
        Cluster and domain ratings roll up from the criterion ratings by the <strong>{m.rollupRule.label.toLowerCase()}</strong> rule: {m.rollupRule.description} A reviewer may set a different
        rating with a written reason, which the report prints beside it.
      </p>
      {m.reviewTeam && <ReportReviewTeam team={m.reviewTeam} />}

      <h2>Telling gaps from noise</h2>
      <p>{m.signals.description}</p>
      <p>
        Settings for this report: false-discovery rate {m.signals.settings.falseDiscoveryRate}; practical floor {m.signals.settings.floorPoints} percentage points or a risk ratio of{' '}
        {m.signals.settings.floorRatio} for rates, a standardized difference of {m.signals.settings.floorEffectSize} for scores. {m.signals.tests.toLocaleString('en-US')} tests,{' '}
        {m.signals.signals.toLocaleString('en-US')} published signals. The executive summary’s largest gaps are the top district-wide signals of the latest year.
      </p>

      <h2>Protecting student privacy</h2>
      <ul>
        {s.rules.map((rule) => (
          <li key={rule}>{rule}</li>
        ))}
      </ul>
      <div className="keep-together">
        <table className="report-table compact">
          <caption>Settings used in this report</caption>
          <tbody>
            <tr>
              <th scope="row">Minimum group size for publication</th>
              <td>{s.minimumN} students</td>
            </tr>
            <tr>
              <th scope="row">Risk ratio: minimum cell size and n-size</th>
              <td>
                {s.riskRatio.minimumCellSize} with the outcome; {s.riskRatio.minimumNSize} in all
              </td>
            </tr>
            <tr>
              <th scope="row">Risk ratio flag</th>
              <td>
                above {s.riskRatio.threshold} for {s.riskRatio.consecutiveYears} consecutive years
              </td>
            </tr>
            <tr>
              <th scope="row">Reasonable progress (significant disproportionality)</th>
              <td>{progressStandardText(s.riskRatio)}</td>
            </tr>
            <tr>
              <th scope="row">Chronic absence</th>
              <td>
                {s.chronicAbsence.definition === 'ten_percent' ? 'absent at least 10% of enrolled days' : '15 or more days absent'}; students enrolled at least {s.chronicAbsence.minimumDaysEnrolled} days
              </td>
            </tr>
            {s.codingBands.map((band) => (
              <tr key={band.minimumN}>
                <th scope="row">Top and bottom coding, groups of {band.minimumN > 0 ? `${band.minimumN} or more` : 'any size'}</th>
                <td>
                  rates within {band.percent} percentage points of 0% or 100% are shown as a bound
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <h2>Metric definitions</h2>
      <dl className="definition-list metrics">
        {m.metrics.map((metric) => (
          <div key={metric.id}>
            <dt>{metric.label}</dt>
            <dd>
              <p>{metric.definition}</p>
              <p className="muted">{metric.methods}</p>
            </dd>
          </div>
        ))}
      </dl>

      <h2>Statistics</h2>
      <dl className="definition-list">
        {m.statistics.map((stat) => (
          <div key={stat.id}>
            <dt>{stat.label}</dt>
            <dd>{stat.methods}</dd>
          </div>
        ))}
      </dl>

      <h2>Data sources</h2>
      <p>Every file loaded into this review, with its size in rows and its SHA-256 fingerprint, so that anyone holding the same export can confirm it is the one analysed.</p>
      <table className="report-table sources-table">
        <caption className="visually-hidden">Files imported, with row counts, import dates and SHA-256 hashes</caption>
        <thead>
          <tr>
            <th scope="col">File</th>
            <th scope="col" className="num">Rows read</th>
            <th scope="col" className="num">Loaded</th>
            <th scope="col" className="num">Rejected</th>
            <th scope="col">Imported</th>
          </tr>
        </thead>
        <tbody>
          {m.dataSources.map((source, i) => (
            <tr key={`${source.sha256}-${i}`} className={source.replaced ? 'muted' : undefined}>
              <th scope="row">
                <span className="file-name">{source.fileName}</span> <span className="muted">({TABLE_LABELS[source.table] ?? source.table}{source.replaced ? '; replaced by a later import' : ''})</span>
                <span className="hash">SHA-256 {source.sha256}</span>
              </th>
              <td className="num">{source.rowsRead.toLocaleString('en-US')}</td>
              <td className="num">{source.rowsLoaded.toLocaleString('en-US')}</td>
              <td className="num">{source.rowsRejectedText}</td>
              <td className="nowrap">{longDate(source.importedAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <h2>Data quality</h2>
      <p>{m.quality.summary}</p>
      {m.quality.issues.length + m.quality.checks.length > 0 && (
        <table className="report-table compact">
          <caption className="visually-hidden">Data-quality issues found on import and across the tables</caption>
          <thead>
            <tr>
              <th scope="col">Where</th>
              <th scope="col">Severity</th>
              <th scope="col" className="num">Rows</th>
              <th scope="col">What was found</th>
            </tr>
          </thead>
          <tbody>
            {m.quality.issues.map((issue, i) => (
              <tr key={`i${i}`}>
                <th scope="row">{issue.fileName}</th>
                <td>{issue.severity}</td>
                <td className="num">{issue.countText}</td>
                <td>{issue.message}</td>
              </tr>
            ))}
            {m.quality.checks.map((check, i) => (
              <tr key={`c${i}`}>
                <th scope="row">{check.table} table</th>
                <td>{check.severity}</td>
                <td className="num">{check.countText}</td>
                <td>{check.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      <h2>What the notes in tables mean</h2>
      <dl className="definition-list compact">
        {m.notes.map((note) => (
          <div key={note.code}>
            <dt>{note.code.replace(/_/g, ' ')}</dt>
            <dd>{note.text}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
