// Each change to findings, recommendations, the action plan and the cover as its own audited transaction,
// through the review's audit log (so the review's Undo and audit view cover them too).
import type { ActionItemInput, BenchmarkSpec, FindingInput, RecommendationInput, ReportCover } from '../api';
import { ServiceFailure } from '../engine/service-failure';
import { applyChange } from '../review/audit-log';
import { requireReviewer } from '../review/review-changes';
import { currentTemplate, readEvidence, type ReviewContext } from '../review/review-state';
import { readRow } from '../review/sql-rows';
import { allCriteria } from '../review/template-walk';
import { metricGroupTypes } from '../metrics/registry';
import { requireMetric } from './benchmark-baseline';
import { FINDINGS_RECORDS } from './findings-records';
import { FINDING_TYPE_LABELS, PRIORITY_LABELS } from '../shared/findings-labels';
import { latestSchoolYear } from '../engine/school-years';
import { schoolYearLabel } from '../shared/codes';

const clip = (text: string, max = 80): string => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

async function nextId(context: ReviewContext, sequence: string): Promise<number> {
  return Number((await readRow(context.database.connection, `SELECT nextval('app.${sequence}') AS id`))!.id);
}

/** Checks a record's domain and criteria against the review's template. */
async function checkPlaces(context: ReviewContext, domainId: string, criterionIds: readonly string[]): Promise<void> {
  const { template } = await currentTemplate(context.database);
  if (!template.domains.some((d) => d.id === domainId)) throw new ServiceFailure('not_found', `The review's template has no domain "${domainId}".`);
  const known = new Set(allCriteria(template).map((p) => p.criterion.id));
  const unknown = criterionIds.filter((id) => !known.has(id));
  if (unknown.length > 0) throw new ServiceFailure('not_found', `The review's template has no criterion "${unknown[0]}".`);
}

/** A finding or item about one school names a school the data hold; null or absent is district-wide. */
async function checkSchool(context: ReviewContext, schoolId: string | null | undefined): Promise<string | null> {
  if (schoolId === null || schoolId === undefined) return null;
  const row = await readRow(context.database.connection, 'SELECT school_id FROM schools WHERE school_id = $1', [schoolId]);
  if (!row) throw new ServiceFailure('not_found', `There is no school "${schoolId.slice(0, 64)}" in this project's data.`);
  return schoolId;
}

async function exists(context: ReviewContext, kind: 'finding' | 'recommendation' | 'action_item', id: number): Promise<boolean> {
  return (await FINDINGS_RECORDS[kind].read(context.database.connection, String(id))) !== null;
}

export async function saveFinding(context: ReviewContext, findingId: number | undefined, input: FindingInput): Promise<number> {
  const actor = await requireReviewer(context);
  await checkPlaces(context, input.domainId, input.criterionIds);
  const evidence = new Set((await readEvidence(context.database)).map((e) => e.evidenceId));
  const missing = input.evidenceIds.find((id) => !evidence.has(id));
  if (missing !== undefined) throw new ServiceFailure('not_found', `There is no evidence item ${missing} in this review.`);
  if (findingId !== undefined && !(await exists(context, 'finding', findingId))) throw new ServiceFailure('not_found', `There is no finding ${findingId}.`);
  const schoolId = await checkSchool(context, input.schoolId);
  const id = findingId ?? (await nextId(context, 'finding_id_seq'));
  await applyChange(context.database, {
    actor,
    action: findingId === undefined ? 'add_finding' : 'edit_finding',
    targetKind: 'finding',
    targetId: String(id),
    summary: `${findingId === undefined ? 'Added' : 'Edited'} ${FINDING_TYPE_LABELS[input.type].toLowerCase()} "${clip(input.title.trim())}"`,
    apply: (connection, at) =>
      FINDINGS_RECORDS.finding.write(connection, String(id), {
        ...input,
        title: input.title.trim(),
        text: input.text.trim(),
        criterionIds: [...new Set(input.criterionIds)],
        evidenceIds: [...new Set(input.evidenceIds)],
        schoolId,
        author: actor,
        updatedAt: at,
      }),
  });
  return id;
}

export async function saveRecommendation(context: ReviewContext, recommendationId: number | undefined, input: RecommendationInput): Promise<number> {
  const actor = await requireReviewer(context);
  await checkPlaces(context, input.domainId, []);
  for (const findingId of input.findingIds) if (!(await exists(context, 'finding', findingId))) throw new ServiceFailure('not_found', `There is no finding ${findingId}.`);
  if (recommendationId !== undefined && !(await exists(context, 'recommendation', recommendationId))) throw new ServiceFailure('not_found', `There is no recommendation ${recommendationId}.`);
  const id = recommendationId ?? (await nextId(context, 'recommendation_id_seq'));
  await applyChange(context.database, {
    actor,
    action: recommendationId === undefined ? 'add_recommendation' : 'edit_recommendation',
    targetKind: 'recommendation',
    targetId: String(id),
    summary: `${recommendationId === undefined ? 'Added' : 'Edited'} a ${PRIORITY_LABELS[input.priority].toLowerCase()}-priority recommendation: "${clip(input.text.trim())}"`,
    apply: (connection, at) =>
      FINDINGS_RECORDS.recommendation.write(connection, String(id), { ...input, text: input.text.trim(), findingIds: [...new Set(input.findingIds)], author: actor, updatedAt: at }),
  });
  return id;
}

function checkBenchmark(benchmark: BenchmarkSpec): void {
  const metric = requireMetric(benchmark.metricId);
  if (benchmark.groupType && !(metricGroupTypes(metric) as string[]).includes(benchmark.groupType)) {
    throw new ServiceFailure('bad_request', `${metric.label} cannot be broken down by ${benchmark.groupType}.`);
  }
  if ((benchmark.groupType === null) !== (benchmark.group === null)) throw new ServiceFailure('bad_request', 'A benchmark names both a group type and a group, or neither (all students).');
  if (benchmark.statistic !== 'value' && benchmark.group === null) throw new ServiceFailure('bad_request', 'A gap or risk-ratio benchmark is for one group: choose the group.');
}

const sameFigure = (a: BenchmarkSpec, b: BenchmarkSpec) => a.metricId === b.metricId && a.statistic === b.statistic && a.groupType === b.groupType && a.group === b.group;

/**
 * A benchmark keeps the baseline year it was first saved with, so next year's data is compared with it rather
 * than replacing it; a new benchmark (or one moved to another figure) without one takes the latest year with data.
 */
async function withBaselineYear(context: ReviewContext, actionId: number | undefined, benchmark: BenchmarkSpec): Promise<BenchmarkSpec> {
  let baselineYear = typeof benchmark.baselineYear === 'number' ? benchmark.baselineYear : null;
  if (baselineYear === null && actionId !== undefined) {
    const before = (await FINDINGS_RECORDS.action_item.read(context.database.connection, String(actionId)))?.benchmark as BenchmarkSpec | null | undefined;
    if (before && sameFigure(before, benchmark) && typeof before.baselineYear === 'number') baselineYear = before.baselineYear;
  }
  baselineYear ??= await latestSchoolYear(context.database.connection);
  if (baselineYear >= benchmark.targetYear) throw new ServiceFailure('bad_request', `The target year must come after the baseline year (${schoolYearLabel(baselineYear)}).`);
  return { ...benchmark, baselineYear };
}

export async function saveActionItem(context: ReviewContext, actionId: number | undefined, input: ActionItemInput): Promise<number> {
  const actor = await requireReviewer(context);
  await checkPlaces(context, input.domainId, input.criterionId ? [input.criterionId] : []);
  if (input.benchmark) checkBenchmark(input.benchmark);
  if (actionId !== undefined && !(await exists(context, 'action_item', actionId))) throw new ServiceFailure('not_found', `There is no action item ${actionId}.`);
  const benchmark = input.benchmark ? await withBaselineYear(context, actionId, input.benchmark) : null;
  const schoolId = await checkSchool(context, input.schoolId);
  const id = actionId ?? (await nextId(context, 'action_item_id_seq'));
  await applyChange(context.database, {
    actor,
    action: actionId === undefined ? 'add_action_item' : 'edit_action_item',
    targetKind: 'action_item',
    targetId: String(id),
    summary: `${actionId === undefined ? 'Added' : 'Edited'} action item "${clip(input.title.trim())}"`,
    apply: (connection, at) =>
      FINDINGS_RECORDS.action_item.write(connection, String(id), {
        ...input,
        title: input.title.trim(),
        owner: input.owner.trim(),
        timeline: input.timeline.trim(),
        benchmark,
        schoolId,
        author: actor,
        updatedAt: at,
      }),
  });
  return id;
}

const KIND_WORDS = { finding: 'finding', recommendation: 'recommendation', action_item: 'action item' } as const;

export async function deleteRecord(context: ReviewContext, kind: 'finding' | 'recommendation' | 'action_item', id: number): Promise<void> {
  const actor = await requireReviewer(context);
  const before = await FINDINGS_RECORDS[kind].read(context.database.connection, String(id));
  if (!before) throw new ServiceFailure('not_found', `There is no ${KIND_WORDS[kind]} ${id}.`);
  const name = String(before.title ?? before.text ?? id);
  await applyChange(context.database, {
    actor,
    action: `delete_${kind}`,
    targetKind: kind,
    targetId: String(id),
    summary: `Deleted ${KIND_WORDS[kind]} "${clip(name)}"`,
    apply: (connection) => FINDINGS_RECORDS[kind].write(connection, String(id), null),
  });
}

export async function setCover(context: ReviewContext, cover: ReportCover): Promise<void> {
  const actor = await requireReviewer(context);
  await applyChange(context.database, {
    actor,
    action: 'set_report_cover',
    targetKind: 'report_cover',
    targetId: 'report_cover',
    summary: `Set the report cover ("${clip(cover.title.trim())}")`,
    apply: (connection) =>
      FINDINGS_RECORDS.report_cover.write(connection, 'report_cover', {
        title: cover.title.trim(),
        reviewStart: cover.reviewStart,
        reviewEnd: cover.reviewEnd,
        reviewers: cover.reviewers.map((r) => r.trim()).filter(Boolean),
        preparedFor: cover.preparedFor?.trim() || null,
        siteVisitStart: cover.siteVisitStart ?? null,
        siteVisitEnd: cover.siteVisitEnd ?? null,
      }),
  });
}
