// A team member's changes outside the review's ratings, each its own audited transaction: their role and
// organisation, and their calibration rating of a vignette (practice kept apart from the review).
import type { RatingLevel, ReviewerProfile } from '../api';
import { ServiceFailure } from '../service/envelope';
import { applyChange } from '../review/audit-log';
import { currentTemplate, type ReviewContext } from '../review/review-state';
import { LEVEL_LABELS } from '../shared/review-levels';
import { describeReviewer } from '../shared/reviewer-text';
import { calibrationRatingId, readCalibrationRatings, writeCalibrationRating } from './calibration-records';
import { readReviewerProfile, writeReviewerProfile } from './reviewer-profiles';
import { ensureTeamReviewer } from './team-changes';

/** '' clears a field; undefined keeps what is on record. */
const field = (given: string | undefined, current: string | null): string | null => (given === undefined ? current : given.trim() === '' ? null : given.trim());

/**
 * Sets a reviewer's role and organisation. Someone not on the team yet who gives neither is not added:
 * saying your name is not joining the team (rating or calibrating is).
 */
export async function setReviewerProfile(context: ReviewContext, actor: string, name: string, changes: { role?: string; organisation?: string }): Promise<void> {
  const current = await readReviewerProfile(context.database.connection, name);
  const next: ReviewerProfile = { name, role: field(changes.role, current?.role ?? null), organisation: field(changes.organisation, current?.organisation ?? null) };
  if (!current && next.role === null && next.organisation === null) return;
  if (current && current.role === next.role && current.organisation === next.organisation) return;
  await applyChange(context.database, {
    actor,
    action: 'describe_reviewer',
    targetKind: 'reviewer_profile',
    targetId: name,
    summary: `Recorded ${name}'s role and organisation: ${describeReviewer(next)}`,
    apply: (connection) => writeReviewerProfile(connection, next),
  });
}

/** One reviewer's calibration rating of one vignette of the review's template (null clears it). */
export async function rateCalibration(context: ReviewContext, reviewer: string, vignetteId: string, level: RatingLevel | null): Promise<void> {
  const { template } = await currentTemplate(context.database);
  const vignette = template.calibration?.find((v) => v.id === vignetteId);
  if (!vignette) {
    const known = (template.calibration ?? []).map((v) => v.id);
    throw new ServiceFailure('not_found', known.length === 0 ? "This review's template has no calibration vignettes." : `There is no calibration vignette "${vignetteId}" in this review's template (it has ${known.join(', ')}).`);
  }
  const [existing] = await readCalibrationRatings(context.database.connection, 'WHERE vignette_id = $1 AND reviewer = $2', [vignetteId, reviewer]);
  if ((existing?.level ?? null) === level) return;
  await applyChange(context.database, {
    actor: reviewer,
    action: level === null ? 'clear_calibration' : 'calibrate',
    targetKind: 'calibration_rating',
    targetId: calibrationRatingId(vignetteId, reviewer),
    summary: level === null ? `Cleared the calibration rating of vignette ${vignetteId}` : `Rated calibration vignette ${vignetteId} (criterion ${vignette.criterionId}) ${LEVEL_LABELS[level]}`,
    apply: async (connection, at) => {
      if (level !== null) await ensureTeamReviewer(connection, reviewer);
      await writeCalibrationRating(connection, vignetteId, reviewer, level === null ? null : { level, ratedAt: at });
    },
  });
}
