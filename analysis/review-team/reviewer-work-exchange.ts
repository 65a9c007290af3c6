// Working apart, merging later: a reviewer's ratings leave as a small JSON file and merge into the lead's
// project by reviewer and criterion, in one audited transaction that never touches anyone else's work.
import { z } from 'zod';
import type { MergeReport, RatingLevel, ReviewerWorkFile } from '../api';
import { ServiceFailure } from '../service/envelope';
import { applyChange } from '../review/audit-log';
import { currentTemplate, type ReviewContext } from '../review/review-state';
import { allCriteria } from '../review/template-walk';
import { deriveReviewRating } from './derived-rating';
import { ensureTeamReviewer } from './team-changes';
import { insertIndividualRating, readIndividualRatings, type IndividualRatingRow } from './team-records';

export const REVIEWER_WORK_FORMAT = 1;
const KIND = 'equitylens-reviewer-work';

const level = z.enum(['initiating', 'developing', 'established']);
const workFile = z
  .object({
    format: z.literal(REVIEWER_WORK_FORMAT),
    kind: z.literal(KIND),
    template: z.object({ templateId: z.string().min(1).max(200), version: z.number().int() }),
    reviewer: z.string().trim().min(1).max(200),
    exportedAt: z.string(),
    ratings: z
      .array(
        z.object({
          criterionId: z.string().min(1).max(100),
          level,
          rationale: z.string().max(10_000),
          suggestedLevel: level.nullable(),
          ratedAt: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/, 'a rating time is an ISO 8601 UTC time'),
        }),
      )
      .max(10_000),
  })
  .strict();

const slug = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'reviewer';

export async function exportReviewerWork(context: ReviewContext, reviewer: string): Promise<ReviewerWorkFile> {
  const { templateId, version } = await currentTemplate(context.database);
  const ratings = await readIndividualRatings(context.database.connection, 'WHERE reviewer = $1', [reviewer]);
  if (ratings.length === 0) throw new ServiceFailure('not_found', `${reviewer} has not rated any criterion in this review.`);
  const body = {
    format: REVIEWER_WORK_FORMAT,
    kind: KIND,
    template: { templateId, version },
    reviewer,
    exportedAt: new Date().toISOString(),
    ratings: ratings.map(({ criterionId, level: l, rationale, suggestedLevel, ratedAt }) => ({ criterionId, level: l, rationale, suggestedLevel, ratedAt })),
  };
  return { fileName: `ratings-${slug(reviewer)}.json`, json: `${JSON.stringify(body, null, 2)}\n` };
}

function parseWork(json: string) {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    throw new ServiceFailure('bad_request', 'The file is not a reviewer\'s ratings: it is not JSON.');
  }
  const parsed = workFile.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new ServiceFailure('bad_request', `The file is not a reviewer's ratings exported by EquityLens (${issue.path.join('.') || 'file'}: ${issue.message}).`);
  }
  return parsed.data;
}

export async function mergeReviewerWork(context: ReviewContext, lead: string, json: string): Promise<MergeReport> {
  const work = parseWork(json);
  const { template, templateId } = await currentTemplate(context.database);
  if (work.template.templateId !== templateId) {
    throw new ServiceFailure('bad_request', `These ratings were made with the template "${work.template.templateId}", but this review uses "${templateId}". Switch the review to that template, or ask for ratings made with this one.`);
  }
  const known = new Set(allCriteria(template).map((p) => p.criterion.id));
  const current = new Map((await readIndividualRatings(context.database.connection, 'WHERE reviewer = $1', [work.reviewer])).map((r) => [r.criterionId, r]));
  const report: MergeReport = { reviewer: work.reviewer, added: 0, updated: 0, unchanged: 0, conflicts: [], skipped: [] };
  const writes: IndividualRatingRow[] = [];
  for (const incoming of work.ratings) {
    if (!known.has(incoming.criterionId)) {
      report.skipped.push(incoming.criterionId);
      continue;
    }
    const row: IndividualRatingRow = { ...incoming, reviewer: work.reviewer };
    const existing = current.get(incoming.criterionId);
    if (!existing) {
      report.added += 1;
      writes.push(row);
    } else if (existing.level === row.level && existing.rationale === row.rationale) {
      report.unchanged += 1;
    } else if (Date.parse(row.ratedAt) > Date.parse(existing.ratedAt)) {
      report.updated += 1;
      writes.push(row);
    } else {
      report.conflicts.push({ criterionId: row.criterionId, kept: { level: existing.level as RatingLevel, ratedAt: existing.ratedAt }, incoming: { level: incoming.level, ratedAt: row.ratedAt } });
    }
  }
  if (writes.length === 0) return report;
  await applyChange(context.database, {
    actor: lead,
    action: 'merge',
    targetKind: 'reviewer_work',
    targetId: work.reviewer,
    summary: `Merged ${work.reviewer}'s ratings: ${report.added} added, ${report.updated} updated, ${report.conflicts.length} kept as they were (newer here)`,
    apply: async (connection) => {
      await ensureTeamReviewer(connection, work.reviewer);
      for (const row of writes) {
        await connection.run('DELETE FROM app.individual_ratings WHERE criterion_id = $1 AND reviewer = $2', [row.criterionId, row.reviewer]);
        await insertIndividualRating(connection, row);
        await deriveReviewRating(connection, row.criterionId);
      }
    },
  });
  return report;
}
