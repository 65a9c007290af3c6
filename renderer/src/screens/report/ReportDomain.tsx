// One domain of the report: its rating and roll-up, the criteria, findings by type, the charts linked as
// evidence, the qualitative evidence cited, and the recommendations.
import type { ReportDomainSection, ReportModel } from '../../../../analysis/api';
import { PRIORITY_LABELS } from '../../../../analysis/shared/findings-labels';
import { EVIDENCE_KIND_LABELS, ROLLUP_RULE_LABELS } from '../../../../analysis/shared/review-levels';
import { longDate, LevelBadge, provisionalText, SupportMark, type PageNumbers } from './report-format';
import { ReportChart } from './ReportChart';
import { ReportFindings } from './ReportFindings';

export function ReportDomain({ domain, model, pages }: { domain: ReportDomainSection; model: ReportModel; pages: PageNumbers }) {
  const r = domain.rating;
  const headingId = `${domain.anchor}-title`;
  return (
    <section className="report-section" id={domain.anchor} aria-labelledby={headingId}>
      <header className="domain-header">
        {/* One heading holds "Domain N: name", the contents line's exact text, so printers can find its page. */}
        <h1 id={headingId}>
          <span className="domain-eyebrow">Domain {domain.number}: </span>
          {domain.name}
        </h1>
        <p className="domain-rating">
          Rating: <LevelBadge level={r.level} />{' '}
          {r.provisional && <span className="provisional-mark">{provisionalText(r)}</span>}{' '}
          <span className="muted">
            {r.rated} of {r.total} criteria rated · {ROLLUP_RULE_LABELS[model.methods.rollupRule.rule].toLowerCase()} roll-up
            {r.overrideReason ? ` · set by the reviewer (computed: ${r.computed ?? 'none'}): ${r.overrideReason}` : ''}
          </span>
        </p>
        {domain.description && <p className="domain-description">{domain.description}</p>}
      </header>

      <div className="keep-together">
        <h2>Ratings by criterion</h2>
        <table className="report-table criteria-table">
          <caption className="visually-hidden">Criteria of Domain {domain.number} with their ratings and evidence</caption>
          <thead>
            <tr>
              <th scope="col">Criterion</th>
              {model.baseline && <th scope="col">{model.baseline.label}</th>}
              <th scope="col">{model.baseline ? 'Rating now' : 'Rating'}</th>
              <th scope="col" className="num">Evidence (data · voice · documents)</th>
            </tr>
          </thead>
          {domain.clusters.map((cluster) => (
            <tbody key={cluster.clusterId}>
              <tr className="cluster-row">
                <th scope="colgroup">
                  {cluster.name}
                  {cluster.overrideReason && <span className="override-note">Set by the reviewer: {cluster.overrideReason}</span>}
                </th>
                {model.baseline && <td />}
                <td>
                  <LevelBadge level={cluster.level} />
                  {cluster.provisional && <span className="provisional-mark block">{provisionalText(cluster)}</span>}
                </td>
                <td />
              </tr>
              {cluster.criteria.map((c) => (
                <tr key={c.criterionId}>
                  <th scope="row">
                    <span className="criterion-number">{c.criterionId}</span> {c.title}
                    {c.rationale && <span className="rationale">{c.rationale}</span>}
                  </th>
                  {model.baseline && (
                    <td>
                      <LevelBadge level={c.baselineLevel} />
                    </td>
                  )}
                  <td>
                    <LevelBadge level={c.level} />
                    <SupportMark support={c.support} />
                  </td>
                  <td className="num">
                    {c.evidence.quantitative} · {c.evidence.stakeholder_voice} · {c.evidence.observation_document}
                  </td>
                </tr>
              ))}
            </tbody>
          ))}
        </table>
      </div>

      <h2>Findings</h2>
      {domain.findings.length === 0 && <p className="muted">No findings are recorded for this domain yet.</p>}
      <ReportFindings findings={domain.findings} pages={pages} />

      {domain.charts.length > 0 && (
        <>
          <h2>Data linked as evidence</h2>
          {domain.charts.map((chart) => (
            <ReportChart key={chart.anchor} chart={chart} notes={model.methods.notes} minimumN={model.methods.suppression.minimumN} districtName={model.cover.districtName} />
          ))}
        </>
      )}

      {domain.qualitativeEvidence.length > 0 && (
        <div className="keep-together">
          <h2>Stakeholder voice and documents</h2>
          <ul className="evidence-list">
            {domain.qualitativeEvidence.map((e) => (
              <li key={e.evidenceId}>
                <span className="evidence-kind">{EVIDENCE_KIND_LABELS[e.kind]}:</span> {e.title}
                {e.source ? `, ${e.source}` : ''}
                {e.date ? ` (${longDate(e.date)})` : ''}
              </li>
            ))}
          </ul>
        </div>
      )}

      <h2>Recommendations</h2>
      {domain.recommendations.length === 0 ? (
        <p className="muted">No recommendations are recorded for this domain yet.</p>
      ) : (
        <table className="report-table recommendations-table">
          <caption className="visually-hidden">Recommendations for Domain {domain.number}, by priority</caption>
          <thead>
            <tr>
              <th scope="col">Priority</th>
              <th scope="col">Recommendation</th>
              <th scope="col">Responds to</th>
            </tr>
          </thead>
          <tbody>
            {domain.recommendations.map((rec) => (
              <tr key={rec.recommendationId}>
                <td>
                  <span className={`priority-badge ${rec.priority}`}>{PRIORITY_LABELS[rec.priority]}</span>
                </td>
                <th scope="row">{rec.text}</th>
                <td>{rec.findingTitles.join('; ') || '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
