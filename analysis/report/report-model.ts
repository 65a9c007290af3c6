// The report as a typed, serialisable document (types in analysis/api.ts: ReportModel): assembled from the
// review, the findings and action plan, published metric tables, the import log and the metric catalog.
// Every figure in it comes from a published (suppressed) table unless the report is explicitly internal.
import type { ReportChart, ReportModel } from '../api';
import type { ProjectDatabase } from '../engine/project-database';
import { readActionItems, readCover, readFindings, readRecommendations } from '../findings/findings-state';
import { progressOf, readProgress } from '../findings/benchmark-progress';
import { PROGRESS_HEADING, printsProgress } from '../shared/document-titles';
import { formatFigure } from '../findings/benchmark-format';
import { metricCatalog } from '../metrics/catalog';
import { findMetric } from '../metrics/registry';
import { readReviewState, type ReviewContext } from '../review/review-state';
import { allCriteria } from '../review/template-walk';
import { schoolYearLabel } from '../shared/codes';
import { SUGGESTION_RULE_METRIC_IDS } from '../shared/suggestion-metrics';
import { readMetricSettings } from './metric-settings-read';
import { reportChart } from './report-charts';
import { reportMethods } from './report-methods';
import { reportDisagreementMap } from './report-disagreement-map';
import { reportReviewTeam } from './report-review-team';
import { domainCriteria, domainRating, domainSection } from './report-sections';
import { reviewPeriod } from './report-text';
import { latestSchoolYear } from '../engine/school-years';
import { ServiceFailure } from '../engine/service-failure';
import { largestGaps } from './report-gaps';
import { signalMethods } from './report-signal-methods';
import { dataProfile } from './report-profile';
import { keyFindings, placeGaps, summaryParagraphs } from './report-summary';

export type { ReportModel } from '../api';

export interface ReportOptions {
  internal: boolean;
  appVersion: string;
  /** Adds the appendix mapping each reviewer's ratings (see ReportRequest). */
  disagreementMap?: boolean;
  /** A school's report (see ReportRequest.schoolId). */
  schoolId?: string;
}

/** The school a school's report is for, by its id; a clear failure for an id the data do not hold. */
async function readSchool(database: ProjectDatabase, schoolId: string): Promise<{ schoolId: string; schoolName: string }> {
  const reader = await database.connection.runAndReadAll('SELECT school_id, school_name FROM schools WHERE school_id = $1', [schoolId]);
  const row = reader.getRowsJS()[0];
  if (!row) throw new ServiceFailure('not_found', `There is no school "${schoolId.slice(0, 64)}" in this project's data.`);
  return { schoolId, schoolName: String(row[1] ?? schoolId) };
}

async function aggregatesMeasures(database: ProjectDatabase): Promise<string[]> {
  const reader = await database.connection.runAndReadAll('SELECT DISTINCT measure FROM aggregates ORDER BY measure');
  return reader.getRowsJS().map(([m]) => String(m));
}

export async function buildReportModel(context: ReviewContext, options: ReportOptions): Promise<ReportModel> {
  const { database } = context;
  const review = await readReviewState(context, { asTeam: true });
  const metadata = await database.metadata();
  const settings = await readMetricSettings(database);
  const catalog = metricCatalog(await aggregatesMeasures(database));
  const latestYear = await latestSchoolYear(database.connection);
  const school = options.schoolId ? await readSchool(database, options.schoolId) : null;
  const [allFindings, recommendations, allActions, cover] = [await readFindings(database), await readRecommendations(database), await readActionItems(database, options.internal), await readCover(database)];
  // A school's report carries that school's findings and plan items, the district's report the district-wide ones.
  const forThis = (schoolId: string | null | undefined) => (schoolId ?? null) === (school?.schoolId ?? null);
  const findings = allFindings.filter((f) => forThis(f.schoolId));
  const actions = allActions.filter((a) => forThis(a.schoolId));
  const districtFindings = allFindings.filter((f) => !f.schoolId);

  const domains = [];
  for (const domain of review.template.domains) {
    const ids = new Set(domain.clusters.flatMap((c) => c.criteria.map((k) => k.id)));
    const charts: ReportChart[] = [];
    // A school's report prints no domain sections, so it draws none of their (district) charts.
    for (const item of school ? [] : review.evidence.filter((e) => e.kind === 'metric_view' && e.view && e.criterionIds.some((id) => ids.has(id)))) {
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

  const rated = domains.flatMap((d) => d.clusters.flatMap((c) => c.criteria)).filter((c) => c.level !== null);
  const counts = {
    criteriaRated: review.progress.reduce((n, p) => n + p.rated, 0),
    criteriaTotal: review.progress.reduce((n, p) => n + p.total, 0),
    unsupported: rated.filter((c) => c.support === 'unsupported').length,
    partlySupported: rated.filter((c) => c.support === 'partly_supported').length,
    triangulated: rated.filter((c) => c.support === 'triangulated').length,
    // The executive summary is the district's, in a school's report too.
    strengths: districtFindings.filter((f) => f.type === 'strength').length,
    areasForGrowth: districtFindings.filter((f) => f.type === 'area_for_growth').length,
    limitingFactors: districtFindings.filter((f) => f.type === 'limiting_factor').length,
    recommendations: recommendations.length,
    actionItems: allActions.filter((a) => !a.schoolId).length,
    evidence: review.evidence.length,
  };
  const kind: ReportModel['kind'] = counts.criteriaRated === 0 ? 'data_profile' : 'review';
  const domainOne = review.template.domains.find((d) => d.number === 1);
  // A school's report always profiles the school's own figures (suppressed at the school's group sizes); the district's only while nothing is rated.
  const profile = (school || kind === 'data_profile') && domainOne ? await dataProfile(database.connection, domainOne, { catalog, settings, latestYear, internal: options.internal, schoolId: school?.schoolId }) : [];
  const metricDomain = (id: string) => catalog.metrics.find((m) => m.id === id)?.domain ?? null;
  const gaps = placeGaps(await largestGaps(database, { catalog, latestYear, internal: options.internal }), { domains: kind === 'review' ? domains : [], dataProfile: profile }, metricDomain);
  const usedMetricIds = new Set([
    ...domains.flatMap((d) => d.charts.map((c) => c.metric.id)),
    ...profile.flatMap((c) => c.charts.map((chart) => chart.metric.id)),
    ...actions.flatMap((a) => (a.benchmark ? [a.benchmark.metricId] : [])),
    ...SUGGESTION_RULE_METRIC_IDS,
  ]);
  const fullCover = {
    ...cover,
    districtName: metadata.districtName,
    reviewName: metadata.name,
    templateName: review.templateRef.name,
    reviewPeriod: reviewPeriod(cover.reviewStart, cover.reviewEnd),
    siteVisit: cover.siteVisitStart || cover.siteVisitEnd ? reviewPeriod(cover.siteVisitStart ?? null, cover.siteVisitEnd ?? null) : null,
  };
  // A data profile has no domain sections to print (they would be pages of "Not rated"), and no plan unless one was written.
  const printedDomains = kind === 'review' && !school ? domains : [];
  const printsPlan = kind === 'review' || actionPlan.length > 0;
  const disagreementMap = options.disagreementMap ? await reportDisagreementMap(database) : null;
  const allProgress = await readProgress(database);
  const progress = progressOf(allProgress, new Set(actions.map((a) => a.actionId)));
  const contents: ReportModel['contents'] = [
    { anchor: 'executive-summary', title: 'Executive summary', level: 1 },
    ...(school ? [{ anchor: 'data-profile', title: `School profile: ${school.schoolName}`, level: 1 as const }] : []),
    ...(school ? [{ anchor: 'school-findings', title: `Findings for ${school.schoolName}`, level: 1 as const }] : []),
    ...(kind === 'data_profile' && domainOne && !school ? [{ anchor: 'data-profile', title: `Data profile: ${domainOne.name}`, level: 1 as const }] : []),
    ...printedDomains.map((d) => ({ anchor: d.anchor, title: `Domain ${d.number}: ${d.name}`, level: 1 as const })),
    ...(printsPlan ? [{ anchor: 'action-plan', title: 'Action plan', level: 1 as const }] : []),
    ...(printsProgress(progress) ? [{ anchor: 'progress', title: PROGRESS_HEADING, level: 1 as const }] : []),
    { anchor: 'methods', title: 'Appendix: Methods and data', level: 1 },
    ...(disagreementMap ? [{ anchor: 'disagreement-map', title: 'Appendix: Where the reviewers disagreed', level: 1 as const }] : []),
  ];
  return {
    format: 1,
    internal: options.internal,
    generatedAt: new Date().toISOString(),
    appVersion: options.appVersion,
    cover: fullCover,
    contents,
    kind,
    summary: {
      paragraphs: summaryParagraphs({ districtName: metadata.districtName, templateName: review.templateRef.name, domains, counts, kind }),
      keyFindings: keyFindings(review, districtFindings, recommendations),
      gaps,
      domainRatings: review.template.domains.map((d) => domainRating(review, d)),
      heatmap: review.template.domains.map((d) => ({ domainId: d.id, number: d.number, name: d.name, criteria: domainCriteria(review, d) })),
      counts,
    },
    dataProfile: profile,
    domains: printedDomains,
    actionPlan,
    methods: {
      ...(await reportMethods(database.connection, { catalog, settings, rollupRule: review.rollupRule, usedMetricIds, internal: options.internal })),
      signals: await signalMethods(database, options.internal),
      reviewTeam: await reportReviewTeam(database),
    },
    disagreementMap,
    progress,
    baseline: review.baseline ? { label: review.baseline.label, dataThrough: review.baseline.dataThrough } : null,
    school: school ? { ...school, findings: domains.map((d) => ({ number: d.number, name: d.name, findings: d.findings })).filter((d) => d.findings.length > 0) } : null,
  };
}

