// The report as a typed, serialisable document (types in analysis/api.ts: ReportModel): assembled from the
// review, the findings and action plan, published metric tables, the import log and the metric catalog.
// Every figure in it comes from a published (suppressed) table unless the report is explicitly internal.
import type { ReportChart, ReportModel, ReviewState } from '../api';
import type { ProjectDatabase } from '../engine/project-database';
import { readActionItems, readCover, readFindings, readRecommendations } from '../findings/findings-state';
import { formatFigure } from '../findings/benchmark-baseline';
import { metricCatalog } from '../metrics/catalog';
import { findMetric } from '../metrics/registry';
import { readReviewState, type ReviewContext } from '../review/review-state';
import { allCriteria } from '../review/template-walk';
import { schoolYearLabel } from '../shared/codes';
import { SUGGESTION_RULE_METRIC_IDS } from './rule-metrics';
import { readMetricSettings } from './metric-settings-read';
import { reportChart } from './report-charts';
import { reportMethods } from './report-methods';
import { reportReviewTeam } from './report-review-team';
import { domainCriteria, domainRating, domainSection } from './report-sections';
import { plural, reviewPeriod } from './report-text';

export type { ReportModel } from '../api';

export interface ReportOptions {
  internal: boolean;
  appVersion: string;
}

async function latestSchoolYear(database: ProjectDatabase): Promise<number> {
  const reader = await database.connection.runAndReadAll(
    'SELECT max(school_year) FROM (SELECT school_year FROM enrollment UNION ALL SELECT school_year FROM aggregates)',
  );
  const year = reader.getRowsJS()[0]?.[0];
  return year === null || year === undefined ? new Date().getFullYear() : Number(year);
}

async function aggregatesMeasures(database: ProjectDatabase): Promise<string[]> {
  const reader = await database.connection.runAndReadAll('SELECT DISTINCT measure FROM aggregates ORDER BY measure');
  return reader.getRowsJS().map(([m]) => String(m));
}

function summaryParagraphs(model: Pick<ReportModel, 'cover' | 'domains'>, review: ReviewState, counts: ReportModel['summary']['counts']): string[] {
  const rated = model.domains.filter((d) => d.rating.level !== null);
  const levels = rated.map((d) => `Domain ${d.number} ${d.rating.level === 'initiating' ? 'Initiating' : d.rating.level === 'developing' ? 'Developing' : 'Established'}`);
  return [
    `This report presents the findings of a systems quality review of ${model.cover.districtName}, conducted through the lens of equity using the rubric “${review.templateRef.name}”. ` +
      `Reviewers rated ${counts.criteriaRated} of ${counts.criteriaTotal} criteria across four domains on a three-point scale (1 Initiating, 2 Developing, 3 Established) that reflects the level of support the district needs.`,
    `Each rating rests on evidence triangulated from the district’s own data (disaggregated by student group, with small groups protected), stakeholder voice, and observation or document review: ` +
      `${plural(counts.evidence, 'evidence item')} in all. ${rated.length > 0 ? `Domain ratings: ${levels.join('; ')}.` : 'No domain has been rated yet.'}`,
    `The review records ${plural(counts.strengths, 'strength')}, ${plural(counts.areasForGrowth, 'area for growth', 'areas for growth')} and ` +
      `${plural(counts.limitingFactors, 'factor', 'factors')} limiting access and opportunity, with ${plural(counts.recommendations, 'recommendation')} and an action plan of ${plural(counts.actionItems, 'item')}, each with an owner, a timeline and, where the data allow, a measurable benchmark.`,
  ];
}

export async function buildReportModel(context: ReviewContext, options: ReportOptions): Promise<ReportModel> {
  const { database } = context;
  const review = await readReviewState(context, { asTeam: true });
  const metadata = await database.metadata();
  const settings = await readMetricSettings(database);
  const catalog = metricCatalog(await aggregatesMeasures(database));
  const latestYear = await latestSchoolYear(database);
  const [findings, recommendations, actions, cover] = [await readFindings(database), await readRecommendations(database), await readActionItems(database, options.internal), await readCover(database)];

  const domains = [];
  for (const domain of review.template.domains) {
    const ids = new Set(domain.clusters.flatMap((c) => c.criteria.map((k) => k.id)));
    const charts: ReportChart[] = [];
    for (const item of review.evidence.filter((e) => e.kind === 'metric_view' && e.view && e.criterionIds.some((id) => ids.has(id)))) {
      charts.push(await reportChart(database.connection, item, { catalog, settings, latestYear, internal: options.internal, anchor: `chart-${domain.number}-${item.evidenceId}` }));
    }
    domains.push(domainSection(review, domain, { findings, recommendations, charts }));
  }

  const criteria = allCriteria(review.template).map((p) => p.criterion);
  const titleOf = new Map(criteria.map((c) => [c.id, c.title]));
  const domainOf = new Map(review.template.domains.map((d) => [d.id, d]));
  const actionPlan = actions.map((a) => {
    const domain = domainOf.get(a.domainId);
    const metric = a.benchmark ? findMetric(a.benchmark.metricId) : undefined;
    return {
      actionId: a.actionId,
      domainNumber: domain?.number ?? 0,
      domainName: domain?.name ?? a.domainId,
      criterion: a.criterionId ? { criterionId: a.criterionId, title: titleOf.get(a.criterionId) ?? a.criterionId } : null,
      title: a.title,
      owner: a.owner,
      timeline: a.timeline,
      status: a.status,
      benchmark: a.benchmark
        ? { spec: a.benchmark, baseline: a.baseline, targetText: `${metric ? formatFigure(a.benchmark.target, metric, a.benchmark.statistic) : a.benchmark.target} by ${schoolYearLabel(a.benchmark.targetYear)}` }
        : null,
    };
  }).sort((a, b) => a.domainNumber - b.domainNumber || a.actionId - b.actionId);

  const counts = {
    criteriaRated: review.progress.reduce((n, p) => n + p.rated, 0),
    criteriaTotal: review.progress.reduce((n, p) => n + p.total, 0),
    strengths: findings.filter((f) => f.type === 'strength').length,
    areasForGrowth: findings.filter((f) => f.type === 'area_for_growth').length,
    limitingFactors: findings.filter((f) => f.type === 'limiting_factor').length,
    recommendations: recommendations.length,
    actionItems: actionPlan.length,
    evidence: review.evidence.length,
  };
  const usedMetricIds = new Set([
    ...domains.flatMap((d) => d.charts.map((c) => c.metric.id)),
    ...actions.flatMap((a) => (a.benchmark ? [a.benchmark.metricId] : [])),
    ...SUGGESTION_RULE_METRIC_IDS,
  ]);
  const fullCover = {
    ...cover,
    districtName: metadata.districtName,
    reviewName: metadata.name,
    templateName: review.templateRef.name,
    reviewPeriod: reviewPeriod(cover.reviewStart, cover.reviewEnd),
  };
  const contents: ReportModel['contents'] = [
    { anchor: 'executive-summary', title: 'Executive summary', level: 1 },
    ...domains.map((d) => ({ anchor: d.anchor, title: `Domain ${d.number}: ${d.name}`, level: 1 as const })),
    { anchor: 'action-plan', title: 'Action plan', level: 1 },
    { anchor: 'methods', title: 'Appendix: Methods and data', level: 1 },
  ];
  return {
    format: 1,
    internal: options.internal,
    generatedAt: new Date().toISOString(),
    appVersion: options.appVersion,
    cover: fullCover,
    contents,
    summary: {
      paragraphs: summaryParagraphs({ cover: fullCover, domains }, review, counts),
      domainRatings: review.template.domains.map((d) => domainRating(review, d)),
      heatmap: review.template.domains.map((d) => ({ domainId: d.id, number: d.number, name: d.name, criteria: domainCriteria(review, d) })),
      counts,
    },
    domains,
    actionPlan,
    methods: {
      ...(await reportMethods(database.connection, { catalog, settings, rollupRule: review.rollupRule, usedMetricIds, internal: options.internal })),
      reviewTeam: await reportReviewTeam(database),
    },
  };
}
