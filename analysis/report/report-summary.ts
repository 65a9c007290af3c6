// The executive summary's words and lists, generated from the review's actual counts: a sentence is only
// as strong as the evidence behind it (no "triangulated" while ratings stand on nothing).
import type { Finding, Recommendation, ReportDomainSection, ReportGap, ReportModel, ReviewState } from '../api';
import { LEVEL_LABELS } from '../shared/review-levels';
import { plural } from './report-text';

type Counts = ReportModel['summary']['counts'];

const TYPE_ORDER = ['limiting_factor', 'area_for_growth', 'strength'] as const;
const PRIORITY_ORDER = { high: 0, medium: 1, low: 2 } as const;

function evidenceSentence(counts: Counts): string {
  const rated = counts.criteriaRated;
  if (counts.triangulated === rated) return `Every rating rests on evidence triangulated from the district’s own data, stakeholder voice, and observation or document review (${plural(counts.evidence, 'evidence item')} in all).`;
  const parts = [
    counts.triangulated > 0 ? `${counts.triangulated} rest${counts.triangulated === 1 ? 's' : ''} on all three sources of evidence (the district’s data, stakeholder voice, and observation or documents)` : null,
    counts.partlySupported > 0 ? `${counts.partlySupported} on one or two of them` : null,
    counts.unsupported > 0 ? `${counts.unsupported} on no linked evidence yet and ${counts.unsupported === 1 ? 'is' : 'are'} marked “unsupported”` : null,
  ].filter(Boolean);
  return `Of the ${plural(rated, 'rating')}, ${parts.join(', ')}. ${plural(counts.evidence, 'evidence item is', 'evidence items are')} linked in all.`;
}

function domainSentence(domains: readonly ReportDomainSection[]): string {
  const rated = domains.filter((d) => d.rating.level !== null);
  if (rated.length === 0) return 'No domain has a rating yet.';
  const text = rated.map((d) => {
    const level = `Domain ${d.number} ${LEVEL_LABELS[d.rating.level!]}`;
    return d.rating.provisional ? `${level} (provisional, ${d.rating.rated} of ${d.rating.total} rated)` : level;
  });
  const unrated = domains.length - rated.length;
  return `Domain ratings: ${text.join('; ')}.${unrated > 0 ? ` ${plural(unrated, 'domain has', 'domains have')} no rating yet.` : ''}`;
}

export function summaryParagraphs(input: { districtName: string; templateName: string; domains: readonly ReportDomainSection[]; counts: Counts; kind: ReportModel['kind'] }): string[] {
  const { counts } = input;
  if (input.kind === 'data_profile') {
    return [
      `No criterion of the rubric “${input.templateName}” has been rated yet. This report is therefore a data profile of ${input.districtName}, not a review: it shows what the district’s own data say for each cluster of Domain 1, disaggregated by student group, with small groups protected. It carries no ratings.`,
      'The largest gaps below are the top signals: gaps tested against all other students, kept only when they are unlikely to be noise after controlling the false-discovery rate across every gap tested and large enough to matter, so that chance variation in small groups is not read as a finding.',
    ];
  }
  const unfinished = counts.criteriaTotal - counts.criteriaRated;
  return [
    `This report presents the findings of a systems quality review of ${input.districtName}, conducted through the lens of equity using the rubric “${input.templateName}”. ` +
      `Reviewers have rated ${counts.criteriaRated} of ${counts.criteriaTotal} criteria across four domains on a three-point scale (1 Initiating, 2 Developing, 3 Established) that reflects the level of support the district needs.` +
      (unfinished > 0 ? ` ${plural(unfinished, 'criterion is', 'criteria are')} not yet rated, so a cluster or domain rating built from part of its criteria is marked provisional.` : ''),
    `${evidenceSentence(counts)} ${domainSentence(input.domains)}`,
    `The review records ${plural(counts.strengths, 'strength')}, ${plural(counts.areasForGrowth, 'area for growth', 'areas for growth')} and ` +
      `${plural(counts.limitingFactors, 'factor', 'factors')} limiting access and opportunity, with ${plural(counts.recommendations, 'recommendation')} and an action plan of ${plural(counts.actionItems, 'item')}.`,
  ];
}

/** Per domain, the most pressing first: limiting factors, areas for growth, strengths; within a type, by the priority of what answers it. */
export function keyFindings(review: ReviewState, findings: readonly Finding[], recommendations: readonly Recommendation[]): ReportModel['summary']['keyFindings'] {
  const priorityOf = (id: number) => Math.min(3, ...recommendations.filter((r) => r.findingIds.includes(id)).map((r) => PRIORITY_ORDER[r.priority]));
  return review.template.domains
    .map((domain) => ({
      domainNumber: domain.number,
      domainName: domain.name,
      anchor: `domain-${domain.number}`,
      findings: findings
        .filter((f) => f.domainId === domain.id)
        .sort((a, b) => TYPE_ORDER.indexOf(a.type) - TYPE_ORDER.indexOf(b.type) || priorityOf(a.findingId) - priorityOf(b.findingId) || a.findingId - b.findingId)
        .map((f) => ({ findingId: f.findingId, type: f.type, title: f.title })),
    }))
    .filter((d) => d.findings.length > 0);
}

/** Points each gap at the page that discusses it: a chart of its metric, else the section for its domain. */
export function placeGaps(gaps: readonly Omit<ReportGap, 'discussedAt'>[], model: Pick<ReportModel, 'domains' | 'dataProfile'>, metricDomain: (id: string) => number | null): ReportGap[] {
  return gaps.map((gap) => {
    for (const domain of model.domains) {
      const chart = domain.charts.find((c) => c.metric.id === gap.metricId && c.groupType === gap.groupType && c.error === null);
      if (chart) return { ...gap, discussedAt: { anchor: chart.anchor, heading: chart.title, within: domain.anchor } };
    }
    for (const cluster of model.dataProfile) {
      const chart = cluster.charts.find((c) => c.metric.id === gap.metricId && c.groupType === gap.groupType);
      if (chart) return { ...gap, discussedAt: { anchor: chart.anchor, heading: chart.title, within: 'data-profile' } };
      if (cluster.charts.some((c) => c.metric.id === gap.metricId)) return { ...gap, discussedAt: { anchor: cluster.anchor, heading: cluster.name, within: 'data-profile' } };
    }
    const domain = model.domains.find((d) => d.number === metricDomain(gap.metricId));
    return { ...gap, discussedAt: domain ? { anchor: domain.anchor, heading: `Domain ${domain.number}: ${domain.name}` } : null };
  });
}
