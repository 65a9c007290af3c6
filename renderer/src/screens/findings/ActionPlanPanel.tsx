// The action plan on the Findings screen: every item with its benchmark and baseline, seeding from the
// criteria rated Initiating, and adding or editing items.
import { useState } from 'react';
import { Button } from 'react-aria-components';
import type { ActionItem, MetricCatalog, ReviewState, SchoolSummary } from '../../../../analysis/api';
import { schoolYearLabel } from '../../../../analysis/shared/codes';
import { ACTION_STATUS_LABELS } from '../../../../analysis/shared/findings-labels';
import { useAppContext } from '../../app/app-context';
import { ActionItemForm } from './ActionItemForm';
import { schoolNameOf } from './form-parts';
import type { FindingsScreenState } from './findings-store';

export function ActionPlanPanel(props: { state: FindingsScreenState; review: ReviewState; items: ActionItem[]; catalog: MetricCatalog; schools: readonly SchoolSummary[]; latestYear: number; domainId: string }) {
  const { client } = useAppContext();
  const { state, review } = props;
  const [editing, setEditing] = useState<number | 'new' | null>(null);
  const domainNumber = new Map(review.template.domains.map((d) => [d.id, d.number]));
  const initiating = review.ratings.filter((r) => r.level === 'initiating').length;
  const seed = async () => {
    state.setStatus('Seeding draft action items…');
    const result = await client.api.seedActionPlan({});
    if (!result.ok) return state.setStatus(result.error.message);
    await state.reload();
    state.setStatus(result.value.created === 0 ? 'Every criterion rated Initiating already has an action item.' : `Added ${result.value.created} draft action item${result.value.created === 1 ? '' : 's'}: review each owner, timeline and target.`);
  };
  const form = (initial?: ActionItem) => (
    <ActionItemForm
      review={review}
      catalog={props.catalog}
      schools={props.schools}
      latestYear={props.latestYear}
      initial={initial}
      defaultDomainId={props.domainId}
      onSave={(item) => state.change('the action item', () => client.api.saveActionItem({ ...(initial ? { actionId: initial.actionId } : {}), item }))}
      onCancel={() => setEditing(null)}
    />
  );
  return (
    <section className="panel action-plan-panel" aria-labelledby="action-plan-heading">
      <div className="panel-header">
        <h2 id="action-plan-heading">Action plan</h2>
        <div className="panel-actions">
          <Button className="button" onPress={seed} isDisabled={initiating === 0}>
            Seed from Initiating criteria
          </Button>
          <Button className="button primary" onPress={() => setEditing('new')}>
            Add action item
          </Button>
        </div>
      </div>
      <p className="hint">
        {initiating === 0 ? 'No criterion is rated Initiating yet.' : `${initiating} criteri${initiating === 1 ? 'on is' : 'a are'} rated Initiating; seeding adds a draft item for each one without an item.`}
      </p>
      {editing === 'new' && form()}
      {props.items.length === 0 ? (
        <p className="empty">No action items yet.</p>
      ) : (
        <table className="data-table wide action-plan-table">
          <thead>
            <tr>
              <th scope="col">Action</th>
              <th scope="col">Owner</th>
              <th scope="col">Timeline</th>
              <th scope="col">Benchmark</th>
              <th scope="col">Baseline</th>
              <th scope="col">Target</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {props.items.map((item) => (
              <tr key={item.actionId}>
                <th scope="row">
                  <span className="muted">
                    D{domainNumber.get(item.domainId)}
                    {item.criterionId ? ` · ${item.criterionId}` : ''}
                    {item.schoolId ? ` · ${schoolNameOf(props.schools, item.schoolId)}` : ''}
                  </span>{' '}
                  {item.title} {item.status === 'draft' && <span className="tag">{ACTION_STATUS_LABELS.draft}</span>}
                </th>
                <td>{item.owner}</td>
                <td>{item.timeline}</td>
                <td>{item.baseline ? `${item.baseline.metricLabel}: ${item.baseline.statisticLabel.toLowerCase()}, ${item.baseline.groupLabel}` : '—'}</td>
                <td>{item.baseline?.text ?? '—'}</td>
                <td>{item.benchmark ? `${targetText(item, props.catalog)} by ${schoolYearLabel(item.benchmark.targetYear)}` : '—'}</td>
                <td className="nowrap">
                  <Button className="link-button" onPress={() => setEditing(item.actionId)} aria-label={`Edit ${item.title}`}>
                    Edit
                  </Button>{' '}
                  <Button className="link-button" onPress={() => state.change('the plan', () => client.api.deleteFindingsRecord({ kind: 'action_item', id: item.actionId }))} aria-label={`Delete ${item.title}`}>
                    Delete
                  </Button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {typeof editing === 'number' && form(props.items.find((i) => i.actionId === editing))}
    </section>
  );
}

/** The target in the baseline's unit: percent for rates, points for gaps, a plain ratio for risk ratios. */
function targetText(item: ActionItem, catalog: MetricCatalog): string {
  const benchmark = item.benchmark!;
  const percent = catalog.metrics.find((m) => m.id === benchmark.metricId)?.unit === 'percent';
  if (benchmark.statistic === 'risk_ratio') return benchmark.target.toFixed(2);
  if (benchmark.statistic === 'gap') return `${benchmark.target > 0 ? '+' : ''}${benchmark.target.toFixed(1)} pts`;
  return `${benchmark.target.toFixed(1)}${percent ? '%' : ''}`;
}
