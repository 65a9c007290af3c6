// The guided review: domain tabs with progress, cluster steps, and the criteria of the current cluster.
import { useEffect, useRef } from 'react';
import { Tab, TabList, TabPanel, Tabs } from 'react-aria-components';
import { Link, useLocation } from 'wouter';
import type { ProjectInfo, ReviewState, RubricCluster, RubricDomain } from '../../../../analysis/api';
import { LEVEL_LABELS } from '../../../../analysis/shared/review-levels';
import { CriterionCard } from './CriterionCard';
import { RollupPanel } from './RollupPanel';
import { ReviewToolbar } from './ReviewToolbar';

export function GuidedReview(props: { project: ProjectInfo; review: ReviewState; domainId?: string; clusterId?: string }) {
  const { review } = props;
  const [, navigate] = useLocation();
  const domains = review.template.domains;
  const domain = domains.find((d) => d.id === props.domainId) ?? domains[0]!;
  const cluster = domain.clusters.find((c) => c.id === props.clusterId) ?? domain.clusters[0]!;
  return (
    <div className="screen review-screen">
      <header className="screen-header">
        <p className="eyebrow">{props.project.districtName}</p>
        <h1>Review</h1>
        <p className="lede">
          Rate each criterion Initiating, Developing or Established from the evidence. Where the district's data suggest a level, the
          suggestion and its reason are shown; departing from it needs a rationale. Every change is saved as you make it.
        </p>
      </header>
      <ReviewToolbar review={review} />
      <Tabs selectedKey={domain.id} onSelectionChange={(key) => navigate(`/review/${String(key)}/${domains.find((d) => d.id === key)!.clusters[0]!.id}`)}>
        <TabList aria-label="Domains" className="domain-tabs">
          {domains.map((d) => {
            const progress = review.progress.find((p) => p.domainId === d.id)!;
            return (
              <Tab key={d.id} id={d.id} className="domain-tab">
                <span className="domain-tab-number">Domain {d.number}</span>
                <span className="domain-tab-name">{d.name}</span>
                <span className="domain-tab-progress">
                  <span className="progress-track" aria-hidden="true">
                    <span className="progress-fill" style={{ width: `${(100 * progress.rated) / Math.max(1, progress.total)}%` }} />
                  </span>
                  {progress.rated} of {progress.total} rated
                </span>
              </Tab>
            );
          })}
        </TabList>
        {domains.map((d) => (
          <TabPanel key={d.id} id={d.id} className="domain-panel">
            {d.id === domain.id && <DomainPanel review={review} domain={domain} cluster={cluster} />}
          </TabPanel>
        ))}
      </Tabs>
    </div>
  );
}

function DomainPanel({ review, domain, cluster }: { review: ReviewState; domain: RubricDomain; cluster: RubricCluster }) {
  const domains = review.template.domains;
  const steps = domains.flatMap((d) => d.clusters.map((c) => ({ domain: d, cluster: c })));
  const index = steps.findIndex((s) => s.cluster.id === cluster.id);
  const previous = steps[index - 1];
  const next = steps[index + 1];
  // Moving to another cluster puts keyboard and screen-reader users at its heading, not on a lost link.
  const heading = useRef<HTMLHeadingElement>(null);
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    heading.current?.focus();
    heading.current?.scrollIntoView({ block: 'start' });
  }, [cluster.id]);
  const ratedIn = (c: RubricCluster) => c.criteria.filter((k) => review.ratings.some((r) => r.criterionId === k.id)).length;
  return (
    <div className="domain-layout">
      <nav className="cluster-steps" aria-label={`Clusters of Domain ${domain.number}`}>
        <ol>
          {domain.clusters.map((c) => {
            const rollup = review.rollups.find((r) => r.scope === 'cluster' && r.id === c.id);
            return (
              <li key={c.id}>
                <Link href={`/review/${domain.id}/${c.id}`} className="cluster-step" aria-current={c.id === cluster.id ? 'step' : undefined}>
                  <span className="cluster-step-name">{c.name}</span>
                  <span className="cluster-step-meta">
                    {ratedIn(c)} of {c.criteria.length} rated
                    {rollup?.effective ? ` · ${LEVEL_LABELS[rollup.effective]}` : ''}
                  </span>
                </Link>
              </li>
            );
          })}
        </ol>
        <RollupPanel review={review} scope="domain" id={domain.id} name={`Domain ${domain.number}`} compact />
      </nav>
      <section className="cluster-section" aria-labelledby={`cluster-${cluster.id}`}>
        <div className="cluster-header">
          <p className="eyebrow">
            Domain {domain.number} · Cluster {domain.clusters.indexOf(cluster) + 1} of {domain.clusters.length}
          </p>
          <h2 id={`cluster-${cluster.id}`} ref={heading} tabIndex={-1}>
            {cluster.name}
          </h2>
        </div>
        <RollupPanel review={review} scope="cluster" id={cluster.id} name={cluster.name} />
        {cluster.criteria.map((criterion) => (
          <CriterionCard key={criterion.id} review={review} criterion={criterion} />
        ))}
        <div className="cluster-nav">
          {previous ? (
            <Link className="button" href={`/review/${previous.domain.id}/${previous.cluster.id}`}>
              ← {previous.cluster.name}
            </Link>
          ) : (
            <span />
          )}
          {next && (
            <Link className="button primary" href={`/review/${next.domain.id}/${next.cluster.id}`}>
              Next: {next.domain.id !== domain.id ? `Domain ${next.domain.number}, ` : ''}
              {next.cluster.name} →
            </Link>
          )}
        </div>
      </section>
    </div>
  );
}
