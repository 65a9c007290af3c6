// The review's part of the report: domain ratings, the rubric heat map, and one section per domain with
// its clusters, criteria, findings, linked charts, qualitative evidence and recommendations.
import type { EvidenceCategory, EvidenceSupport, Finding, Recommendation, ReportChart, ReportCriterion, ReportDomainRating, ReportDomainSection, ReviewState, RubricDomain } from '../api';
import { EVIDENCE_CATEGORIES } from '../shared/review-levels';

/** A rating counts as supported by the sources it stands on; a data suggestion alone is not evidence. */
export function evidenceSupport(rated: boolean, evidence: Record<EvidenceCategory, number>): EvidenceSupport {
  if (!rated) return 'not_rated';
  const legs = EVIDENCE_CATEGORIES.filter((c) => evidence[c] > 0).length;
  return legs === 0 ? 'unsupported' : legs === EVIDENCE_CATEGORIES.length ? 'triangulated' : 'partly_supported';
}

/** A roll-up over some rated and some unrated criteria can still move: it is provisional. */
const isProvisional = (rated: number, total: number) => rated > 0 && rated < total;

export function domainRating(review: ReviewState, domain: RubricDomain): ReportDomainRating {
  const rollup = review.rollups.find((r) => r.scope === 'domain' && r.id === domain.id);
  const progress = review.progress.find((p) => p.domainId === domain.id);
  return {
    domainId: domain.id,
    number: domain.number,
    name: domain.name,
    level: rollup?.effective ?? null,
    computed: rollup?.computed ?? null,
    overrideReason: rollup?.override?.reason ?? null,
    rated: progress?.rated ?? 0,
    total: progress?.total ?? 0,
    provisional: isProvisional(progress?.rated ?? 0, progress?.total ?? 0),
    distribution: rollup?.distribution ?? { initiating: 0, developing: 0, established: 0, unrated: progress?.total ?? 0 },
  };
}

export function domainCriteria(review: ReviewState, domain: RubricDomain): ReportCriterion[] {
  return domain.clusters.flatMap((cluster) =>
    cluster.criteria.map((criterion) => {
      const rating = review.ratings.find((r) => r.criterionId === criterion.id);
      const linked = review.evidence.filter((e) => e.criterionIds.includes(criterion.id));
      const evidence = Object.fromEntries(EVIDENCE_CATEGORIES.map((c) => [c, linked.filter((e) => e.category === c).length])) as Record<EvidenceCategory, number>;
      const suggestedLevel = review.suggestions.find((x) => x.criterionId === criterion.id)?.level ?? null;
      const baselineLevel = review.baseline?.ratings.find((r) => r.criterionId === criterion.id)?.level ?? null;
      return { criterionId: criterion.id, title: criterion.title, clusterName: cluster.name, level: rating?.level ?? null, rationale: rating?.rationale || null, evidence, support: evidenceSupport(Boolean(rating), evidence), suggestedLevel, baselineLevel };
    }),
  );
}

export function domainSection(
  review: ReviewState,
  domain: RubricDomain,
  input: { findings: readonly Finding[]; recommendations: readonly Recommendation[]; charts: ReportChart[] },
): ReportDomainSection {
  const criteria = domainCriteria(review, domain);
  const ids = new Set(criteria.map((c) => c.criterionId));
  const titleOf = new Map(criteria.map((c) => [c.criterionId, c.title]));
  const evidenceTitle = new Map(review.evidence.map((e) => [e.evidenceId, e.title]));
  const findings = input.findings.filter((f) => f.domainId === domain.id);
  const findingTitle = new Map(input.findings.map((f) => [f.findingId, f.title]));
  return {
    anchor: `domain-${domain.number}`,
    domainId: domain.id,
    number: domain.number,
    name: domain.name,
    description: domain.description ?? null,
    rating: domainRating(review, domain),
    clusters: domain.clusters.map((cluster) => {
      const rollup = review.rollups.find((r) => r.scope === 'cluster' && r.id === cluster.id);
      const inCluster = criteria.filter((c) => cluster.criteria.some((k) => k.id === c.criterionId));
      const rated = inCluster.filter((c) => c.level !== null).length;
      return {
        clusterId: cluster.id,
        name: cluster.name,
        level: rollup?.effective ?? null,
        rated,
        total: inCluster.length,
        provisional: isProvisional(rated, inCluster.length),
        overrideReason: rollup?.override?.reason ?? null,
        criteria: inCluster,
      };
    }),
    // Strengths first, then areas for growth, then limiting factors: the order reviews are read in.
    findings: ['strength', 'area_for_growth', 'limiting_factor'].flatMap((type) =>
      findings
        .filter((f) => f.type === type)
        .map((f) => ({
          findingId: f.findingId,
          type: f.type,
          title: f.title,
          text: f.text,
          criteria: f.criterionIds.map((id) => ({ criterionId: id, title: titleOf.get(id) ?? id })),
          evidence: f.evidenceIds.map((id) => evidenceTitle.get(id) ?? `Evidence ${id}`),
          charts: input.charts.filter((c) => f.evidenceIds.includes(c.evidenceId)).map((c) => ({ anchor: c.anchor, title: c.title })),
        })),
    ),
    charts: input.charts,
    recommendations: ['high', 'medium', 'low'].flatMap((priority) =>
      input.recommendations
        .filter((r) => r.domainId === domain.id && r.priority === priority)
        .map((r) => ({ recommendationId: r.recommendationId, priority: r.priority, text: r.text, findingTitles: r.findingIds.map((id) => findingTitle.get(id) ?? `Finding ${id}`) })),
    ),
    qualitativeEvidence: review.evidence
      .filter((e) => e.kind !== 'metric_view' && e.criterionIds.some((id) => ids.has(id)))
      .map((e) => ({ evidenceId: e.evidenceId, kind: e.kind, title: e.title, source: e.source, date: e.date })),
  };
}
