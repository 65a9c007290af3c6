// Working apart, merging later: a reviewer's ratings (with their calibration ratings, role and
// organisation) leave as a small JSON file and merge into the lead's project by reviewer and criterion, in
// one audited transaction that never touches anyone else's work.
import { z } from 'zod';
import type { MergeReport, RatingLevel, ReviewerProfile, ReviewerWorkFile } from '../api';
import { ServiceFailure } from '../service/envelope';
import { applyChange } from '../review/audit-log';
import { currentTemplate, type ReviewContext } from '../review/review-state';
import { allCriteria } from '../review/template-walk';
import { deriveReviewRating } from './derived-rating';
import { readCalibrationRatings, writeCalibrationRating } from './calibration-records';
import { readReviewerProfile, writeReviewerProfile } from './reviewer-profiles';
import { ensureTeamReviewer } from './team-changes';
import { insertIndividualRating, readIndividualRatings, type IndividualRatingRow } from './team-records';

export const REVIEWER_WORK_FORMAT = 1;
const KIND = 'equitylens-reviewer-work';

const level = z.enum(['initiating', 'developing', 'established']);
const isoTime = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/, 'a rating time is an ISO 8601 UTC time');
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
          ratedAt: isoTime,
        }),
      )
      .max(10_000),
    // Optional, so that a file without them (nobody calibrated, no role given) still merges.
    profile: z.object({ role: z.string().trim().max(120).nullable(), organisation: z.string().trim().max(160).nullable() }).strict().optional(),
    calibration: z
      .array(z.object({ vignetteId: z.string().min(1).max(64), level, ratedAt: isoTime }).strict())
      .max(200)
      .optional(),
  })
  .strict();

const slug = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'reviewer';

export async function exportReviewerWork(context: ReviewContext, reviewer: string): Promise<ReviewerWorkFile> {
  const { templateId, version } = await currentTemplate(context.database);
  const ratings = await readIndividualRatings(context.database.connection, 'WHERE reviewer = $1', [reviewer]);
  const calibration = await readCalibrationRatings(context.database.connection, 'WHERE reviewer = $1', [reviewer]);
  if (ratings.length === 0 && calibration.length === 0) throw new ServiceFailure('not_found', `${reviewer} has not rated any criterion or calibration scenario in this review.`);
  const profile = await readReviewerProfile(context.database.connection, reviewer);
  const body = {
    format: REVIEWER_WORK_FORMAT,
    kind: KIND,
    template: { templateId, version },
    reviewer,
    exportedAt: new Date().toISOString(),
    ratings: ratings.map(({ criterionId, level: l, rationale, suggestedLevel, ratedAt }) => ({ criterionId, level: l, rationale, suggestedLevel, ratedAt })),
    ...(profile ? { profile: { role: profile.role, organisation: profile.organisation } } : {}),
    calibration: calibration.map(({ vignetteId, level: l, ratedAt }) => ({ vignetteId, level: l, ratedAt })),
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
  const report: MergeReport = { reviewer: work.reviewer, added: 0, updated: 0, unchanged: 0, conflicts: [], skipped: [], calibrationMerged: 0, profileFilled: false };
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
  const calibrationWrites = await newerCalibration(context, work, report);
  const profile = await filledProfile(context, work);
  report.calibrationMerged = calibrationWrites.length;
  report.profileFilled = profile !== null;
  if (writes.length === 0 && calibrationWrites.length === 0 && !profile) return report;
  await applyChange(context.database, {
    actor: lead,
    action: 'merge',
    targetKind: 'reviewer_work',
    targetId: work.reviewer,
    summary:
      `Merged ${work.reviewer}'s ratings: ${report.added} added, ${report.updated} updated, ${report.conflicts.length} kept as they were (newer here)` +
      (calibrationWrites.length > 0 ? `; ${calibrationWrites.length} calibration ratings` : ''),
    apply: async (connection) => {
      await ensureTeamReviewer(connection, work.reviewer);
      if (profile) await writeReviewerProfile(connection, profile);
      for (const row of writes) {
        await connection.run('DELETE FROM app.individual_ratings WHERE criterion_id = $1 AND reviewer = $2', [row.criterionId, row.reviewer]);
        await insertIndividualRating(connection, row);
        await deriveReviewRating(connection, row.criterionId);
      }
      for (const row of calibrationWrites) await writeCalibrationRating(connection, row.vignetteId, work.reviewer, row);
    },
  });
  return report;
}

type WorkFile = z.infer<typeof workFile>;

/** The file's calibration ratings that are new here or newer than this project's; unknown vignettes are skipped. */
async function newerCalibration(context: ReviewContext, work: WorkFile, report: MergeReport): Promise<{ vignetteId: string; level: string; ratedAt: string }[]> {
  const { template } = await currentTemplate(context.database);
  const known = new Set((template.calibration ?? []).map((v) => v.id));
  const current = new Map((await readCalibrationRatings(context.database.connection, 'WHERE reviewer = $1', [work.reviewer])).map((r) => [r.vignetteId, r]));
  return (work.calibration ?? []).filter((incoming) => {
    if (!known.has(incoming.vignetteId)) {
      report.skipped.push(`calibration ${incoming.vignetteId}`);
      return false;
    }
    const existing = current.get(incoming.vignetteId);
    return !existing || (existing.level !== incoming.level && Date.parse(incoming.ratedAt) > Date.parse(existing.ratedAt));
  });
}

/** The reviewer's role and organisation from the file, filling only what this project has not recorded: the lead's record wins. */
async function filledProfile(context: ReviewContext, work: WorkFile): Promise<ReviewerProfile | null> {
  if (!work.profile) return null;
  const current = await readReviewerProfile(context.database.connection, work.reviewer);
  const role = current?.role ?? (work.profile.role || null);
  const organisation = current?.organisation ?? (work.profile.organisation || null);
  if (role === (current?.role ?? null) && organisation === (current?.organisation ?? null)) return null;
  return { name: work.reviewer, role, organisation };
}
