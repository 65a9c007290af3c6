// The action plan: every item with its owner, timeline and benchmark (baseline from the data, target, year).
import type { ReportModel } from '../../../../analysis/api';
import { ACTION_STATUS_LABELS } from '../../../../analysis/shared/findings-labels';

export function ReportActionPlan({ model }: { model: ReportModel }) {
  const items = model.actionPlan;
  return (
    <section className="report-section" id="action-plan" aria-labelledby="action-plan-title">
      <h1 id="action-plan-title">Action plan</h1>
      <p className="section-intro">
        Each action names who owns it, when it happens and, where the district’s data can measure it, a benchmark: the figure today (the baseline, computed from the data with
        small groups protected), the target and the school year by which it is to be reached.
      </p>
      {items.length === 0 ? (
        <p className="muted">No action items are recorded yet.</p>
      ) : (
        <table className="report-table action-table">
          <caption className="visually-hidden">Action plan with owners, timelines and benchmarks</caption>
          <thead>
            <tr>
              <th scope="col">Action</th>
              <th scope="col">Owner</th>
              <th scope="col">Timeline</th>
              <th scope="col">Benchmark</th>
              <th scope="col">Baseline</th>
              <th scope="col">Target</th>
            </tr>
          </thead>
          <tbody>
            {items.map((item) => (
              <tr key={item.actionId}>
                <th scope="row">
                  <span className="action-domain">Domain {item.domainNumber}{item.criterion ? ` · ${item.criterion.criterionId}` : ''}</span>
                  {item.title}
                  {item.status === 'draft' && <span className="status-badge draft">{ACTION_STATUS_LABELS.draft}</span>}
                </th>
                <td>{item.owner}</td>
                <td>{item.timeline}</td>
                <td>
                  {item.benchmark ? (
                    <>
                      {item.benchmark.baseline?.metricLabel ?? item.benchmark.spec.metricId}: {item.benchmark.baseline?.statisticLabel.toLowerCase() ?? item.benchmark.spec.statistic}, {item.benchmark.baseline?.groupLabel ?? 'all students'}
                    </>
                  ) : (
                    <span className="muted">No data benchmark</span>
                  )}
                </td>
                <td>{item.benchmark ? (item.benchmark.baseline?.text ?? 'not available') : '—'}</td>
                <td>{item.benchmark ? item.benchmark.targetText : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {items.some((i) => i.benchmark) && (
        <p className="table-note">
          Each baseline is from the school year recorded when its benchmark was set (the latest year with data then). Gaps are in percentage points against the metric’s reference
          group; risk ratios compare the group with all other students.
        </p>
      )}
    </section>
  );
}
