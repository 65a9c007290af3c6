// Findings: per domain, the reviewer's findings (strength, area for growth, factor limiting access and
// opportunity) linked to criteria and evidence, recommendations with priority, and the action plan.
import { useCallback, useState } from 'react';
import { Button, Label, Radio, RadioGroup } from 'react-aria-components';
import type { Finding, ProjectInfo, Recommendation } from '../../../../analysis/api';
import { FINDING_TYPE_LABELS, PRIORITY_LABELS } from '../../../../analysis/shared/findings-labels';
import { LEVEL_LABELS } from '../../../../analysis/shared/review-levels';
import { useAppContext } from '../../app/app-context';
import { useServiceQuery } from '../../state/query-cache';
import { ActionPlanPanel } from './ActionPlanPanel';
import { schoolNameOf } from './form-parts';
import { FindingForm } from './FindingForm';
import { useFindingsState } from './findings-store';
import { RecommendationForm } from './RecommendationForm';
import { ReviewerPrompt } from './ReviewerPrompt';
import './findings.css';

export function FindingsScreen({ project }: { project: ProjectInfo }) {
  const { client } = useAppContext();
  const state = useFindingsState(project.path);
  const fetchCatalog = useCallback(() => client.api.listMetrics({}), [client]);
  const catalog = useServiceQuery(`catalog:${project.path}`, fetchCatalog);
  const [domainId, setDomainId] = useState('d1');
  const [editingFinding, setEditingFinding] = useState<number | 'new' | null>(null);
  const [editingRecommendation, setEditingRecommendation] = useState<number | 'new' | null>(null);
  const { findings, review } = state;

  if (state.error) return <div className="screen"><p className="error-text">{state.error}</p></div>;
  if (!findings || !review || catalog.status !== 'ready') return <div className="screen"><p className="loading">Loading findings…</p></div>;
  const domain = review.template.domains.find((d) => d.id === domainId) ?? review.template.domains[0]!;
  const domainFindings = findings.findings.filter((f) => f.domainId === domain.id);
  const domainRecommendations = findings.recommendations.filter((r) => r.domainId === domain.id);
  const rollup = review.rollups.find((r) => r.scope === 'domain' && r.id === domain.id);
  const latestYear = project.schoolYears[project.schoolYears.length - 1] ?? new Date().getFullYear();
  const undo = async () => {
    const result = await client.api.undoLastChange({});
    if (!result.ok) return state.setStatus(result.error.message);
    await state.reload();
    state.setStatus(`Undid: ${findings.lastChange?.summary ?? 'the last change'}.`);
  };
  const criterionTitle = (id: string) => domain.clusters.flatMap((c) => c.criteria).find((c) => c.id === id)?.title ?? id;
  const evidenceTitle = (id: number) => review.evidence.find((e) => e.evidenceId === id)?.title ?? `Evidence ${id}`;

  return (
    <div className="screen findings-screen">
      <header className="screen-header">
        <p className="eyebrow">{project.districtName}</p>
        <h1>Findings</h1>
        <p className="lede">What the review found in each domain, what to do about it, and the action plan with measurable benchmarks.</p>
      </header>
      {review.reviewer === null && <ReviewerPrompt suggested={review.suggestedReviewer} onSaved={state.reload} />}
      <div className="findings-toolbar">
        <RadioGroup className="segmented" value={domain.id} onChange={setDomainId} orientation="horizontal">
          <Label className="visually-hidden">Domain</Label>
          {review.template.domains.map((d) => (
            <Radio key={d.id} value={d.id} className="segment">
              Domain {d.number}
            </Radio>
          ))}
        </RadioGroup>
        <Button className="button subtle" onPress={undo} isDisabled={!findings.lastChange}>
          Undo{findings.lastChange ? `: ${findings.lastChange.summary.slice(0, 60)}` : ''}
        </Button>
        {state.status && (
          <span className="action-status" role="status">
            {state.status}
          </span>
        )}
      </div>

      <section className="panel" aria-labelledby="domain-findings-heading">
        <div className="panel-header">
          <div>
            <h2 id="domain-findings-heading">
              Domain {domain.number}: {domain.name}
            </h2>
            <p className="muted">Rating: {rollup?.effective ? LEVEL_LABELS[rollup.effective] : 'not rated yet'}</p>
          </div>
          <Button className="button primary" onPress={() => setEditingFinding('new')}>
            Add finding
          </Button>
        </div>
        {editingFinding === 'new' && (
          <FindingForm domain={domain} review={review} schools={project.schools} onSave={(finding) => state.change('the finding', () => client.api.saveFinding({ finding }))} onCancel={() => setEditingFinding(null)} />
        )}
        {domainFindings.length === 0 && editingFinding !== 'new' && <p className="empty">No findings for this domain yet.</p>}
        <ul className="finding-list">
          {domainFindings.map((f: Finding) =>
            editingFinding === f.findingId ? (
              <li key={f.findingId}>
                <FindingForm domain={domain} review={review} schools={project.schools} initial={f} onSave={(finding) => state.change('the finding', () => client.api.saveFinding({ findingId: f.findingId, finding }))} onCancel={() => setEditingFinding(null)} />
              </li>
            ) : (
              <li key={f.findingId} className={`finding-card ${f.type}`}>
                <p className="finding-card-type">
                  {FINDING_TYPE_LABELS[f.type]}
                  {f.schoolId ? ` · ${schoolNameOf(project.schools, f.schoolId)}` : ''}
                </p>
                <h3>{f.title}</h3>
                <p>{f.text}</p>
                {f.criterionIds.length > 0 && <p className="muted">Criteria: {f.criterionIds.map((id) => `${id} ${criterionTitle(id)}`).join('; ')}</p>}
                {f.evidenceIds.length > 0 && <p className="muted">Evidence: {f.evidenceIds.map(evidenceTitle).join('; ')}</p>}
                <div className="card-actions">
                  <Button className="link-button" onPress={() => setEditingFinding(f.findingId)} aria-label={`Edit ${f.title}`}>
                    Edit
                  </Button>
                  <Button className="link-button" onPress={() => state.change('the findings', () => client.api.deleteFindingsRecord({ kind: 'finding', id: f.findingId }))} aria-label={`Delete ${f.title}`}>
                    Delete
                  </Button>
                </div>
              </li>
            ),
          )}
        </ul>
      </section>

      <section className="panel" aria-labelledby="recommendations-heading">
        <div className="panel-header">
          <h2 id="recommendations-heading">Recommendations for Domain {domain.number}</h2>
          <Button className="button" onPress={() => setEditingRecommendation('new')}>
            Add recommendation
          </Button>
        </div>
        {editingRecommendation === 'new' && (
          <RecommendationForm domain={domain} findings={domainFindings} onSave={(recommendation) => state.change('the recommendation', () => client.api.saveRecommendation({ recommendation }))} onCancel={() => setEditingRecommendation(null)} />
        )}
        {domainRecommendations.length === 0 && editingRecommendation !== 'new' && <p className="empty">No recommendations for this domain yet.</p>}
        <ul className="finding-list">
          {domainRecommendations.map((r: Recommendation) =>
            editingRecommendation === r.recommendationId ? (
              <li key={r.recommendationId}>
                <RecommendationForm domain={domain} findings={domainFindings} initial={r} onSave={(recommendation) => state.change('the recommendation', () => client.api.saveRecommendation({ recommendationId: r.recommendationId, recommendation }))} onCancel={() => setEditingRecommendation(null)} />
              </li>
            ) : (
              <li key={r.recommendationId} className="recommendation-card">
                <span className={`priority-badge ${r.priority}`}>{PRIORITY_LABELS[r.priority]} priority</span>
                <p>{r.text}</p>
                <div className="card-actions">
                  <Button className="link-button" onPress={() => setEditingRecommendation(r.recommendationId)} aria-label={`Edit recommendation: ${r.text.slice(0, 40)}`}>
                    Edit
                  </Button>
                  <Button className="link-button" onPress={() => state.change('the recommendations', () => client.api.deleteFindingsRecord({ kind: 'recommendation', id: r.recommendationId }))} aria-label={`Delete recommendation: ${r.text.slice(0, 40)}`}>
                    Delete
                  </Button>
                </div>
              </li>
            ),
          )}
        </ul>
      </section>

      <ActionPlanPanel state={state} review={review} items={findings.actionItems} catalog={catalog.value} schools={project.schools} latestYear={latestYear} domainId={domain.id} />
    </div>
  );
}
